"""Blind round 24: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'

# A correct DenseDecoder / ConvDecoder / gaussian_nll, the starting point of most cases (each case is a whole cell).
_DENSE_OK = r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

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
        return torch.sigmoid(self.forward(z))
'''

_CONV_OK = r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
        )
        self.c1 = c1
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
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    squared = ((x - mean) ** 2).reshape(len(x), -1)
    D = squared.shape[1]
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''


def _edit(base, old, new, count=1):
    """The correct cell with one change (old must occur exactly `count` times)."""
    assert base.count(old) == count, (old, base.count(old))
    return base.replace(old, new)


def _dense(old, new, count=1):
    return _edit(_DENSE_OK, old, new, count)


def _conv(old, new, count=1):
    return _edit(_CONV_OK, old, new, count)


def _nll(old, new, count=1):
    return _edit(_NLL_OK, old, new, count)


MISTAKES = [
    # ---------------------------------------------------------------- DenseDecoder
    dict(name='dd_sigmoid_in_forward', grade_id='DenseDecoder', source=_dense(
        "layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.Sigmoid()]")),
    dict(name='dd_relu_after_last_layer', grade_id='DenseDecoder', source=_dense(
        "layers.append(nn.Linear(width, 784))", "layers += [nn.Linear(width, 784), nn.ReLU()]")),
    dict(name='dd_probs_softmax_rows', grade_id='DenseDecoder', source=_dense(
        "return torch.sigmoid(self.forward(z))", "return torch.softmax(self.forward(z), dim=-1)")),
    dict(name='dd_probs_sampled_pixels', grade_id='DenseDecoder', source=_dense(
        "return torch.sigmoid(self.forward(z))", "return torch.bernoulli(torch.sigmoid(self.forward(z)))")),
    dict(name='dd_probs_log_sigmoid', grade_id='DenseDecoder', source=_dense(
        "return torch.sigmoid(self.forward(z))", "return nn.functional.logsigmoid(self.forward(z))")),
    dict(name='dd_probs_not_reshaped', grade_id='DenseDecoder', source=_dense(
        "return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.net(z))")),
    dict(name='dd_probs_without_gradients', grade_id='DenseDecoder', source=_dense(
        "    def probs(self, z):", "    @torch.no_grad()\n    def probs(self, z):")),
    dict(name='dd_hidden_mirrored', grade_id='DenseDecoder', source=_dense(
        "for size in hidden:", "for size in reversed(hidden):")),
    dict(name='dd_hidden_ignored', grade_id='DenseDecoder', source=_dense(
        "for size in hidden:", "for size in (200, 400):")),
    dict(name='dd_last_layer_reads_hidden_last', grade_id='DenseDecoder', source=_dense(
        "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(hidden[-1], 784))")),
    dict(name='dd_relu_only_between_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden, 784]
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            if 0 < i + 1 < len(sizes) - 2:
                layers.append(nn.ReLU())
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_layers_in_plain_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_no_channel_dimension', grade_id='DenseDecoder', source=_dense(
        "return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z).reshape(len(z), 28, 28)")),
    dict(name='dd_reshape_batch_second', grade_id='DenseDecoder', source=_dense(
        "return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z).reshape(1, len(z), 28, 28)")),
    dict(name='dd_last_layer_no_bias', grade_id='DenseDecoder', source=_dense(
        "layers.append(nn.Linear(width, 784))", "layers.append(nn.Linear(width, 784, bias=False))")),
    dict(name='dd_latent_dim_hardcoded', grade_id='DenseDecoder', source=_dense(
        "layers, width = [], latent_dim", "layers, width = [], 2")),
    dict(name='dd_squeeze_codes', grade_id='DenseDecoder', source=_dense(
        "return self.net(z).reshape(len(z), 1, 28, 28)", "return self.net(z.squeeze()).reshape(len(z), 1, 28, 28)")),
    dict(name='dd_batchnorm', grade_id='DenseDecoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]")),
    dict(name='dd_dropout', grade_id='DenseDecoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]")),
    dict(name='dd_default_hidden_of_encoder', grade_id='DenseDecoder', source=_dense(
        "def __init__(self, latent_dim=2, hidden=(200, 400)):", "def __init__(self, latent_dim=2, hidden=(400, 200)):")),
    dict(name='dd_relu_on_codes', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in [*hidden, 784]:
            layers += [nn.ReLU(), nn.Linear(width, size)]  # activation, then layer
            width = size
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_lazy_first_layer', grade_id='DenseDecoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]",
        "layers += [nn.Linear(width, size) if layers else nn.LazyLinear(size), nn.ReLU()]")),

    # ---------------------------------------------------------------- ConvDecoder
    dict(name='cd_channels_ignored', grade_id='ConvDecoder', source=_conv(
        "c1, c2 = channels", "c1, c2 = 32, 16")),
    dict(name='cd_hidden_ignored', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(latent_dim, hidden), nn.ReLU(),\n            nn.Linear(hidden, c1 * 7 * 7)",
        "nn.Linear(latent_dim, 128), nn.ReLU(),\n            nn.Linear(128, c1 * 7 * 7)")),
    dict(name='cd_latent_dim_hardcoded', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(latent_dim, hidden)", "nn.Linear(2, hidden)")),
    dict(name='cd_no_relu_before_reshape', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7),")),
    dict(name='cd_no_relu_after_first_linear', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(latent_dim, hidden), nn.ReLU(),", "nn.Linear(latent_dim, hidden),")),
    dict(name='cd_no_relu_between_transposed', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),")),
    dict(name='cd_sigmoid_at_end', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n",
        "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.Sigmoid(),\n")),
    dict(name='cd_relu_at_end', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n",
        "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n")),
    dict(name='cd_kernel_3_output_padding', grade_id='ConvDecoder', source=_conv(
        "kernel_size=4, stride=2, padding=1)", "kernel_size=3, stride=2, padding=1, output_padding=1)", count=2)),
    dict(name='cd_upsample_then_same_conv', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),",
        "nn.Upsample(scale_factor=2), nn.Conv2d(c1, c2, kernel_size=4, padding='same'), nn.ReLU(),\n            nn.Upsample(scale_factor=2), nn.Conv2d(c2, 1, kernel_size=4, padding='same'),")),
    dict(name='cd_channels_swapped', grade_id='ConvDecoder', source=_conv(
        "c1, c2 = channels", "c2, c1 = channels")),
    dict(name='cd_last_without_bias', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),", "nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, bias=False),")),
    dict(name='cd_squeezed_channel', grade_id='ConvDecoder', source=_conv(
        "return self.deconv(h)", "return self.deconv(h).squeeze(1)")),
    dict(name='cd_batchnorm2d', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),")),
    dict(name='cd_probs_softmax_channels', grade_id='ConvDecoder', source=_conv(
        "return torch.sigmoid(self.forward(z))", "return torch.softmax(self.forward(z), dim=1)")),
    dict(name='cd_output_padding_31', grade_id='ConvDecoder', source=_conv(
        "kernel_size=4, stride=2, padding=1)", "kernel_size=4, stride=2, padding=1, output_padding=1)", count=2)),
    dict(name='cd_lazy_first_layer', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(latent_dim, hidden)", "nn.LazyLinear(hidden)")),
    dict(name='cd_dropout', grade_id='ConvDecoder', source=_conv(
        "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),", "nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(), nn.Dropout(0.2),")),
    dict(name='cd_probs_detached', grade_id='ConvDecoder', source=_conv(
        "return torch.sigmoid(self.forward(z))", "return torch.sigmoid(self.forward(z)).detach()")),
    dict(name='cd_transposed_in_plain_list', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)
        self.c1 = c1
        self.deconvs = [nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1),
                        nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)]

    def forward(self, z):
        h = torch.relu(self.fc2(torch.relu(self.fc1(z)))).reshape(len(z), self.c1, 7, 7)
        h = torch.relu(self.deconvs[0](h))
        return self.deconvs[1](h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_default_of_conv_vae', grade_id='ConvDecoder', source=_conv(
        "def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):",
        "def __init__(self, latent_dim=2, channels=(32, 16), hidden=256):")),
    dict(name='cd_padding0_centre_crop', grade_id='ConvDecoder', source=_conv(
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1),\n        )",
        "nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),  # 7 => 16\n            nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2),  # 16 => 34\n        )\n        self.crop = 3  # 34 => 28")
        .replace("return self.deconv(h)\n", "return self.deconv(h)[:, :, self.crop:-self.crop, self.crop:-self.crop]\n")),
    dict(name='cd_reshape_channels_hardcoded', grade_id='ConvDecoder', source=_conv(
        "self.c1 = c1", "self.c1 = 32")),

    # ---------------------------------------------------------------- gaussian_nll
    dict(name='gn_mean_over_pixels', grade_id='gaussian_nll', source=_nll(
        "squared.sum(dim=1) / (2 * sigma ** 2) + D * (", "squared.mean(dim=1) / (2 * sigma ** 2) + (")),
    dict(name='gn_sum_over_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    return ((x - mean) ** 2).sum() / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_no_constant', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * math.log(sigma)")),
    dict(name='gn_log_two_pi_not_halved', grade_id='gaussian_nll', source=_nll(
        "0.5 * math.log(2 * math.pi)", "math.log(2 * math.pi)")),
    dict(name='gn_log_two_pi_sigma', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D / 2 * math.log(2 * math.pi * sigma)")),
    dict(name='gn_missing_factor_two', grade_id='gaussian_nll', source=_nll(
        "squared.sum(dim=1) / (2 * sigma ** 2)", "squared.sum(dim=1) / sigma ** 2")),
    dict(name='gn_operator_precedence', grade_id='gaussian_nll', source=_nll(
        "squared.sum(dim=1) / (2 * sigma ** 2)", "squared.sum(dim=1) / 2 * sigma ** 2")),
    dict(name='gn_no_log_sigma', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D * 0.5 * math.log(2 * math.pi)")),
    dict(name='gn_log_variance_per_pixel', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5", "D * (math.log(sigma ** 2) + 0.5")),
    dict(name='gn_D_from_second_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.shape[1]
    squared = ((x - mean) ** 2).reshape(len(x), -1)
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_D_from_last_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.shape[-1]
    squared = ((x - mean) ** 2).reshape(len(x), -1)
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_sum_dim1_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=1)
'''),
    dict(name='gn_image_dims_only', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=(1, 2, 3))
'''),
    dict(name='gn_torch_gaussian_nll_loss', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    variance = torch.full_like(mean, sigma ** 2)
    per_pixel = F.gaussian_nll_loss(mean, x, variance, full=True, reduction="none")
    return per_pixel.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_log_likelihood_sign', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return log_p.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_sigma_used_as_variance', grade_id='gaussian_nll', source=_nll(
        "squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))",
        "squared.sum(dim=1) / (2 * sigma) + D * 0.5 * math.log(2 * math.pi * sigma)")),
    dict(name='gn_keepdim', grade_id='gaussian_nll', source=_nll(
        "squared.sum(dim=1)", "squared.sum(dim=1, keepdim=True)")),
    dict(name='gn_norm_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return diff.norm(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_D_counts_whole_batch', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.numel()
    squared = ((x - mean) ** 2).reshape(len(x), -1)
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_density_then_log', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    density = torch.exp(-(x - mean) ** 2 / (2 * sigma ** 2)) / (sigma * math.sqrt(2 * math.pi))
    return -torch.log(density).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='gn_mse_loss_sum', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    return F.mse_loss(mean, x, reduction="sum") / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_inplace_difference', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = x.sub_(mean)
    squared = (diff ** 2).reshape(len(x), -1)
    D = squared.shape[1]
    return squared.sum(dim=1) / (2 * sigma ** 2) + D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))
'''),
    dict(name='gn_integer_half_D', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "D // 2 * math.log(2 * math.pi * sigma ** 2)")),
    dict(name='gn_numpy_no_gradient', grade_id='gaussian_nll', source=r'''import numpy as np


def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x.detach().numpy() - mean.detach().numpy()).reshape(len(x), -1)
    D = diff.shape[1]
    nll = (diff ** 2).sum(axis=1) / (2 * sigma ** 2) + D * (np.log(sigma) + 0.5 * np.log(2 * np.pi))
    return torch.from_numpy(nll)
'''),
    dict(name='gn_constant_once_per_image', grade_id='gaussian_nll', source=_nll(
        "D * (math.log(sigma) + 0.5 * math.log(2 * math.pi))", "(math.log(sigma) + 0.5 * math.log(2 * math.pi))")),
]

ALTERNATIVES = [
    dict(name='dd_alt_unflatten_expit', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        blocks = []
        for n_in, n_out in zip(sizes[:-1], sizes[1:]):
            blocks.append(nn.Sequential(nn.Linear(n_in, n_out), nn.LeakyReLU(0.1)))
        self.hidden_blocks = nn.Sequential(*blocks)
        self.to_logits = nn.Linear(sizes[-1], 28 * 28)
        self.unflatten = nn.Unflatten(1, (1, 28, 28))

    def forward(self, z):
        return self.unflatten(self.to_logits(self.hidden_blocks(z)))

    def probs(self, z):
        return torch.special.expit(self(z))
'''),
    dict(name='dd_alt_modulelist_manual_sigmoid', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = (latent_dim,) + tuple(hidden) + (784,)
        self.linears = nn.ModuleList([nn.Linear(a, b) for a, b in zip(widths, widths[1:])])

    def forward(self, z):
        h = z
        for i, linear in enumerate(self.linears):
            h = linear(h)
            if i < len(self.linears) - 1:
                h = F.elu(h)
        return h.view(-1, 1, 28, 28)

    def probs(self, z):
        return 1 / (1 + torch.exp(-self.forward(z)))
'''),
    dict(name='dd_alt_output_bias_init', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers: d -> hidden[0] -> ... -> hidden[-1] -> 784 logits.

    The output bias starts at -2 (sigmoid(-2) = 0.12, about the mean ink of MNIST), a common initialisation.
    """

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.out = nn.Linear(width, 784)
        nn.init.constant_(self.out.bias, -2.0)
        self.body = nn.Sequential(*layers)

    def forward(self, z):
        return self.out(self.body(z)).reshape(z.shape[0], 1, 28, 28)

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='cd_alt_channels_last_reshape', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.c1 = c1
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, 7 * 7 * c1)
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = F.relu(self.fc2(F.relu(self.fc1(z))))
        h = h.view(-1, 7, 7, self.c1).permute(0, 3, 1, 2)  # features stored as (7, 7, c1)
        return self.up2(F.relu(self.up1(h)))

    def probs(self, z):
        return torch.sigmoid(self(z))
'''),
    dict(name='cd_alt_padding0_crop_one', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ReLU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)  # 7 => 16, cropped to 14
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)  # 14 => 30, cropped to 28

    def forward(self, z):
        h = self.up1(self.project(z))[:, :, 1:-1, 1:-1]
        return self.up2(torch.relu(h))[:, :, 1:-1, 1:-1]

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='cd_alt_tanh_hidden', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions: d -> hidden -> c1x7x7 -> c2x14x14 -> 1x28x28 logits."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.Tanh(),
            nn.Linear(hidden, channels[0] * 49), nn.Tanh(),
            nn.Unflatten(-1, (channels[0], 7, 7)),
            nn.ConvTranspose2d(channels[0], channels[1], 4, 2, 1), nn.Tanh(),
            nn.ConvTranspose2d(channels[1], 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.net(z)

    def probs(self, z):
        return torch.sigmoid(self.net(z))
'''),
    dict(name='gn_alt_normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    log_p = torch.distributions.Normal(mean, sigma).log_prob(x)
    return -log_p.flatten(start_dim=1).sum(dim=1)
'''),
    dict(name='gn_alt_standardised_residual', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    r = ((x - mean) / sigma).flatten(1)
    D = r.shape[1]
    return 0.5 * (r * r).sum(dim=1) + D * math.log(sigma) + 0.5 * D * math.log(2 * math.pi)
'''),
    dict(name='gn_alt_mse_none', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    squared_error = F.mse_loss(mean, x, reduction="none").reshape(x.shape[0], -1).sum(dim=1)
    D = x[0].numel()
    return squared_error / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
]
