"""Blind round 20: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'

# A correct DenseDecoder / ConvDecoder / gaussian_nll that the cases below edit in one place each.
_DENSE_OK = r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        size = latent_dim
        for width in hidden:
            layers += [nn.Linear(size, width), nn.ReLU()]
            size = width
        layers.append(nn.Linear(size, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

_CONV_OK = r'''class ConvDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''

_NLL_OK = r'''def gaussian_nll(mean, x, sigma=1.0):
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = x[0].numel()
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''


def _edit(text, old, new, count=1):
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


def _dense(old, new, count=1):
    return _edit(_DENSE_OK, old, new, count)


def _conv(old, new, count=1):
    return _edit(_CONV_OK, old, new, count)


def _nll(old, new, count=1):
    return _edit(_NLL_OK, old, new, count)


MISTAKES = [
    # ------------------------------------------------------------------ DenseDecoder
    dict(name='ddec_sigmoid_in_forward', grade_id='DenseDecoder',
         source=_dense("layers.append(nn.Linear(size, 784))", "layers += [nn.Linear(size, 784), nn.Sigmoid()]")),
    dict(name='ddec_probs_one_minus_sigmoid', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))", "return 1 / (1 + torch.exp(self.forward(z)))")),
    dict(name='ddec_probs_logsigmoid', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))", "return nn.functional.logsigmoid(self.forward(z))")),
    dict(name='ddec_probs_softmax_over_pixels', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))",
                       "logits = self.forward(z)\n        return torch.softmax(logits.flatten(1), dim=1).reshape(logits.shape)")),
    dict(name='ddec_relu_on_logits', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = []
        for a, b in zip((latent_dim, *hidden), (*hidden, 784)):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='ddec_no_hidden_activation', grade_id='DenseDecoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width)]")),
    dict(name='ddec_missing_last_hidden_relu', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers = [nn.Linear(latent_dim, hidden[0])]
        for i in range(len(hidden) - 1):
            layers += [nn.ReLU(), nn.Linear(hidden[i], hidden[i + 1])]
        layers.append(nn.Linear(hidden[-1], 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='ddec_empty_hidden_fails', grade_id='DenseDecoder',
         source=_dense("layers.append(nn.Linear(size, 784))", "layers.append(nn.Linear(hidden[-1], 784))")),
    dict(name='ddec_hidden_hardcoded', grade_id='DenseDecoder',
         source=_dense("for width in hidden:", "for width in (200, 400):")),
    dict(name='ddec_no_channel_dim', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z).reshape(len(z), 28, 28)")),
    dict(name='ddec_flat_logits', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z)")),
    dict(name='ddec_last_layer_no_bias', grade_id='DenseDecoder',
         source=_dense("layers.append(nn.Linear(size, 784))", "layers.append(nn.Linear(size, 784, bias=False))")),
    dict(name='ddec_probs_detached', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.forward(z)).detach()")),
    dict(name='ddec_probs_no_grad', grade_id='DenseDecoder',
         source=_dense("        return torch.sigmoid(self.forward(z))",
                       "        with torch.no_grad():  # probabilities are for display\n            return torch.sigmoid(self.forward(z))")),
    dict(name='ddec_dropout', grade_id='DenseDecoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width), nn.ReLU(), nn.Dropout(0.25)]")),
    dict(name='ddec_layernorm_no_affine', grade_id='DenseDecoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]",
                       "layers += [nn.Linear(size, width), nn.LayerNorm(width, elementwise_affine=False), nn.ReLU()]")),
    dict(name='ddec_batchnorm', grade_id='DenseDecoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width), nn.BatchNorm1d(width), nn.ReLU()]")),
    dict(name='ddec_squeeze_batch_of_one', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)",
                       "z = z.squeeze()  # (B, d)\n        return self.net(z).reshape(len(z), 1, 28, 28)")),
    dict(name='ddec_default_latent_20', grade_id='DenseDecoder',
         source=_dense("def __init__(self, latent_dim=2, hidden=(200, 400)):", "def __init__(self, latent_dim=20, hidden=(200, 400)):")),
    dict(name='ddec_default_hidden_encoder_order', grade_id='DenseDecoder',
         source=_dense("def __init__(self, latent_dim=2, hidden=(200, 400)):", "def __init__(self, latent_dim=2, hidden=(400, 200)):")),
    dict(name='ddec_tanh_bounded_logits', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)",
                       "return 10 * torch.tanh(self.net(z) / 10).reshape(len(z), 1, 28, 28)  # keep the logits finite")),
    dict(name='ddec_clamped_logits', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)",
                       "return self.net(z).clamp(-15, 15).reshape(len(z), 1, 28, 28)  # sigmoid saturates beyond")),
    dict(name='ddec_probs_float64', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.forward(z).double())  # precise probabilities")),
    dict(name='ddec_probs_binarised', grade_id='DenseDecoder',
         source=_dense("return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.forward(z)).round()  # ink or paper")),
    dict(name='ddec_probs_leaves_eval_mode', grade_id='DenseDecoder',
         source=_dense("        return torch.sigmoid(self.forward(z))",
                       "        self.eval()  # probabilities are for looking at images\n        return torch.sigmoid(self.forward(z))")),
    dict(name='ddec_plain_list_not_registered', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        self.hidden_layers = []
        size = latent_dim
        for width in hidden:
            self.hidden_layers.append(nn.Linear(size, width))
            size = width
        self.out = nn.Linear(size, 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = torch.relu(layer(h))
        return self.out(h).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='ddec_class_level_layers', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    layers = []

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        size = latent_dim
        for width in hidden:
            self.layers += [nn.Linear(size, width), nn.ReLU()]
            size = width
        self.net = nn.Sequential(*self.layers, nn.Linear(size, 784))

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='ddec_clamps_codes_inplace', grade_id='DenseDecoder',
         source=_dense("return self.net(z).reshape(len(z), 1, 28, 28)",
                       "z.clamp_(-4, 4)  # codes beyond 4 standard deviations are noise\n        return self.net(z).reshape(len(z), 1, 28, 28)")),

    # ------------------------------------------------------------------ ConvDecoder
    dict(name='cdec_sigmoid_in_forward', grade_id='ConvDecoder',
         source=_conv("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),")),
    dict(name='cdec_relu_on_output', grade_id='ConvDecoder',
         source=_conv("nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
                      "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),")),
    dict(name='cdec_output_padding', grade_id='ConvDecoder',
         source=_conv("stride=2, padding=1)", "stride=2, padding=1, output_padding=1)", count=2)),
    dict(name='cdec_kernel_3_output_padding', grade_id='ConvDecoder',
         source=_conv("kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)", count=2)),
    dict(name='cdec_upsample_conv_same', grade_id='ConvDecoder',
         source=_conv("""            nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),""",
                      """            nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(),
            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding="same"),""")),
    dict(name='cdec_kernel_2_no_padding', grade_id='ConvDecoder',
         source=_conv("kernel_size=4, stride=2, padding=1)", "kernel_size=2, stride=2)", count=2)),
    dict(name='cdec_no_relu_first_linear', grade_id='ConvDecoder',
         source=_conv("nn.Linear(latent_dim, hidden), nn.ReLU(),", "nn.Linear(latent_dim, hidden),")),
    dict(name='cdec_no_relu_before_reshape', grade_id='ConvDecoder',
         source=_conv("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),")),
    dict(name='cdec_no_relu_between_deconvs', grade_id='ConvDecoder',
         source=_conv("nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),")),
    dict(name='cdec_channels_hardcoded', grade_id='ConvDecoder',
         source=_conv("c1, c2 = channels", "c1, c2 = 32, 16")),
    dict(name='cdec_hidden_hardcoded', grade_id='ConvDecoder',
         source=_conv("""            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),""", """            nn.Linear(latent_dim, 128), nn.ReLU(),
            nn.Linear(128, c1 * 7 * 7), nn.ReLU(),""")),
    dict(name='cdec_reshape_hardcoded_32', grade_id='ConvDecoder',
         source=_conv("h = self.fc(z).reshape(len(z), self.c1, 7, 7)", "h = self.fc(z).view(-1, 32, 7, 7)")),
    dict(name='cdec_deconv_no_bias', grade_id='ConvDecoder',
         source=_conv("stride=2, padding=1)", "stride=2, padding=1, bias=False)", count=2)),
    dict(name='cdec_batchnorm', grade_id='ConvDecoder',
         source=_conv("nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),")),
    dict(name='cdec_dropout', grade_id='ConvDecoder',
         source=_conv("nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(), nn.Dropout(0.2),")),
    dict(name='cdec_probs_no_grad', grade_id='ConvDecoder',
         source=_conv("        return torch.sigmoid(self.forward(z))",
                      "        with torch.no_grad():\n            return torch.sigmoid(self.forward(z))")),
    dict(name='cdec_probs_leaves_eval_mode', grade_id='ConvDecoder',
         source=_conv("        return torch.sigmoid(self.forward(z))",
                      "        self.train(False)\n        return torch.sigmoid(self.forward(z))")),
    dict(name='cdec_probs_squeezed', grade_id='ConvDecoder',
         source=_conv("return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.forward(z)).squeeze(1)  # (B, 28, 28) images")),
    dict(name='cdec_probs_from_features', grade_id='ConvDecoder',
         source=_conv("return torch.sigmoid(self.forward(z))",
                      "h = self.fc(z).reshape(len(z), self.c1, 7, 7)\n        return self.deconv(torch.sigmoid(h))")),
    dict(name='cdec_single_linear', grade_id='ConvDecoder',
         source=_conv("""            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),""", """            nn.Linear(latent_dim, c1 * 7 * 7), nn.ReLU(),""")),
    dict(name='cdec_default_channels_encoder_order', grade_id='ConvDecoder',
         source=_conv("def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):",
                      "def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):")),
    dict(name='cdec_clamped_logits', grade_id='ConvDecoder',
         source=_conv("return self.deconv(h)", "return self.deconv(h).clamp(-10, 10)")),
    dict(name='cdec_squeeze_unsqueeze_batch_of_one', grade_id='ConvDecoder',
         source=_conv("return self.deconv(h)", "return self.deconv(h).squeeze().unsqueeze(1)")),
    dict(name='cdec_module_level_shared_deconv', grade_id='ConvDecoder', source=r'''_upsampler = {}


class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        if channels not in _upsampler:  # the upsampling stack only depends on the channels
            _upsampler[channels] = nn.Sequential(
                nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
                nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),
            )
        self.deconv = _upsampler[channels]

    def forward(self, z):
        h = self.fc(z).reshape(len(z), self.c1, 7, 7)
        return self.deconv(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),

    # ------------------------------------------------------------------ gaussian_nll
    dict(name='nll_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(len(x), -1).mean(dim=1)
'''),
    dict(name='nll_no_constant', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    return ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2)
'''),
    dict(name='nll_missing_half', grade_id='gaussian_nll',
         source=_nll("squared / (2 * sigma ** 2)", "squared / sigma ** 2")),
    dict(name='nll_no_log_sigma', grade_id='gaussian_nll',
         source=_nll("D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * 0.5 * math.log(2 * math.pi)")),
    dict(name='nll_sigma_not_squared', grade_id='gaussian_nll',
         source=_nll("squared / (2 * sigma ** 2)", "squared / (2 * sigma)")),
    dict(name='nll_sum_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + len(x) * D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_sum_dim1_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=1)
'''),
    dict(name='nll_sum_dims_123', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=(1, 2, 3))
'''),
    dict(name='nll_float64_leak', grade_id='gaussian_nll',
         source=_nll("squared = ((x - mean) ** 2)", "squared = ((x.double() - mean.double()) ** 2)")),
    dict(name='nll_D_hardcoded_784', grade_id='gaussian_nll',
         source=_nll("D = x[0].numel()", "D = 784")),
    dict(name='nll_D_from_shape1', grade_id='gaussian_nll',
         source=_nll("D = x[0].numel()", "D = x.shape[1]")),
    dict(name='nll_sigma_as_variance', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    D = squared.new_tensor(x[0].numel())
    return squared / (2 * sigma) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='nll_torch_gaussian_nll_loss_eps', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, var, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_torch_gaussian_nll_loss_not_full', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    var = torch.full_like(mean, sigma ** 2)
    return F.gaussian_nll_loss(mean, x, var, reduction="none").reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_absolute_error', grade_id='gaussian_nll',
         source=_nll("squared = ((x - mean) ** 2)", "squared = ((x - mean).abs())")),
    dict(name='nll_mse_loss_sum_scalar', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = F.mse_loss(mean, x, reduction="sum")
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_mse_loss_mean_per_image', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    D = x[0].numel()
    squared = F.mse_loss(mean, x, reduction="none").reshape(len(x), -1).mean(dim=1)
    return squared / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_inplace_sub_mutates_x', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = x.sub_(mean)
    D = x[0].numel()
    return (diff ** 2).reshape(len(x), -1).sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='nll_numpy_roundtrip', grade_id='gaussian_nll', source=r'''import numpy as np


def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).detach().numpy().reshape(len(x), -1)
    nll = (diff ** 2).sum(axis=1) / (2 * sigma ** 2) + diff.shape[1] * (np.log(sigma) + 0.5 * np.log(2 * np.pi))
    return torch.from_numpy(nll).float()
'''),
    dict(name='nll_log_2pi_without_half', grade_id='gaussian_nll',
         source=_nll("0.5 * math.log(2 * math.pi)", "math.log(2 * math.pi)")),
    dict(name='nll_default_sigma_changed', grade_id='gaussian_nll',
         source=_nll("def gaussian_nll(mean, x, sigma=1.0):", "def gaussian_nll(mean, x, sigma=0.1):")),
    dict(name='nll_keepdim', grade_id='gaussian_nll',
         source=_nll("squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)",
                     "squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1, keepdim=True)")),
    dict(name='nll_log_variance_not_log_sigma', grade_id='gaussian_nll',
         source=_nll("D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * (math.log(sigma ** 2) + 0.5 * math.log(2 * math.pi))")),
    dict(name='nll_log_2pi_sigma_unsquared', grade_id='gaussian_nll',
         source=_nll("D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D / 2 * math.log(2 * math.pi * sigma)")),
    dict(name='nll_squeeze_batch_of_one', grade_id='gaussian_nll',
         source=_nll("squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)",
                     "squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1).squeeze()")),
    dict(name='nll_constant_cached', grade_id='gaussian_nll', source=r'''_constant = None


def gaussian_nll(mean, x, sigma=1.0):
    global _constant
    if _constant is None:  # the same for every call
        _constant = x[0].numel() * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + _constant
'''),
    dict(name='nll_log_of_density_underflow', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    density = torch.exp(-(x - mean) ** 2 / (2 * sigma ** 2)) / math.sqrt(2 * math.pi * sigma ** 2)
    return -torch.log(density).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_float16', grade_id='gaussian_nll',
         source=_nll("squared = ((x - mean) ** 2)", "squared = ((x.half() - mean.half()) ** 2)")),
]

ALTERNATIVES = [
    dict(name='alt_ddec_modulelist_unflatten', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.output = nn.Linear(sizes[-1], 28 * 28)
        self.unflatten = nn.Unflatten(1, (1, 28, 28))

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.unflatten(self.output(h))

    def probs(self, z):
        return self(z).sigmoid()
'''),
    dict(name='alt_ddec_leaky_view', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        modules = []
        width_in = latent_dim
        for width in hidden:
            modules.append(nn.Linear(width_in, width))
            modules.append(nn.LeakyReLU(0.1))
            width_in = width
        modules.append(nn.Linear(width_in, 784))
        self.layers = nn.Sequential(*modules)

    def forward(self, z):
        logits = self.layers(z)
        return logits.view(-1, 1, 28, 28)

    def probs(self, z):
        logits = self.forward(z)
        return torch.sigmoid(logits)
'''),
    dict(name='alt_ddec_relu_exact', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = (latent_dim,) + tuple(hidden)
        blocks = [nn.Sequential(nn.Linear(i, o), nn.ReLU()) for i, o in zip(sizes[:-1], sizes[1:])]
        self.body = nn.Sequential(*blocks)
        self.logits = nn.Linear(sizes[-1], 784)

    def forward(self, z):
        return self.logits(self.body(z)).unflatten(1, (1, 28, 28))

    def probs(self, z):
        return F.sigmoid(self.forward(z))
'''),
    dict(name='alt_cdec_unflatten_functional', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)
        self.unflatten = nn.Unflatten(1, (c1, 7, 7))
        self.up1 = nn.ConvTranspose2d(c1, c2, 4, 2, 1)
        self.up2 = nn.ConvTranspose2d(c2, 1, 4, 2, 1)

    def forward(self, z):
        h = F.relu(self.fc1(z))
        h = self.unflatten(F.relu(self.fc2(h)))
        h = F.relu(self.up1(h))
        return self.up2(h)

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='alt_cdec_elu_one_sequential', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
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
    dict(name='alt_cdec_view_shape_from_fc', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.channels = tuple(channels)
        c1, c2 = self.channels
        self.project = nn.Sequential(nn.Linear(latent_dim, hidden), nn.ReLU(inplace=True),
                                     nn.Linear(hidden, c1 * 49), nn.ReLU(inplace=True))
        self.upsample = nn.Sequential(nn.ConvTranspose2d(c1, c2, 4, stride=2, padding=1), nn.ReLU(inplace=True),
                                      nn.ConvTranspose2d(c2, 1, 4, stride=2, padding=1))

    def forward(self, z):
        h = self.project(z)
        return self.upsample(h.view(h.shape[0], self.channels[0], 7, 7))

    def probs(self, z):
        return torch.special.expit(self.forward(z))
'''),
    dict(name='alt_nll_distributions_normal', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    log_prob = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_prob.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='alt_nll_mse_none_sum', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    squared = F.mse_loss(mean, x, reduction="none").flatten(1).sum(1)
    D = squared.new_tensor(mean[0].numel())
    return 0.5 * squared / sigma ** 2 + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='alt_nll_per_pixel_then_sum', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    per_pixel = (x - mean).pow(2) / (2 * sigma * sigma) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.reshape(x.shape[0], -1).sum(-1)
'''),
    dict(name='alt_nll_norm_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return torch.linalg.vector_norm(diff, dim=1) ** 2 / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
]
