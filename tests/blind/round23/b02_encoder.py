"""Blind round 23: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'

_DENSE_HEAD = r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar)."""
'''

_CONV_HEAD = r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""
'''

MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_halves_swapped', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_chunk_default_dim', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.chunk(h, 2)
    return mu, logvar
'''),
    dict(name='split_size_from_batch_axis', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[0] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_chunks_of_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='split_rows_instead_of_columns', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:d], h[d:]
'''),
    dict(name='split_logvar_detached', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].detach()
'''),
    dict(name='split_softplus_logvar', grade_id='split_mean_logvar', source=r'''import torch.nn.functional as F


def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], F.softplus(h[:, d:])  # keep the variance part positive
'''),
    dict(name='split_second_half_is_log_std', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    mu, log_sigma = h[:, :d], h[:, d:]
    return mu, 2 * log_sigma  # log sigma^2 = 2 log sigma
'''),
    dict(name='split_skips_one_column', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='split_numpy_round_trip', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    a = h.detach().numpy()
    d = a.shape[1] // 2
    return torch.from_numpy(a[:, :d].copy()), torch.from_numpy(a[:, d:].copy())
'''),
    dict(name='split_cast_to_float32', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.float().chunk(2, dim=1)
    return mu, logvar
'''),
    # ------------------------------------------------------------------ count_parameters
    dict(name='count_tensors_not_elements', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_includes_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_frozen_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if not p.requires_grad)
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = torch.tensor(0)
    for p in model.parameters():
        if p.requires_grad:
            total += torch.tensor(p.shape).prod()
    return total
'''),
    dict(name='count_first_two_dims_only', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    # a weight is (out, in), a bias (out,)
    return sum(math.prod(p.shape[:2]) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_every_module_recursively', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for module in model.modules():
        total += sum(p.numel() for p in module.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_shared_parameters_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for module in model.modules()
               for p in module.parameters(recurse=False) if p.requires_grad)
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_parameters_with_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_numpy_integer', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    import numpy as np
    return np.sum([np.prod(p.shape) for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_linear_layers_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for module in model.modules():
        if isinstance(module, nn.Linear):
            total += sum(p.numel() for p in module.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and name.endswith("weight"))
'''),
    dict(name='count_reduce_without_start', grade_id='count_parameters', source=r'''from functools import reduce


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return reduce(lambda a, b: a + b, [p.numel() for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_bytes', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_global_seen_set', grade_id='count_parameters', source=r'''_seen = set()


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for p in model.parameters():
        if p.requires_grad and id(p) not in _seen:  # a shared parameter counts once
            _seen.add(id(p))
            total += p.numel()
    return total
'''),
    dict(name='count_len_of_each_parameter', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_parameters_to_vector', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    trainable = [p for p in model.parameters() if p.requires_grad]
    return torch.nn.utils.parameters_to_vector(trainable).numel()
'''),
    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_default_hidden_reversed', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(200, 400), in_features=784):
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
'''),
    dict(name='dense_no_hidden_layers_fails', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
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
    dict(name='dense_ignores_in_features', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], 784
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_ignores_hidden', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.body = nn.Sequential(
            nn.Linear(in_features, 400), nn.ReLU(),
            nn.Linear(400, 200), nn.ReLU(),
        )
        self.mu = nn.Linear(200, latent_dim)
        self.logvar = nn.Linear(200, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_after_joint_head', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in [*hidden, 2 * latent_dim]:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), -1)))
'''),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers[:-1])  # no activation right before the heads
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_no_activation', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers.append(nn.Linear(width, size))
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_one_head_used_twice', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, latent_dim)
        self.head2 = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.head(h), self.head(h)
'''),
    dict(name='dense_logvar_head_reads_mu', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(latent_dim, latent_dim)

    def forward(self, x):
        mu = self.mu(self.body(x.reshape(len(x), -1)))
        return mu, self.logvar(mu)
'''),
    dict(name='dense_flatten_to_784', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        h = self.body(x.reshape(-1, 784))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_squeeze_batch_of_one', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        if x.dim() == 4:
            x = x.squeeze().flatten(1)
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_prelu_activation', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.PReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_heads_without_bias', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim, bias=False)
        self.logvar = nn.Linear(width, latent_dim, bias=False)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_layers_in_plain_list', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
    dict(name='dense_layers_built_in_forward', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.hidden, self.in_features = hidden, in_features
        width = hidden[-1] if hidden else in_features
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h, width = x.reshape(len(x), -1), self.in_features
        for size in self.hidden:
            h = torch.relu(nn.Linear(width, size)(h))
            width = size
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_returns_variance', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        return self.mu(h), torch.exp(self.logvar(h))  # a variance must be positive
'''),
    dict(name='dense_rescales_input_by_255', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        x = x.reshape(len(x), -1).float() / 255  # pixels 0..255 -> [0, 1]
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_mnist_normalisation', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        x = (x.reshape(len(x), -1) - 0.1307) / 0.3081
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_transposed_flatten_of_images', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        if x.dim() == 4:
            x = x.transpose(-1, -2)  # (B, 1, W, H): read the image column by column
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_standardise_with_batch_statistics', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        x = x.reshape(len(x), -1)
        x = (x - x.mean(dim=0)) / (x.std(dim=0) + 1e-5)
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_lazy_first_layer', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        for size in hidden:
            layers += [nn.LazyLinear(size), nn.ReLU()]  # input sizes inferred on the first call
        self.body = nn.Sequential(*layers)
        self.mu = nn.LazyLinear(latent_dim)
        self.logvar = nn.LazyLinear(latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_zero_initialised_weights', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        for module in self.body:
            if isinstance(module, nn.Linear):  # start from a clean slate
                nn.init.zeros_(module.weight)
                nn.init.zeros_(module.bias)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_mutable_default_hidden', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=[400, 200], in_features=784):
        super().__init__()
        widths = hidden
        widths += (2 * latent_dim,)  # the last layer holds both heads
        layers, width = [], in_features
        for i, size in enumerate(widths):
            layers.append(nn.Linear(width, size))
            if i < len(widths) - 1:
                layers.append(nn.ReLU())
            width = size
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), -1)))
'''),
    dict(name='dense_features_detached', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
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
        return self.mu(h), self.logvar(h.detach())
'''),
    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_kernel_three', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_flatten_size_hard_coded', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(32 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_hidden_hard_coded', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, 128), nn.ReLU(),
        )
        self.mu = nn.Linear(128, latent_dim)
        self.logvar = nn.Linear(128, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_channels_swapped', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_dense', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_second_conv', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_first_conv', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_same_padding_and_max_pool', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_layers_in_plain_list', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = [nn.Conv2d(1, c1, 4, 2, 1), nn.Conv2d(c1, c2, 4, 2, 1)]
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
    dict(name='conv_dense_layer_created_on_first_call', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.hidden = hidden
        self.fc = None  # its input size is known after the first batch
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(len(x), 1, 28, 28)).flatten(1)
        if self.fc is None:
            self.fc = nn.Linear(h.shape[1], self.hidden)
        h = torch.relu(self.fc(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_input_divided_by_batch_max', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        x = x / x.abs().max()  # inputs in [-1, 1], whatever their scale
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_tanh_on_mean', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return torch.tanh(self.mu(h)), self.logvar(h)  # codes stay in [-1, 1]
'''),
    dict(name='conv_logvar_head_before_relu', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.fc(self.convs(x.reshape(len(x), 1, 28, 28)))
        return self.mu(torch.relu(h)), self.logvar(h)
'''),
    dict(name='conv_joint_head_chunked_on_batch', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        mu, logvar = self.head(self.body(x.reshape(len(x), 1, 28, 28))).chunk(2)
        return mu, logvar
'''),
    dict(name='conv_convolutions_without_bias', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_sets_default_dtype_float64', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        torch.set_default_dtype(torch.float64)  # more precise weights
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28).to(self.mu.weight.dtype))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_clamps_input_in_place', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        x.clamp_(0, 1)  # pixel values
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_features_detached', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        features = self.convs(x.reshape(len(x), 1, 28, 28)).detach()
        h = self.fc(features)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_second_channels_ignored', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1 = channels[0]
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c1 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_default_channels_changed', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(32, 64), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_only_image_batches_reshaped', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        if x.dim() == 3:  # (B, 28, 28): add the channel
            x = x.unsqueeze(1)
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
]

ALTERNATIVES = [
    dict(name='alt_split_chunk_last_dim', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name='alt_split_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='alt_split_tensor_split_copies', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.tensor_split(h, 2, dim=1)
    return mu.contiguous(), logvar.contiguous()
'''),
    dict(name='alt_count_map_filter', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return int(sum(map(torch.numel, filter(lambda p: p.requires_grad, model.parameters()))))
'''),
    dict(name='alt_count_named_parameters_loop', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for _, parameter in model.named_parameters():
        if parameter.requires_grad:
            total += parameter.nelement()
    return total
'''),
    dict(name='alt_dense_modulelist_functional_relu', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.fc_mu = nn.Linear(widths[-1], latent_dim)
        self.fc_logvar = nn.Linear(widths[-1], latent_dim)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
    dict(name='alt_dense_joint_head_split', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [nn.Flatten()], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.LeakyReLU(0.01)]
            width = size
        layers.append(nn.Linear(width, 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x))
'''),
    dict(name='alt_dense_elu_named_layers', grade_id='DenseEncoder', source=_DENSE_HEAD + r'''
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.body = nn.Sequential()
        width = in_features
        for i, size in enumerate(hidden):
            self.body.add_module(f"linear{i}", nn.Linear(width, size))
            self.body.add_module(f"act{i}", nn.ELU())
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(x.shape[0], -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='alt_conv_joint_head_split', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), 1, 28, 28)))
'''),
    dict(name='alt_conv_size_from_dummy_pass', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.Flatten(),
        )
        with torch.no_grad():
            n_features = self.features(torch.zeros(1, 1, 28, 28)).shape[1]
        self.fc = nn.Linear(n_features, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = nn.functional.elu(self.fc(self.features(x.view(-1, 1, 28, 28))))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='alt_conv_functional_forward', grade_id='ConvEncoder', source=_CONV_HEAD + r'''
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], 4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, stride=2, padding=1)
        self.fc = nn.Linear(channels[1] * 49, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        h = torch.relu(self.fc(h.reshape(len(h), -1)))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
]
