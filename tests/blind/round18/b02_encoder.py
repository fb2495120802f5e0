"""Blind round 18: mistakes and alternatives for notebook 02_encoder."""

NOTEBOOK = '02_encoder'

MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_chunk_default_dim_splits_batch', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2)
    return mu, logvar
'''),
    dict(name='split_interleaved_columns', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_size_two_instead_of_two_chunks', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='split_half_of_batch_size', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[0] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_rows_instead_of_columns', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[-1] // 2
    return h[:d], h[d:]
'''),
    dict(name='split_returns_logvar_first', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='split_exponentiates_second_half', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name='split_clamps_logvar_in_place', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance (log-variance kept in a safe range)."""
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    with torch.no_grad():
        logvar.clamp_(-10.0, 10.0)
    return mu, logvar
'''),
    dict(name='split_clamps_logvar', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].clamp(min=-20.0, max=5.0)
'''),
    dict(name='split_through_numpy', grade_id='split_mean_logvar', source='''
import numpy as np


def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = np.split(h.detach().numpy(), 2, axis=1)
    return torch.from_numpy(mu), torch.from_numpy(logvar)
'''),
    dict(name='split_squeezes_outputs', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.chunk(2, dim=-1)
    return mu.squeeze(), logvar.squeeze()
'''),
    dict(name='split_off_by_one', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    # ------------------------------------------------------------------ count_parameters
    dict(name='count_includes_frozen', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_counts_tensors', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name='count_numpy_prod_of_shapes', grade_id='count_parameters', source='''
import numpy as np


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return np.sum([np.prod(p.shape) for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_state_dict_includes_buffers', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    frozen = {name for name, p in model.named_parameters() if not p.requires_grad}
    return sum(t.numel() for name, t in model.state_dict().items() if name not in frozen)
'''),
    dict(name='count_children_misses_own_parameters', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module, layer by layer."""
    total = 0
    for layer in model.children():
        total += sum(p.numel() for p in layer.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_first_dimension_only', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_uses_grad_presence', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_filters_on_is_leaf', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module (leaf tensors are the ones the optimiser updates)."""
    return sum(p.numel() for p in model.parameters() if p.is_leaf)
'''),
    dict(name='count_concatenates_fails_without_trainables', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return torch.cat([p.detach().flatten() for p in model.parameters() if p.requires_grad]).numel()
'''),
    dict(name='count_tied_weights_twice', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module, module by module."""
    total = 0
    for module in model.modules():
        for p in module.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='count_inverted_filter', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    return sum(p.numel() for p in model.parameters() if not p.requires_grad)
'''),
    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_first_layer_hardcoded_784', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_heads_sized_from_hidden_last', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_no_activation', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_relu_on_both_heads', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())
        self.logvar = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_one_layer_for_both_heads', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_one_head_chunk_along_batch', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers, one head of size 2d."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        layers.append(nn.Linear(width, 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        mu, logvar = self.net(x.reshape(len(x), -1)).chunk(2)
        return mu, logvar
'''),
    dict(name='dense_dropout_in_body', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.2)]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_batchnorm_in_body', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_prelu_activation', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_heads_without_bias', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_layers_in_plain_list', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = []
        width = in_features
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
    dict(name='dense_logvar_head_reads_mu', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
    dict(name='dense_reseeds_global_rng_in_init', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        torch.manual_seed(0)  # reproducible initial weights
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
    dict(name='dense_squeeze_before_flatten', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
        x = x.squeeze()  # drop the channel dimension
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_logvar_clamped', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
        return self.mu(h), self.logvar(h).clamp(-6.0, 6.0)  # avoid exp overflow later
'''),
    dict(name='dense_returns_variance', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

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
        return self.mu(h), torch.exp(self.logvar(h))
'''),
    dict(name='dense_hidden_widths_reversed', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in sorted(hidden):  # widths from small to large
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_flatten_size_hardcoded', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(32 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_kernel_three', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1), nn.ReLU(),  # 28 -> 14
            nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1), nn.ReLU(),  # 14 -> 7
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_padding_five_by_five', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 5 * 5, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_stride_one_then_max_pool', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions, downsampling by max-pooling."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_convolutions', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_dense_layer', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_hidden_width_ignored', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, 128), nn.ReLU(),
        )
        self.mu = nn.Linear(128, latent_dim)
        self.logvar = nn.Linear(128, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_channels_unpacked_backwards', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c2, c1 = channels
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
'''),
    dict(name='conv_convolutions_without_bias', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_lazy_linear', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions (LazyLinear works out the flattened size by itself)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.LazyLinear(hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_batchnorm_after_convolutions', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_layers_in_plain_dict', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = {
            "conv1": nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            "conv2": nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
        }
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.convs["conv1"](h))
        h = torch.relu(self.convs["conv2"](h))
        h = torch.relu(self.fc(h.flatten(1)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_one_head_split_in_pairs', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions, one head of size 2d."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        mu, logvar = self.net(x.reshape(len(x), 1, 28, 28)).split(2, dim=1)
        return mu, logvar
'''),
    dict(name='conv_input_cast_to_default_dtype', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

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
        x = x.reshape(len(x), 1, 28, 28).to(torch.get_default_dtype())  # uint8 images work too
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_softplus_on_logvar', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

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
        self.logvar = nn.Sequential(nn.Linear(hidden, latent_dim), nn.Softplus())

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_heads_read_conv_features_no_hidden_layer', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.mu = nn.Linear(c2 * 7 * 7, latent_dim)
        self.logvar = nn.Linear(c2 * 7 * 7, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
]

ALTERNATIVES = [
    dict(name='split_reshape_unbind', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    mu, logvar = h.reshape(h.shape[0], 2, -1).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='split_tensor_split_last_dim', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance."""
    d = h.size(-1) // 2
    mu, logvar = torch.tensor_split(h, [d], dim=-1)
    return mu, logvar
'''),
    dict(name='count_math_prod_of_shapes', grade_id='count_parameters', source='''
import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    total = 0
    for _, parameter in model.named_parameters():
        if parameter.requires_grad:
            total += math.prod(parameter.shape)
    return int(total)
'''),
    dict(name='count_filter_map', grade_id='count_parameters', source='''
def count_parameters(model):
    """Number of trainable scalars of an nn.Module."""
    trainable = filter(lambda p: p.requires_grad, model.parameters())
    return sum(map(torch.numel, trainable), 0)
'''),
    dict(name='dense_one_head_split_flatten_leaky', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    """q(z|x) with dense layers, one head of size 2d split in two."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = (in_features,) + tuple(hidden)
        layers = [nn.Flatten()]
        for a, b in zip(widths, widths[1:]):
            layers.append(nn.Linear(a, b))
            layers.append(nn.LeakyReLU(0.1))
        layers.append(nn.Linear(widths[-1], 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x))
'''),
    dict(name='dense_module_list_functional_relu', grade_id='DenseEncoder', source='''
import torch.nn.functional as F


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers."""

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head_mu = nn.Linear(sizes[-1], latent_dim)
        self.head_logvar = nn.Linear(sizes[-1], latent_dim)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.hidden_layers:
            h = F.relu(layer(h))
        return self.head_mu(h), self.head_logvar(h)
'''),
    dict(name='conv_flatten_size_probed_one_head', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions; the flattened size is measured on a blank image, one head split in two."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.latent_dim = latent_dim
        self.convs = nn.Sequential(
            nn.Conv2d(1, channels[0], 4, 2, 1), nn.ELU(),
            nn.Conv2d(channels[0], channels[1], 4, 2, 1), nn.ELU(),
        )
        with torch.no_grad():
            n_flat = self.convs(torch.zeros(1, 1, 28, 28)).numel()
        self.fc = nn.Sequential(nn.Linear(n_flat, hidden), nn.ELU())
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        h = self.fc(self.convs(x.reshape(-1, 1, 28, 28)).flatten(1))
        mu, logvar = self.head(h).split(self.latent_dim, dim=1)
        return mu, logvar
'''),
    dict(name='conv_channels_last_flatten_gelu', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    """q(z|x) with convolutions; the feature map is flattened channels-last."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)
        self.act = nn.GELU()

    def forward(self, x):
        h = self.act(self.conv1(x.reshape(len(x), 1, 28, 28)))
        h = self.act(self.conv2(h))
        h = self.act(self.fc(h.permute(0, 2, 3, 1).reshape(len(x), -1)))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
]
