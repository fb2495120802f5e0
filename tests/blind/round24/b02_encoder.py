"""Blind round 24: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'

# A correct DenseEncoder / ConvEncoder, the starting point of most cases below (each case is a whole cell).
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
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''


def _edit(base, old, new, count=1):
    """The correct cell with one change (old must occur exactly `count` times)."""
    assert base.count(old) == count, (old, base.count(old))
    return base.replace(old, new)


def _dense(old, new, count=1):
    return _edit(_DENSE_OK, old, new, count)


def _conv(old, new, count=1):
    return _edit(_CONV_OK, old, new, count)


MISTAKES = [
    # ---------------------------------------------------------------- split_mean_logvar
    dict(name='sp_halves_swapped', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='sp_chunk_default_dim', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.chunk(h, 2)
    return mu, logvar
'''),
    dict(name='sp_interleaved_pairs', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    pairs = h.reshape(len(h), -1, 2)  # (B, d, 2)
    return pairs[..., 0], pairs[..., 1]
'''),
    dict(name='sp_even_odd_columns', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='sp_d_from_batch_size', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = len(h) // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='sp_split_size_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='sp_latent_dim_hardcoded', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    latent_dim = 2
    return h[:, :latent_dim], h[:, latent_dim:]
'''),
    dict(name='sp_returns_variance', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name='sp_log_std_doubled', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance (the head gives log sigma)."""
    d = h.shape[1] // 2
    return h[:, :d], 2 * h[:, d:]
'''),
    dict(name='sp_off_by_one_slice', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='sp_slices_rows', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[-1] // 2
    return h[:d], h[d:]
'''),
    dict(name='sp_squeeze_batch_of_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.squeeze().chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name='sp_detached_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].detach()
'''),
    dict(name='sp_numpy_slicing', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    values = h.detach().numpy()
    d = values.shape[1] // 2
    return torch.from_numpy(values[:, :d]), torch.from_numpy(values[:, d:])
'''),
    dict(name='sp_remembers_first_d', grade_id='split_mean_logvar', source=r'''_D = None


def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    global _D
    if _D is None:
        _D = h.shape[1] // 2
    return h[:, :_D], h[:, _D:]
'''),

    # ---------------------------------------------------------------- count_parameters
    dict(name='cp_counts_tensors', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='cp_ignores_requires_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='cp_counts_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if not p.requires_grad)
'''),
    dict(name='cp_tensor_result', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name='cp_first_dimension', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.shape[0] for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_numpy_int64', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_grad_not_none', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='cp_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and "weight" in name)
'''),
    dict(name='cp_modules_recursive_double_count', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module, layer by layer."""
    return sum(p.numel() for module in model.modules() for p in module.parameters() if p.requires_grad)
'''),
    dict(name='cp_top_level_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)
'''),
    dict(name='cp_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(tensor.numel() for tensor in model.state_dict().values())
'''),
    dict(name='cp_tied_weights_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module, layer by layer."""
    total = 0
    for module in model.modules():
        for p in module.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='cp_float_when_empty', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum().item()
'''),
    dict(name='cp_cache_by_class', grade_id='count_parameters', source=r'''_COUNTS = {}


def count_parameters(model):
    """Number of trainable scalars of an nn.Module (remembered per architecture)."""
    key = type(model).__name__
    if key not in _COUNTS:
        _COUNTS[key] = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return _COUNTS[key]
'''),
    dict(name='cp_first_parameter_decides', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    if not next(model.parameters()).requires_grad:
        return 0
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='cp_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module, layer by layer."""
    return sum(p.numel() for layer in model.children() for p in layer.parameters() if p.requires_grad)
'''),
    dict(name='cp_bytes', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
'''),

    # ---------------------------------------------------------------- DenseEncoder
    dict(name='de_relu_on_logvar_head', grade_id='DenseEncoder', source=_dense(
        "self.logvar = nn.Linear(width, latent_dim)",
        "self.logvar = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())")),
    dict(name='de_hidden_ignored', grade_id='DenseEncoder', source=_dense(
        "for size in hidden:", "for size in (400, 200):")),
    dict(name='de_in_features_ignored', grade_id='DenseEncoder', source=_dense(
        "layers, width = [], in_features", "layers, width = [], 784")),
    dict(name='de_no_relu_before_heads', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers[:-1])  # ReLU between the layers
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_no_bias_hidden', grade_id='DenseEncoder', source=_dense(
        "nn.Linear(width, size)", "nn.Linear(width, size, bias=False)")),
    dict(name='de_heads_read_hidden_last', grade_id='DenseEncoder', source=_dense(
        "self.mu = nn.Linear(width, latent_dim)\n        self.logvar = nn.Linear(width, latent_dim)",
        "self.mu = nn.Linear(hidden[-1], latent_dim)\n        self.logvar = nn.Linear(hidden[-1], latent_dim)")),
    dict(name='de_one_head_twice', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.head(h), self.head(h)
'''),
    dict(name='de_heads_built_in_forward', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.width, self.latent_dim = width, latent_dim

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = nn.Linear(self.width, self.latent_dim)(h)
        logvar = nn.Linear(self.width, self.latent_dim)(h)
        return mu, logvar
'''),
    dict(name='de_layers_in_plain_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

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
    dict(name='de_rescales_input_255', grade_id='DenseEncoder', source=_dense(
        "h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(len(x), -1) / 255)")),
    dict(name='de_dropout', grade_id='DenseEncoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]")),
    dict(name='de_batchnorm', grade_id='DenseEncoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]")),
    dict(name='de_prelu', grade_id='DenseEncoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.Linear(width, size), nn.PReLU()]")),
    dict(name='de_exp_logvar', grade_id='DenseEncoder', source=_dense(
        "return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h).exp()")),
    dict(name='de_concatenated_output', grade_id='DenseEncoder', source=_dense(
        "return self.mu(h), self.logvar(h)", "return torch.cat([self.mu(h), self.logvar(h)], dim=1)")),
    dict(name='de_reshape_784_in_forward', grade_id='DenseEncoder', source=_dense(
        "h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(-1, 784))")),
    dict(name='de_logvar_stop_gradient', grade_id='DenseEncoder', source=_dense(
        "return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h.detach())")),
    dict(name='de_pre_activation', grade_id='DenseEncoder', source=_dense(
        "layers += [nn.Linear(width, size), nn.ReLU()]", "layers += [nn.ReLU(), nn.Linear(width, size)]")),
    dict(name='de_lazy_first_layer', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], None
        for size in hidden:
            layers += [nn.Linear(width, size) if width else nn.LazyLinear(size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width or in_features, latent_dim)
        self.logvar = nn.Linear(width or in_features, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_default_one_hidden_layer', grade_id='DenseEncoder', source=_dense(
        "def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):",
        "def __init__(self, latent_dim=2, hidden=(400,), in_features=784):")),
    dict(name='de_centre_across_batch', grade_id='DenseEncoder', source=_dense(
        "h = self.body(x.reshape(len(x), -1))",
        "x = x.reshape(len(x), -1)\n        h = self.body(x - x.mean(dim=0))")),
    dict(name='de_forces_float32', grade_id='DenseEncoder', source=_dense(
        "h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(len(x), -1).float())")),

    # ---------------------------------------------------------------- ConvEncoder
    dict(name='cv_kernel_3', grade_id='ConvEncoder', source=_conv(
        "kernel_size=4, stride=2, padding=1", "kernel_size=3, stride=2, padding=1", count=2)),
    dict(name='cv_no_padding', grade_id='ConvEncoder', source=_conv(
        "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.Flatten(),\n            nn.Linear(c2 * 7 * 7, hidden)",
        "nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),\n            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),\n            nn.Flatten(),\n            nn.Linear(c2 * 5 * 5, hidden)")),
    dict(name='cv_channels_ignored', grade_id='ConvEncoder', source=_conv(
        "c1, c2 = channels", "c1, c2 = 16, 32")),
    dict(name='cv_hidden_ignored', grade_id='ConvEncoder', source=_conv(
        "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),\n        )\n        self.mu = nn.Linear(hidden, latent_dim)\n        self.logvar = nn.Linear(hidden, latent_dim)",
        "nn.Linear(c2 * 7 * 7, 128), nn.ReLU(),\n        )\n        self.mu = nn.Linear(128, latent_dim)\n        self.logvar = nn.Linear(128, latent_dim)")),
    dict(name='cv_no_relu_before_heads', grade_id='ConvEncoder', source=_conv(
        "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),")),
    dict(name='cv_no_relu_after_second_conv', grade_id='ConvEncoder', source=_conv(
        "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),", "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),")),
    dict(name='cv_same_conv_then_maxpool', grade_id='ConvEncoder', source=_conv(
        "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),\n            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
        "nn.Conv2d(1, c1, kernel_size=4, padding='same'), nn.ReLU(), nn.MaxPool2d(2),\n            nn.Conv2d(c1, c2, kernel_size=4, padding='same'), nn.ReLU(), nn.MaxPool2d(2),")),
    dict(name='cv_conv_without_bias', grade_id='ConvEncoder', source=_conv(
        "kernel_size=4, stride=2, padding=1)", "kernel_size=4, stride=2, padding=1, bias=False)", count=2)),
    dict(name='cv_heads_on_conv_features', grade_id='ConvEncoder', source=_conv(
        "nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),\n        )\n        self.mu = nn.Linear(hidden, latent_dim)\n        self.logvar = nn.Linear(hidden, latent_dim)",
        ")\n        self.mu = nn.Linear(c2 * 7 * 7, latent_dim)\n        self.logvar = nn.Linear(c2 * 7 * 7, latent_dim)")),
    dict(name='cv_channels_swapped', grade_id='ConvEncoder', source=_conv(
        "c1, c2 = channels", "c2, c1 = channels")),
    dict(name='cv_batchnorm2d', grade_id='ConvEncoder', source=_conv(
        "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
        "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),")),
    dict(name='cv_dropout2d', grade_id='ConvEncoder', source=_conv(
        "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
        "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),")),
    dict(name='cv_convs_in_plain_list', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = [nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
                      nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)]
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
    dict(name='cv_lazy_linear', grade_id='ConvEncoder', source=_conv(
        "nn.Linear(c2 * 7 * 7, hidden)", "nn.LazyLinear(hidden)")),
    dict(name='cv_standardise_batch', grade_id='ConvEncoder', source=_conv(
        "h = self.body(x.reshape(len(x), 1, 28, 28))",
        "x = x.reshape(len(x), 1, 28, 28)\n        h = self.body((x - x.mean()) / (x.std() + 1e-8))")),
    dict(name='cv_sigmoid_mean', grade_id='ConvEncoder', source=_conv(
        "return self.mu(h), self.logvar(h)", "return torch.sigmoid(self.mu(h)), self.logvar(h)")),
    dict(name='cv_default_channels_of_conv_vae', grade_id='ConvEncoder', source=_conv(
        "def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):",
        "def __init__(self, latent_dim=2, channels=(32, 64), hidden=128):")),
    dict(name='cv_global_average_pool', grade_id='ConvEncoder', source=_conv(
        "nn.Flatten(),\n            nn.Linear(c2 * 7 * 7, hidden)",
        "nn.AdaptiveAvgPool2d(1), nn.Flatten(),\n            nn.Linear(c2, hidden)")),
    dict(name='cv_bounded_logvar_tanh', grade_id='ConvEncoder', source=_conv(
        "return self.mu(h), self.logvar(h)", "return self.mu(h), 6 * torch.tanh(self.logvar(h) / 6)")),
    dict(name='cv_copy_paste_mu_head', grade_id='ConvEncoder', source=_conv(
        "return self.mu(h), self.logvar(h)", "return self.mu(h), self.mu(h)")),
]

ALTERNATIVES = [
    dict(name='sp_alt_chunk_features', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2, dim=1)
    return mu, logvar
'''),
    dict(name='sp_alt_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='sp_alt_tensor_split_index', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.size(-1) // 2
    mu, logvar = torch.tensor_split(h, [d], dim=-1)
    return mu, logvar
'''),
    dict(name='cp_alt_math_prod', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for parameter in model.parameters():
        if parameter.requires_grad:
            total += math.prod(parameter.shape)
    return int(total)
'''),
    dict(name='cp_alt_filter_nelement', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    trainable = filter(lambda p: p.requires_grad, model.parameters())
    return int(sum(p.nelement() for p in trainable))
'''),
    dict(name='de_alt_joint_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> one head of 2d, split."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        layers = []
        for w_in, w_out in zip(widths[:-1], widths[1:]):
            layers.append(nn.Linear(w_in, w_out))
            layers.append(nn.ReLU())
        layers.append(nn.Linear(widths[-1], 2 * latent_dim))
        self.net = nn.Sequential(nn.Flatten(), *layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x))
'''),
    dict(name='de_alt_modulelist_leaky', grade_id='DenseEncoder', source=r'''import torch.nn.functional as F


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features] + list(hidden)
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:]))
        self.fc_mu = nn.Linear(sizes[-1], latent_dim)
        self.fc_logvar = nn.Linear(sizes[-1], latent_dim)

    def forward(self, x):
        h = x.view(x.size(0), -1)
        for layer in self.hidden_layers:
            h = F.leaky_relu(layer(h), 0.01)
        return self.fc_mu(h), self.fc_logvar(h)
'''),
    dict(name='de_alt_shared_elu_module', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        activation = nn.ELU()  # one parameter-free module, used after every hidden layer
        modules = [nn.Flatten()]
        width = in_features
        for size in hidden:
            modules.extend([nn.Linear(width, size), activation])
            width = size
        self.features = nn.Sequential(*modules)
        self.heads = nn.ModuleDict({"mu": nn.Linear(width, latent_dim), "logvar": nn.Linear(width, latent_dim)})

    def forward(self, x):
        h = self.features(x)
        return self.heads["mu"](h), self.heads["logvar"](h)
'''),
    dict(name='cv_alt_joint_head_chunk', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> one head of 2d, split."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Flatten(),
            nn.Linear(c2 * 49, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        mu, logvar = self.net(x.view(-1, 1, 28, 28)).chunk(2, dim=1)
        return mu, logvar
'''),
    dict(name='cv_alt_size_by_dummy_forward', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.convs = nn.Sequential(
            nn.Conv2d(1, channels[0], kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(channels[0], channels[1], kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        with torch.no_grad():
            n_flat = self.convs(torch.zeros(1, 1, 28, 28)).numel()  # c2 * 7 * 7
        self.fc = nn.Sequential(nn.Linear(n_flat, hidden), nn.ReLU())
        self.mu_layer = nn.Linear(hidden, latent_dim)
        self.logvar_layer = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.fc(self.convs(x.reshape(len(x), 1, 28, 28)).flatten(start_dim=1))
        return self.mu_layer(h), self.logvar_layer(h)
'''),
    dict(name='cv_alt_functional_zero_pad', grade_id='ConvEncoder', source=r'''import torch.nn.functional as F


class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.pad = nn.ZeroPad2d(1)
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2)
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), 1, 28, 28)
        h = F.relu(self.conv1(self.pad(h)))
        h = F.relu(self.conv2(self.pad(h)))
        h = F.relu(self.fc(h.reshape(len(h), -1)))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
]
