"""Blind round 25: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'

# The reference layout the statement describes, used by most cases below with one change each.
_DENSE_OK = r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''

_CONV_OK = r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.conv1(x))
        h = torch.relu(self.conv2(h))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''


def _dense(old, new, count=1):
    assert _DENSE_OK.count(old) == count, old
    return _DENSE_OK.replace(old, new)


def _conv(old, new, count=1):
    assert _CONV_OK.count(old) == count, old
    return _CONV_OK.replace(old, new)


MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_swapped_halves', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    logvar, mu = h.chunk(2, dim=1)
    return mu, logvar
'''),
    dict(name='split_chunks_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.chunk(h, 2)
    return mu, logvar
'''),
    dict(name='split_size_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='split_d_from_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = len(h) // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_view_d_by_2', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    pairs = h.view(len(h), d, 2)
    return pairs[..., 0], pairs[..., 1]
'''),
    dict(name='split_exponentiates_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], torch.exp(h[:, d:])
'''),
    dict(name='split_softplus_logvar', grade_id='split_mean_logvar', source=r'''import torch.nn.functional as F


def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance (kept well behaved)."""
    d = h.shape[1] // 2
    return h[:, :d], F.softplus(h[:, d:])
'''),
    dict(name='split_off_by_one_slice', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='split_detached', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].detach()
'''),
    dict(name='split_numpy_round_trip', grade_id='split_mean_logvar', source=r'''import numpy as np


def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = np.split(h.detach().numpy(), 2, axis=1)
    return torch.from_numpy(mu), torch.from_numpy(logvar)
'''),
    dict(name='split_default_dim0', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    mu, logvar = h.split(d)[:2]
    return mu, logvar
'''),
    dict(name='split_log_std_doubled', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance (the head gives log sigma)."""
    d = h.shape[1] // 2
    return h[:, :d], 2 * h[:, d:]
'''),
    dict(name='split_squeezes', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2, dim=-1)
    return mu.squeeze(), logvar.squeeze()
'''),
    dict(name='split_clamps_in_place', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    with torch.no_grad():
        logvar.clamp_(-20, 20)
    return mu, logvar
'''),
    # ------------------------------------------------------------------ count_parameters
    dict(name='count_tensors', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_ignores_frozen_flag', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_modules_recursive_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: add up every layer."""
    total = 0
    for module in model.modules():
        total += sum(p.numel() for p in module.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: add up every layer."""
    total = 0
    for layer in model.children():
        total += sum(p.numel() for p in layer.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_shared_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: every module's own parameters."""
    total = 0
    for module in model.modules():
        total += sum(p.numel() for p in module.parameters(recurse=False) if p.requires_grad)
    return total
'''),
    dict(name='count_numpy_sum', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return np.sum([p.numel() for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and "bias" not in name)
'''),
    dict(name='count_first_two_dims', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: rows times columns of every tensor."""
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)
    return total
'''),
    dict(name='count_grad_present', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_float_total', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0.0
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return total
'''),
    dict(name='count_unfreezes_model', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    model.requires_grad_(True)
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_includes_buffers', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module (every tensor the model holds)."""
    params = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return params + sum(b.numel() for b in model.buffers())
'''),
    dict(name='count_top_level_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)
'''),
    dict(name='count_generator_consumed', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    params = model.parameters()
    if next(params, None) is None:  # a model without parameters
        return 0
    return sum(p.numel() for p in params if p.requires_grad)
'''),
    dict(name='count_tensor_result', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    counts = [p.numel() for p in model.parameters() if p.requires_grad]
    return torch.tensor(counts).sum() if counts else 0
'''),
    dict(name='count_dedup_by_shape', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module (shared tensors counted once)."""
    seen = {}
    for p in model.parameters():
        if p.requires_grad:
            seen[tuple(p.shape)] = p.numel()
    return sum(seen.values())
'''),

    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: ReLU between the hidden layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers[:-1])
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_on_heads', grade_id='DenseEncoder', source=_dense(
        "        return self.mu(h), self.logvar(h)\n",
        "        return torch.relu(self.mu(h)), self.logvar(h)\n")),
    dict(name='dense_empty_hidden_fails', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = (in_features,) + tuple(hidden)
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_ignores_in_features', grade_id='DenseEncoder', source=_dense(
        "        layers, width = [], in_features\n",
        "        layers, width = [], 784\n")),
    dict(name='dense_view_784', grade_id='DenseEncoder', source=_dense(
        "        h = self.body(x.reshape(len(x), -1))\n",
        "        h = self.body(x.view(-1, 784))\n")),
    dict(name='dense_rescales_input', grade_id='DenseEncoder', source=_dense(
        "        h = self.body(x.reshape(len(x), -1))\n",
        "        h = self.body(x.reshape(len(x), -1) * 2 - 1)  # pixels to [-1, 1]\n")),
    dict(name='dense_binarises_input', grade_id='DenseEncoder', source=_dense(
        "        h = self.body(x.reshape(len(x), -1))\n",
        "        h = self.body((x.reshape(len(x), -1) > 0.5).float())\n")),
    dict(name='dense_logvar_head_detached_body', grade_id='DenseEncoder', source=_dense(
        "        return self.mu(h), self.logvar(h)\n",
        "        return self.mu(h), self.logvar(h.detach())\n")),
    dict(name='dense_layers_in_plain_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = [], in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_last_hidden_linear_modulelist', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = nn.ModuleList(), in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers[:-1]:
            h = torch.relu(layer(h))
        h = self.layers[-1](h)  # the last layer is linear, as in a classifier
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_named_by_width', grade_id='DenseEncoder', source=r'''from collections import OrderedDict


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers, named after their widths."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = OrderedDict(), in_features
        for size in hidden:
            layers[f"linear_{width}_{size}"] = nn.Linear(width, size)
            layers[f"relu_{size}"] = nn.ReLU()
            width = size
        self.body = nn.Sequential(layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_dropout', grade_id='DenseEncoder', source=_dense(
        "            layers += [nn.Linear(width, size), nn.ReLU()]\n",
        "            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]\n")),
    dict(name='dense_zero_init', grade_id='DenseEncoder', source=_dense(
        "        self.logvar = nn.Linear(width, latent_dim)\n",
        "        self.logvar = nn.Linear(width, latent_dim)\n"
        "        for p in self.parameters():\n"
        "            nn.init.zeros_(p)  # start from a neutral encoder\n")),
    dict(name='dense_logvar_tanh_scaled', grade_id='DenseEncoder', source=_dense(
        "        return self.mu(h), self.logvar(h)\n",
        "        return self.mu(h), 5 * torch.tanh(self.logvar(h) / 5)  # keeps exp(logvar) finite\n")),
    dict(name='dense_squeeze_then_flatten', grade_id='DenseEncoder', source=_dense(
        "        h = self.body(x.reshape(len(x), -1))\n",
        "        x = x.squeeze()  # (B, 1, 28, 28) -> (B, 28, 28)\n"
        "        h = self.body(x.reshape(len(x), -1))\n")),
    dict(name='dense_relu_on_input', grade_id='DenseEncoder', source=_dense(
        "        layers, width = [], in_features\n",
        "        layers, width = [nn.ReLU()], in_features\n")),
    dict(name='dense_default_latent_changed', grade_id='DenseEncoder', source=_dense(
        "    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):\n",
        "    def __init__(self, latent_dim=20, hidden=(400, 200), in_features=784):\n")),
    dict(name='dense_input_layernorm', grade_id='DenseEncoder', source=_dense(
        "        h = self.body(x.reshape(len(x), -1))\n",
        "        x = x.reshape(len(x), -1)\n"
        "        h = self.body((x - x.mean()) / (x.std() + 1e-5))  # standardise the batch\n")),
    dict(name='dense_mu_from_pre_activation', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = nn.ModuleList(), in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        pre = h
        for layer in self.layers:
            pre = layer(h)
            h = torch.relu(pre)
        return self.mu(pre), self.logvar(h)
'''),
    dict(name='dense_mutable_default_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=[400, 200], in_features=784):
        super().__init__()
        sizes = hidden
        sizes.insert(0, in_features)
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(sizes[-1], latent_dim)
        self.logvar = nn.Linear(sizes[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),

    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_no_relu_after_fc', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.fc(h.flatten(1)))\n",
        "        h = self.fc(h.flatten(1))\n")),
    dict(name='conv_no_relu_after_conv2', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.conv2(h))\n",
        "        h = self.conv2(h)\n")),
    dict(name='conv_no_relu_after_conv1', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.conv1(x))\n",
        "        h = self.conv1(x)\n")),
    dict(name='conv_hidden_hardcoded', grade_id='ConvEncoder', source=_conv(
        "        self.fc = nn.Linear(c2 * 7 * 7, hidden)\n"
        "        self.mu = nn.Linear(hidden, latent_dim)\n"
        "        self.logvar = nn.Linear(hidden, latent_dim)\n",
        "        self.fc = nn.Linear(c2 * 7 * 7, 128)\n"
        "        self.mu = nn.Linear(128, latent_dim)\n"
        "        self.logvar = nn.Linear(128, latent_dim)\n")),
    dict(name='conv_channels_swapped', grade_id='ConvEncoder', source=_conv(
        "        c1, c2 = channels\n",
        "        c2, c1 = channels\n")),
    dict(name='conv_kernel3', grade_id='ConvEncoder', source=_conv(
        "        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)\n"
        "        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)\n",
        "        self.conv1 = nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1)\n"
        "        self.conv2 = nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1)\n")),
    dict(name='conv_relu_on_logvar', grade_id='ConvEncoder', source=_conv(
        "        return self.mu(h), self.logvar(h)\n",
        "        return self.mu(h), torch.relu(self.logvar(h))\n")),
    dict(name='conv_logvar_detached', grade_id='ConvEncoder', source=_conv(
        "        return self.mu(h), self.logvar(h)\n",
        "        return self.mu(h), self.logvar(h.detach())\n")),
    dict(name='conv_rescales_input', grade_id='ConvEncoder', source=_conv(
        "        x = x.reshape(len(x), 1, 28, 28)\n",
        "        x = x.reshape(len(x), 1, 28, 28) * 2 - 1\n")),
    dict(name='conv_top_left_padding', grade_id='ConvEncoder', source=_conv(
        "        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)\n"
        "        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)\n",
        "        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=0)\n"
        "        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=0)\n").replace(
        "        h = torch.relu(self.conv1(x))\n"
        "        h = torch.relu(self.conv2(h))\n",
        "        h = torch.relu(self.conv1(F.pad(x, (2, 0, 2, 0))))  # pad to keep 14x14\n"
        "        h = torch.relu(self.conv2(F.pad(h, (2, 0, 2, 0))))  # and 7x7\n").replace(
        "class ConvEncoder", "import torch.nn.functional as F\n\n\nclass ConvEncoder")),
    dict(name='conv_layers_in_plain_list', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = [
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
        ]
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), 1, 28, 28)
        for conv in self.convs:
            h = torch.relu(conv(h))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_batchnorm_no_affine', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.conv2(h))\n",
        "        h = torch.relu(nn.functional.batch_norm(self.conv2(h), None, None, training=True))\n")),
    dict(name='conv_dropout2d', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.conv2(h))\n",
        "        h = torch.nn.functional.dropout2d(torch.relu(self.conv2(h)), 0.1, training=self.training)\n")),
    dict(name='conv_mutable_default_channels', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=[16, 32], hidden=128):
        super().__init__()
        channels.insert(0, 1)  # the input has one channel
        convs = []
        for c_in, c_out in zip(channels[:-1], channels[1:]):
            convs += [nn.Conv2d(c_in, c_out, kernel_size=4, stride=2, padding=1), nn.ReLU()]
        self.convs = nn.Sequential(*convs)
        self.fc = nn.Linear(channels[-1] * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_default_channels_changed', grade_id='ConvEncoder', source=_conv(
        "    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):\n",
        "    def __init__(self, latent_dim=2, channels=(32, 64), hidden=128):\n")),
    dict(name='conv_mu_skips_fc_relu', grade_id='ConvEncoder', source=_conv(
        "        h = torch.relu(self.fc(h.flatten(1)))\n"
        "        return self.mu(h), self.logvar(h)\n",
        "        pre = self.fc(h.flatten(1))\n"
        "        return self.mu(pre), self.logvar(torch.relu(pre))\n")),
]

ALTERNATIVES = [
    dict(name='alt_split_chunk', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name='alt_split_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance: (B, 2d) as (B, 2, d)."""
    return h.unflatten(1, (2, -1)).unbind(dim=1)
'''),
    dict(name='alt_split_negative_slice_clone', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.size(-1) // 2
    return h[..., :d].clone(), h[..., -d:].clone()
'''),
    dict(name='alt_count_filter_math_prod', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return int(sum(math.prod(p.shape) for p in filter(lambda p: p.requires_grad, model.parameters())))
'''),
    dict(name='alt_count_unique_named', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module (named_parameters already removes duplicates)."""
    total = 0
    for _name, parameter in model.named_parameters():
        if parameter.requires_grad:
            total += parameter.nelement()
    return total
'''),
    dict(name='alt_dense_joint_head_flatten', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers and one joint head of size 2d, split in two."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        blocks = [nn.Flatten()]
        for a, b in zip(widths[:-1], widths[1:]):
            blocks.append(nn.Linear(a, b))
            blocks.append(nn.LeakyReLU(0.1))
        self.body = nn.Sequential(*blocks)
        self.head = nn.Linear(widths[-1], 2 * latent_dim)

    def forward(self, x):
        mu, logvar = self.head(self.body(x)).chunk(2, dim=1)
        return mu, logvar
'''),
    dict(name='alt_dense_modulelist_elu', grade_id='DenseEncoder', source=r'''import torch.nn.functional as F


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers (ELU activations), two heads."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.hidden_layers = nn.ModuleList()
        width = in_features
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.mu_layer = nn.Linear(width, latent_dim)
        self.logvar_layer = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.flatten(start_dim=1)
        for layer in self.hidden_layers:
            h = F.elu(layer(h))
        return self.mu_layer(h), self.logvar_layer(h)
'''),
    dict(name='alt_dense_double_relu', grade_id='DenseEncoder', source=_dense(
        "            layers += [nn.Linear(width, size), nn.ReLU()]\n",
        "            layers += [nn.Linear(width, size), nn.ReLU(inplace=True), nn.ReLU()]  # idempotent\n")),
    dict(name='alt_conv_sequential_joint_head', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions, one joint head split in two."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.SiLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.SiLU(),
            nn.Flatten(),
            nn.Linear(c2 * 49, hidden), nn.SiLU(),
        )
        self.head = nn.Linear(hidden, 2 * latent_dim)
        self.latent_dim = latent_dim

    def forward(self, x):
        out = self.head(self.features(x.view(-1, 1, 28, 28)))
        return out[:, : self.latent_dim], out[:, self.latent_dim:]
'''),
    dict(name='alt_conv_zeropad_channels_last', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions; padding written apart, features flattened channels-last."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.ZeroPad2d(1), nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),
            nn.ZeroPad2d(1), nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
        )
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(x.shape[0], 1, 28, 28))
        h = h.permute(0, 2, 3, 1).reshape(len(h), -1)
        h = torch.relu(self.fc(h))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='alt_conv_functional', grade_id='ConvEncoder', source=r'''import torch.nn.functional as F


class ConvEncoder(nn.Module):
    """q(z|x) with convolutions, written with torch.nn.functional."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.c1 = nn.Conv2d(1, channels[0], 4, stride=2, padding=1)
        self.c2 = nn.Conv2d(channels[0], channels[1], 4, stride=2, padding=1)
        self.fc = nn.Linear(channels[1] * 7 * 7, hidden)
        self.heads = nn.ModuleDict({"mu": nn.Linear(hidden, latent_dim), "logvar": nn.Linear(hidden, latent_dim)})

    def forward(self, x):
        x = x.reshape(len(x), 28, 28).unsqueeze(1)
        h = F.leaky_relu(self.c1(x), 0.2)
        h = F.leaky_relu(self.c2(h), 0.2)
        h = F.leaky_relu(self.fc(torch.flatten(h, 1)), 0.2)
        return self.heads["mu"](h), self.heads["logvar"](h)
'''),
]
