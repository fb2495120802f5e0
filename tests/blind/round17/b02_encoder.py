"""Blind round 17: mistakes and alternatives for notebook 02_encoder."""

NOTEBOOK = '02_encoder'

MISTAKES = [
    # ---------------------------------------------------------------- split_mean_logvar
    dict(name='chunk_splits_the_batch', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = h.chunk(2)
    return mu, logvar
'''),
    dict(name='split_size_taken_for_count', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = torch.split(h, 2, dim=1)  # split into 2 parts along the features
    return mu, logvar
'''),
    dict(name='interleaved_columns', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='halves_swapped', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='half_of_batch_size', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[0] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='true_division_index', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] / 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='copies_detached', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    # copies, so that mu and logvar do not share memory with h
    return h[:, :d].clone().detach(), h[:, d:].clone().detach()
'''),
    dict(name='logvar_clamped_in_place', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    logvar.clamp_(-10, 10)  # keep exp(logvar) finite
    return mu, logvar
'''),
    dict(name='logvar_through_softplus', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], torch.nn.functional.softplus(h[:, d:])
'''),
    dict(name='returns_variance', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    # ---------------------------------------------------------------- count_parameters
    dict(name='counts_frozen_parameters', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='counts_tensors', grade_id='count_parameters', source='''
def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='returns_tensor', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(torch.tensor(p.shape).prod() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='numpy_prod_int64', grade_id='count_parameters', source='''
import numpy as np


def count_parameters(model):
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='filters_on_grad', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='first_dimension_only', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='weights_only', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and "weight" in name)
'''),
    dict(name='state_dict_counts_buffers', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='children_miss_own_parameters', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for layer in model.children() for p in layer.parameters() if p.requires_grad)
'''),
    dict(name='per_module_counts_shared_twice', grade_id='count_parameters', source='''
def count_parameters(model):
    total = 0
    for module in model.modules():
        total += sum(p.numel() for p in module.parameters(recurse=False) if p.requires_grad)
    return total
'''),
    dict(name='parameters_to_vector_fails_when_all_frozen', grade_id='count_parameters', source='''
def count_parameters(model):
    trainable = [p for p in model.parameters() if p.requires_grad]
    return torch.nn.utils.parameters_to_vector(trainable).numel()
'''),
    dict(name='reduce_fails_on_scalar_parameter', grade_id='count_parameters', source='''
from functools import reduce
from operator import mul


def count_parameters(model):
    return sum(reduce(mul, p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='counts_bytes', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
'''),
    # ---------------------------------------------------------------- DenseEncoder
    dict(name='dense_heads_read_hidden_last', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = (in_features,) + tuple(hidden)
        layers = []
        for i in range(len(sizes) - 1):
            layers.append(nn.Linear(sizes[i], sizes[i + 1]))
            if i < len(sizes) - 2:  # activations between the layers
                layers.append(nn.ReLU())
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(sizes[-1], latent_dim)
        self.logvar = nn.Linear(sizes[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_ignores_in_features', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], 28 * 28
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
    dict(name='dense_two_hidden_layers_hard_coded', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.fc1 = nn.Linear(in_features, hidden[0])
        self.fc2 = nn.Linear(hidden[0], hidden[1])
        self.mu = nn.Linear(hidden[1], latent_dim)
        self.logvar = nn.Linear(hidden[1], latent_dim)

    def forward(self, x):
        h = torch.relu(self.fc1(x.reshape(len(x), -1)))
        h = torch.relu(self.fc2(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_layers_in_plain_list', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
    dict(name='dense_loop_forgets_activation', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.mu = nn.Linear(widths[-1], latent_dim)
        self.logvar = nn.Linear(widths[-1], latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = layer(h)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_chunk_default_dim', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * latent_dim)

    def forward(self, x):
        mu, logvar = self.head(self.body(x.reshape(len(x), -1))).chunk(2)
        return mu, logvar
'''),
    dict(name='dense_one_head_used_twice', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        head = nn.Linear(width, latent_dim)
        self.mu = head
        self.logvar = head

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_on_heads', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
        return torch.relu(self.mu(h)), torch.relu(self.logvar(h))
'''),
    dict(name='dense_heads_without_bias', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
    dict(name='dense_dropout_added', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
    dict(name='dense_forward_casts_to_float32', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
        h = self.body(x.reshape(len(x), -1).float())  # images may come as integers
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_rescales_large_inputs', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
        if x.max() > 1:  # raw pixels 0..255: scale them
            x = x / 255
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_returns_variance', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
    dict(name='dense_flatten_by_last_axis', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
        h = self.body(x.reshape(-1, x.shape[-1]))  # rows of in_features values
        return self.mu(h), self.logvar(h)
'''),
    # ---------------------------------------------------------------- ConvEncoder
    dict(name='conv_linear_hard_codes_32_channels', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_kernel_3', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_stride_1_then_max_pool', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),  # 28 -> 14
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),  # 14 -> 7
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
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.LazyLinear(hidden), nn.ReLU(),  # infers c2 * 7 * 7 by itself
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_before_heads', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_flat_input_without_channel_axis', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
        if x.dim() == 2:  # flat vectors back to 28 x 28 images
            x = x.reshape(len(x), 28, 28)
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_without_bias', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_batchnorm_added', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_split_default_dim', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.latent_dim = latent_dim
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        out = self.head(self.body(x.reshape(len(x), 1, 28, 28)))
        mu, logvar = out.split(self.latent_dim)
        return mu, logvar
'''),
    dict(name='conv_logvar_clamped', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
        return self.mu(h), self.logvar(h).clamp(-10.0, 10.0)  # avoid overflow in exp
'''),
    dict(name='conv_logvar_reads_detached_features', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
        # the variance head should not disturb the shared features
        return self.mu(h), self.logvar(h.detach())
'''),
    dict(name='conv_channels_sorted_increasing', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c_big, c_small = max(channels), min(channels)
        self.body = nn.Sequential(
            nn.Conv2d(1, c_small, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c_small, c_big, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c_big * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_heads_skip_hidden_layer', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_no_padding', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),  # 28 -> 13
            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),  # 13 -> 5
            nn.Flatten(),
            nn.Linear(c2 * 5 * 5, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_divides_input_by_255', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
        h = self.body(x.reshape(len(x), 1, 28, 28) / 255)  # pixels to [0, 1]
        return self.mu(h), self.logvar(h)
'''),
]

ALTERNATIVES = [
    dict(name='split_with_chunk_on_features', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name='split_by_unflatten', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='count_with_math_prod_and_flag', grade_id='count_parameters', source='''
import math


def count_parameters(model):
    total = 0
    for parameter in model.parameters():
        total += math.prod(parameter.shape) * parameter.requires_grad
    return total
'''),
    dict(name='count_with_filter_map', grade_id='count_parameters', source='''
def count_parameters(model):
    trainable = filter(lambda p: p.requires_grad, model.parameters())
    return int(sum(map(torch.numel, trainable)))
'''),
    dict(name='dense_one_head_split_modulelist_leaky', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:]))
        self.head = nn.Linear(widths[-1], 2 * latent_dim)

    def forward(self, x):
        h = x.flatten(start_dim=1)
        for layer in self.hidden_layers:
            h = nn.functional.leaky_relu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    dict(name='dense_named_sequential_flatten', grade_id='DenseEncoder', source='''
from collections import OrderedDict


class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = OrderedDict(flatten=nn.Flatten())
        width = in_features
        for i, size in enumerate(hidden):
            layers[f"fc{i}"] = nn.Linear(width, size)
            layers[f"act{i}"] = nn.ReLU()
            width = size
        self.body = nn.Sequential(layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        features = self.body(x)
        return self.mu_head(features), self.logvar_head(features)
'''),
    dict(name='conv_channels_last_flatten_elu', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(7 * 7 * channels[1], hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.view(-1, 28, 28).unsqueeze(1)
        h = nn.functional.elu(self.conv1(x))
        h = nn.functional.elu(self.conv2(h))
        h = h.permute(0, 2, 3, 1).reshape(len(h), -1)  # channels last
        h = nn.functional.elu(self.fc(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_reflect_padding_one_head', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Unflatten(1, (1, 28, 28)),
            nn.Conv2d(1, c1, 4, stride=2, padding=1, padding_mode="reflect"), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, stride=2, padding=1, padding_mode="reflect"), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 49, hidden), nn.ReLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(x.shape[0], -1)))
'''),
]
