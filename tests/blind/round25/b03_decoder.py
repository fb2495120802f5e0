"""Blind round 25: mistakes and alternatives for notebook 03_decoder."""
NOTEBOOK = '03_decoder'

# The layout the statement describes; most cases below make one change to it.
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
        self.c1 = c1
        self.fc1 = nn.Linear(latent_dim, hidden)
        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)
        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)

    def forward(self, z):
        h = torch.relu(self.fc1(z))
        h = torch.relu(self.fc2(h))
        h = h.reshape(len(z), self.c1, 7, 7)
        h = torch.relu(self.up1(h))
        return self.up2(h)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''

_NLL_OK = r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)
'''


def _edit(template, old, new, count=1):
    assert template.count(old) == count, old
    return template.replace(old, new)


def _dense(old, new, count=1):
    return _edit(_DENSE_OK, old, new, count)


def _conv(old, new, count=1):
    return _edit(_CONV_OK, old, new, count)


def _nll(old, new, count=1):
    return _edit(_NLL_OK, old, new, count)


MISTAKES = [
    # ------------------------------------------------------------------ DenseDecoder
    dict(name='dd_sigmoid_in_forward', grade_id='DenseDecoder', source=_dense(
        "        layers.append(nn.Linear(width, 784))\n",
        "        layers += [nn.Linear(width, 784), nn.Sigmoid()]\n")),
    dict(name='dd_relu_after_every_linear', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
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
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_no_relu_after_last_hidden', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for i, size in enumerate(hidden):
            layers.append(nn.Linear(width, size))
            if i < len(hidden) - 1:
                layers.append(nn.ReLU())
            width = size
        layers.append(nn.Linear(width, 784))
        self.net = nn.Sequential(*layers)

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_empty_hidden_fails', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        layers, width = [], latent_dim
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.net = nn.Sequential(*layers)
        self.out = nn.Linear(hidden[-1], 784)

    def forward(self, z):
        return self.out(self.net(z)).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),
    dict(name='dd_flat_logits', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return self.net(z)\n").replace(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.sigmoid(self.forward(z)).reshape(len(z), 1, 28, 28)\n")),
    dict(name='dd_no_channel_axis', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return self.net(z).reshape(len(z), 28, 28)\n")),
    dict(name='dd_probs_no_grad', grade_id='DenseDecoder', source=_dense(
        "    def probs(self, z):\n",
        "    @torch.no_grad()\n    def probs(self, z):\n")),
    dict(name='dd_probs_detached', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.sigmoid(self.forward(z)).detach()\n")),
    dict(name='dd_probs_softmax', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        logits = self.forward(z)\n"
        "        return torch.softmax(logits.reshape(len(z), -1), dim=1).reshape(logits.shape)\n")),
    dict(name='dd_probs_naive_exp_ratio', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        e = torch.exp(self.forward(z))\n"
        "        return e / (1 + e)\n")),
    dict(name='dd_probs_binarised', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return (torch.sigmoid(self.forward(z)) > 0.5).float()\n")),
    dict(name='dd_probs_half_precision', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.sigmoid(self.forward(z).half()).to(z.dtype)\n")),
    dict(name='dd_tanh_output', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return torch.tanh(self.net(z)).reshape(len(z), 1, 28, 28)\n")),
    dict(name='dd_layers_in_plain_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

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
    dict(name='dd_relu_on_code', grade_id='DenseDecoder', source=_dense(
        "        layers, width = [], latent_dim\n",
        "        layers, width = [nn.ReLU()], latent_dim\n")),
    dict(name='dd_dropout', grade_id='DenseDecoder', source=_dense(
        "            layers += [nn.Linear(width, size), nn.ReLU()]\n",
        "            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]\n")),
    dict(name='dd_default_hidden_reversed', grade_id='DenseDecoder', source=_dense(
        "    def __init__(self, latent_dim=2, hidden=(200, 400)):\n",
        "    def __init__(self, latent_dim=2, hidden=(400, 200)):\n")),
    dict(name='dd_code_normalised', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        z = z / z.norm(dim=1, keepdim=True).clamp(min=1e-8)  # codes on the unit sphere\n"
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n")),
    dict(name='dd_logits_clamped', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return self.net(z).clamp(-15, 15).reshape(len(z), 1, 28, 28)  # avoid saturated pixels\n")),
    dict(name='dd_batch_of_one_squeezed', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return self.net(z).reshape(-1, 1, 28, 28).squeeze(0)\n")),
    dict(name='dd_probs_calls_eval', grade_id='DenseDecoder', source=_dense(
        "        return torch.sigmoid(self.forward(z))\n",
        "        self.eval()\n"
        "        return torch.sigmoid(self.forward(z))\n")),
    dict(name='dd_zero_init_output', grade_id='DenseDecoder', source=_dense(
        "        self.net = nn.Sequential(*layers)\n",
        "        self.net = nn.Sequential(*layers)\n"
        "        for layer in self.net:\n"
        "            if isinstance(layer, nn.Linear):\n"
        "                nn.init.zeros_(layer.weight)  # start from the grey image\n")),
    dict(name='dd_mutable_default_list', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers."""

    def __init__(self, latent_dim=2, hidden=[200, 400]):
        super().__init__()
        sizes = hidden
        sizes.insert(0, latent_dim)
        sizes.append(784)
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*layers[:-1])

    def forward(self, z):
        return self.net(z).reshape(len(z), 1, 28, 28)

    def probs(self, z):
        return torch.sigmoid(self.forward(z))
'''),

    # ------------------------------------------------------------------ ConvDecoder
    dict(name='cd_sigmoid_in_forward', grade_id='ConvDecoder', source=_conv(
        "        return self.up2(h)\n",
        "        return torch.sigmoid(self.up2(h))\n").replace(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return self.forward(z)\n")),
    dict(name='cd_no_relu_after_fc2', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.fc2(h))\n",
        "        h = self.fc2(h)\n")),
    dict(name='cd_no_relu_after_fc1', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.fc1(z))\n",
        "        h = self.fc1(z)\n")),
    dict(name='cd_no_relu_after_up1', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.up1(h))\n",
        "        h = self.up1(h)\n")),
    dict(name='cd_relu_on_logits', grade_id='ConvDecoder', source=_conv(
        "        return self.up2(h)\n",
        "        return torch.relu(self.up2(h))\n")),
    dict(name='cd_hidden_hardcoded', grade_id='ConvDecoder', source=_conv(
        "        self.fc1 = nn.Linear(latent_dim, hidden)\n"
        "        self.fc2 = nn.Linear(hidden, c1 * 7 * 7)\n",
        "        self.fc1 = nn.Linear(latent_dim, 128)\n"
        "        self.fc2 = nn.Linear(128, c1 * 7 * 7)\n")),
    dict(name='cd_top_left_crop', grade_id='ConvDecoder', source=_conv(
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n",
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)\n").replace(
        "        h = torch.relu(self.up1(h))\n"
        "        return self.up2(h)\n",
        "        h = torch.relu(self.up1(h))[:, :, :14, :14]  # 16x16 -> 14x14\n"
        "        return self.up2(h)[:, :, :28, :28]  # 30x30 -> 28x28\n")),
    dict(name='cd_resized_output', grade_id='ConvDecoder', source=_conv(
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n",
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2)\n").replace(
        "        h = torch.relu(self.up1(h))\n"
        "        return self.up2(h)\n",
        "        h = torch.relu(self.up1(h))\n"
        "        return nn.functional.interpolate(self.up2(h), size=(28, 28), mode=\"bilinear\", align_corners=False)\n")),
    dict(name='cd_unflatten_batch_last', grade_id='ConvDecoder', source=_conv(
        "        h = h.reshape(len(z), self.c1, 7, 7)\n",
        "        h = h.reshape(self.c1, len(z), 7, 7).transpose(0, 1)  # (c1, B, 7, 7) -> (B, c1, 7, 7)\n")),
    dict(name='cd_probs_no_grad', grade_id='ConvDecoder', source=_conv(
        "    def probs(self, z):\n",
        "    @torch.no_grad()\n    def probs(self, z):\n")),
    dict(name='cd_probs_double_sigmoid', grade_id='ConvDecoder', source=_conv(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.sigmoid(torch.sigmoid(self.forward(z)))\n")),
    dict(name='cd_probs_naive_formula', grade_id='ConvDecoder', source=_conv(
        "        return torch.sigmoid(self.forward(z))\n",
        "        logits = self.forward(z)\n"
        "        return torch.exp(logits) / (torch.exp(logits) + 1)\n")),
    dict(name='cd_relu_on_code', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.fc1(z))\n",
        "        h = torch.relu(self.fc1(torch.relu(z)))\n")),
    dict(name='cd_dropout2d', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.up1(h))\n",
        "        h = nn.functional.dropout2d(torch.relu(self.up1(h)), 0.1, training=self.training)\n")),
    dict(name='cd_batch_norm_features', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.up1(h))\n",
        "        h = torch.relu(nn.functional.batch_norm(self.up1(h), None, None, training=True))\n")),
    dict(name='cd_view_batch_from_c1', grade_id='ConvDecoder', source=_conv(
        "        h = h.reshape(len(z), self.c1, 7, 7)\n",
        "        h = h.view(-1, 32, 7, 7)\n")),
    dict(name='cd_default_channels_swapped', grade_id='ConvDecoder', source=_conv(
        "    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):\n",
        "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n")),
    dict(name='cd_probs_calls_eval', grade_id='ConvDecoder', source=_conv(
        "        return torch.sigmoid(self.forward(z))\n",
        "        self.eval()  # probabilities are for display\n"
        "        return torch.sigmoid(self.forward(z))\n")),
    dict(name='cd_zero_init', grade_id='ConvDecoder', source=_conv(
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n",
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n"
        "        for p in self.parameters():\n"
        "            nn.init.zeros_(p)\n")),
    dict(name='cd_output_squeezed', grade_id='ConvDecoder', source=_conv(
        "        return self.up2(h)\n",
        "        return self.up2(h).squeeze(1)\n").replace(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.sigmoid(self.forward(z)).unsqueeze(1)\n")),

    # ------------------------------------------------------------------ gaussian_nll
    dict(name='nll_mean_over_pixels', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    per_pixel = diff ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.mean(dim=1)
'''),
    dict(name='nll_no_constant', grade_id='gaussian_nll', source=_nll(
        " + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n",
        " + D * math.log(sigma)\n")),
    dict(name='nll_no_log_sigma', grade_id='gaussian_nll', source=_nll(
        " + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n",
        " + D * 0.5 * math.log(2 * math.pi)\n")),
    dict(name='nll_missing_factor_two', grade_id='gaussian_nll', source=_nll(
        "(diff ** 2).sum(dim=1) / (2 * sigma ** 2)",
        "(diff ** 2).sum(dim=1) / sigma ** 2")),
    dict(name='nll_sigma_not_squared', grade_id='gaussian_nll', source=_nll(
        "(diff ** 2).sum(dim=1) / (2 * sigma ** 2)",
        "(diff ** 2).sum(dim=1) / (2 * sigma)")),
    dict(name='nll_sigma_times_two', grade_id='gaussian_nll', source=_nll(
        "(diff ** 2).sum(dim=1) / (2 * sigma ** 2)",
        "(diff ** 2).sum(dim=1) / (2 * sigma * 2)")),
    dict(name='nll_log_2pi_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma)
'''),
    dict(name='nll_half_log_sigma', grade_id='gaussian_nll', source=_nll(
        " + D * math.log(sigma) + ",
        " + D / 2 * math.log(sigma) + ")),
    dict(name='nll_D_hardcoded', grade_id='gaussian_nll', source=_nll(
        "    D = diff.shape[1]\n",
        "    D = 784\n")),
    dict(name='nll_D_from_numel', grade_id='gaussian_nll', source=_nll(
        "    D = diff.shape[1]\n",
        "    D = x.numel()\n")),
    dict(name='nll_D_last_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.shape[-1]
    squared = ((x - mean) ** 2).reshape(len(x), -1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_D_second_dim', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x.size(1)
    squared = ((x - mean) ** 2).flatten(1).sum(dim=1)
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_integer_half_D', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D // 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_sum_dims_123', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = ((x - mean) ** 2).sum(dim=(1, 2, 3)) if x.dim() == 4 else ((x - mean) ** 2).sum(dim=(1, 2))
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_batch_mean', grade_id='gaussian_nll', source=_nll(
        "    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n",
        "    nll = (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n"
        "    return nll.mean()\n")),
    dict(name='nll_mse_loss_sum', grade_id='gaussian_nll', source=r'''import torch.nn.functional as F


def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    D = x[0].numel()
    squared = F.mse_loss(mean, x, reduction="sum")
    return squared / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2) + torch.zeros(len(x))
'''),
    dict(name='nll_torch_gaussian_nll_default_eps', grade_id='gaussian_nll', source=r'''import torch.nn.functional as F


def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I), with PyTorch's own loss."""
    var = torch.full_like(mean, sigma ** 2)
    nll = F.gaussian_nll_loss(mean, x, var, full=True, reduction="none")
    return nll.reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_normal_with_variance_as_scale', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    dist = torch.distributions.Normal(mean, sigma ** 2)
    return -dist.log_prob(x).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_positive_log_likelihood', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    dist = torch.distributions.Normal(mean, sigma)
    return dist.log_prob(x).reshape(len(x), -1).sum(dim=1)
'''),
    dict(name='nll_constant_once_per_image', grade_id='gaussian_nll', source=_nll(
        " + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n",
        " + D * math.log(sigma) + 0.5 * math.log(2 * math.pi)\n")),
    dict(name='nll_norm_not_squared', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    return torch.linalg.norm(diff, dim=1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_in_place_difference', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = x.sub_(mean).reshape(len(x), -1)
    D = diff.shape[1]
    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D / 2 * math.log(2 * math.pi * sigma ** 2)
'''),
    dict(name='nll_squeezed', grade_id='gaussian_nll', source=_nll(
        "    return (diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * math.log(sigma) + D * 0.5 * math.log(2 * math.pi)\n",
        "    return ((diff ** 2).sum(dim=1, keepdim=True) / (2 * sigma ** 2) + D * math.log(sigma)\n"
        "            + D * 0.5 * math.log(2 * math.pi)).squeeze()\n")),
    dict(name='nll_default_sigma_changed', grade_id='gaussian_nll', source=_nll(
        "def gaussian_nll(mean, x, sigma=1.0):\n",
        "def gaussian_nll(mean, x, sigma=0.1):\n")),
    dict(name='nll_half_precision_log_sigma', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    diff = (x - mean).reshape(len(x), -1)
    D = diff.shape[1]
    log_sigma = torch.log(torch.tensor(sigma, dtype=torch.float16))
    return ((diff ** 2).sum(dim=1) / (2 * sigma ** 2) + D * log_sigma + D * 0.5 * math.log(2 * math.pi)).to(x.dtype)
'''),
]

ALTERNATIVES = [
    dict(name='alt_dd_unflatten_modules', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers; an Unflatten layer gives the image shape."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        sizes = [latent_dim, *hidden]
        blocks = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            blocks += [nn.Linear(a, b), nn.GELU()]
        blocks += [nn.Linear(sizes[-1], 28 * 28), nn.Unflatten(1, (1, 28, 28))]
        self.decoder = nn.Sequential(*blocks)

    def forward(self, z):
        return self.decoder(z)

    def probs(self, z):
        return torch.special.expit(self(z))
'''),
    dict(name='alt_dd_modulelist_tanh_probs', grade_id='DenseDecoder', source=r'''class DenseDecoder(nn.Module):
    """p(x|z) with dense layers; probs through tanh (sigmoid(l) = (1 + tanh(l / 2)) / 2)."""

    def __init__(self, latent_dim=2, hidden=(200, 400)):
        super().__init__()
        widths = (latent_dim,) + tuple(hidden)
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.output_layer = nn.Linear(widths[-1], 784)

    def forward(self, z):
        h = z
        for layer in self.hidden_layers:
            h = nn.functional.leaky_relu(layer(h), 0.01)
        return self.output_layer(h).view(-1, 1, 28, 28)

    def probs(self, z):
        return 0.5 * (1 + torch.tanh(0.5 * self.forward(z)))
'''),
    dict(name='alt_dd_channels_last_reshape', grade_id='DenseDecoder', source=_dense(
        "        return self.net(z).reshape(len(z), 1, 28, 28)\n",
        "        return self.net(z).reshape(z.shape[0], 28, 28, 1).permute(0, 3, 1, 2)\n")),
    dict(name='alt_cd_sequential_unflatten', grade_id='ConvDecoder', source=r'''class ConvDecoder(nn.Module):
    """p(x|z) with transposed convolutions, as two Sequential blocks."""

    def __init__(self, latent_dim=2, channels=(32, 16), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.project = nn.Sequential(
            nn.Linear(latent_dim, hidden), nn.ELU(),
            nn.Linear(hidden, c1 * 7 * 7), nn.ELU(),
            nn.Unflatten(1, (c1, 7, 7)),
        )
        self.upsample = nn.Sequential(
            nn.ConvTranspose2d(c1, c2, 4, 2, 1), nn.ELU(),
            nn.ConvTranspose2d(c2, 1, 4, 2, 1),
        )

    def forward(self, z):
        return self.upsample(self.project(z))

    def probs(self, z):
        return self.forward(z).sigmoid()
'''),
    dict(name='alt_cd_centre_crop', grade_id='ConvDecoder', source=_conv(
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=1)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n",
        "        self.up1 = nn.ConvTranspose2d(c1, c2, kernel_size=4, stride=2, padding=0)\n"
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=0)\n").replace(
        "        h = torch.relu(self.up1(h))\n"
        "        return self.up2(h)\n",
        "        h = torch.relu(self.up1(h)[:, :, 1:-1, 1:-1])  # 16x16 -> 14x14, one pixel off each side\n"
        "        return self.up2(h)[:, :, 1:-1, 1:-1]  # 30x30 -> 28x28\n")),
    dict(name='alt_cd_relu_after_reshape_logsigmoid', grade_id='ConvDecoder', source=_conv(
        "        h = torch.relu(self.fc2(h))\n"
        "        h = h.reshape(len(z), self.c1, 7, 7)\n",
        "        h = torch.relu(self.fc2(h).view(-1, self.c1, 7, 7))  # ReLU commutes with the reshape\n").replace(
        "        return torch.sigmoid(self.forward(z))\n",
        "        return torch.exp(nn.functional.logsigmoid(self.forward(z)))\n")),
    dict(name='alt_cd_output_padding_cropped', grade_id='ConvDecoder', source=_conv(
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1)\n",
        "        self.up2 = nn.ConvTranspose2d(c2, 1, kernel_size=4, stride=2, padding=1, output_padding=1)\n").replace(
        "        return self.up2(h)\n",
        "        return self.up2(h)[..., :28, :28]  # output_padding only appends a row and a column\n")),
    dict(name='alt_nll_normal_log_prob', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I), with torch.distributions."""
    dist = torch.distributions.Independent(torch.distributions.Normal(mean.flatten(1), sigma), 1)
    return -dist.log_prob(x.flatten(1))
'''),
    dict(name='alt_nll_per_pixel_sum', grade_id='gaussian_nll', source=r'''def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I): the per-pixel terms, summed."""
    per_pixel = (x - mean) ** 2 / (2 * sigma ** 2) + math.log(sigma) + 0.5 * math.log(2 * math.pi)
    return per_pixel.sum(dim=tuple(range(1, x.dim())))
'''),
    dict(name='alt_nll_mse_none', grade_id='gaussian_nll', source=r'''import torch.nn.functional as F


def gaussian_nll(mean, x, sigma=1.0):
    """Negative log-likelihood of each image under N(mean, sigma^2 I)."""
    squared = F.mse_loss(mean, x, reduction="none").flatten(start_dim=1).sum(dim=1)
    D = x[0].numel()
    return 0.5 * squared / sigma ** 2 + 0.5 * D * math.log(2 * math.pi * sigma ** 2)
'''),
]
