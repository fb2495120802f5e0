"""Blind round 15: mistakes and alternatives for notebook 02_encoder."""

NOTEBOOK = '02_encoder'

MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_along_batch', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    half = len(h) // 2
    return h[:half], h[half:]
'''),
    dict(name='split_chunk_default_dim', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = torch.chunk(h, 2)
    return mu, logvar
'''),
    dict(name='split_swapped_halves', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_view_pairs', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    pairs = h.view(len(h), -1, 2)
    return pairs[..., 0], pairs[..., 1]
'''),
    dict(name='split_hardcoded_d2', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    return h[:, :2], h[:, 2:]
'''),
    dict(name='split_exp_logvar', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], torch.exp(h[:, d:])
'''),
    dict(name='split_off_by_one', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='split_torch_split_size_two', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='split_through_data', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h.data[:, :d], h.data[:, d:]
'''),
    # ------------------------------------------------------------------ count_parameters
    dict(name='count_tensors_not_elements', grade_id='count_parameters', source='''
def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_ignores_requires_grad', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source='''
def count_parameters(model):
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name='count_first_dimension_only', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for name, p in model.named_parameters() if "weight" in name and p.requires_grad)
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_modules_double_counting', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for m in model.modules() for p in m.parameters() if p.requires_grad)
'''),
    dict(name='count_tied_weights_twice', grade_id='count_parameters', source='''
def count_parameters(model):
    total = 0
    for layer in model.modules():
        for p in layer.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='count_numpy_prod', grade_id='count_parameters', source='''
import numpy as np


def count_parameters(model):
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_only_with_grad', grade_id='count_parameters', source='''
def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_two_dims_only', grade_id='count_parameters', source='''
def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)
    return total
'''),
    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_hardcoded_784', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], 784
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_ignores_hidden', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
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
    dict(name='dense_heads_width_from_hidden_last', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
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
        widths = [in_features, *hidden]
        layers = []
        for i in range(len(hidden)):
            layers.append(nn.Linear(widths[i], widths[i + 1]))
            if i < len(hidden) - 1:
                layers.append(nn.ReLU())
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(widths[-1], latent_dim)
        self.logvar = nn.Linear(widths[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_on_heads', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())
        self.logvar = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_softplus_logvar', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), nn.functional.softplus(self.logvar(h))
'''),
    dict(name='dense_single_shared_head', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.head(h), self.head(h)
'''),
    dict(name='dense_mu_head_used_twice', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.mu(h)
'''),
    dict(name='dense_forward_view_784', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.view(-1, 28 * 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_squeeze_then_flatten', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.squeeze()
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_no_bias_hidden', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h, bias=False), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_dropout', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU(), nn.Dropout(0.2)]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_batchnorm', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.BatchNorm1d(h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_prelu', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.PReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_default_latent_20', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=20, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_reversed_hidden', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in sorted(hidden):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_before_each_linear', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.ReLU(), nn.Linear(width, h)]
            width = h
        layers.append(nn.ReLU())
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_layers_in_python_list', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = [], in_features
        for h in hidden:
            self.layers.append(nn.Linear(width, h))
            width = h
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_one_head_chunk_batch', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        layers.append(nn.Linear(width, 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        out = self.net(x.reshape(len(x), -1))
        mu, logvar = out.chunk(2)
        return mu, logvar
'''),
    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_no_padding', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_hardcoded_1568', grade_id='ConvEncoder', source='''
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
    dict(name='conv_ignores_channels', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(32 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_ignores_hidden', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_kernel_3', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_linear', grade_id='ConvEncoder', source='''
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
    dict(name='conv_no_relu_between_convs', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
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
    dict(name='conv_maxpool_instead_of_stride', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_heads_on_conv_features', grade_id='ConvEncoder', source='''
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
    dict(name='conv_same_head_object', grade_id='ConvEncoder', source='''
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
        self.mu = self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_relu_on_logvar', grade_id='ConvEncoder', source='''
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
        return self.mu(h), torch.relu(self.logvar(h))
'''),
    dict(name='conv_batchnorm', grade_id='ConvEncoder', source='''
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
    dict(name='conv_swapped_channels', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
    dict(name='conv_no_bias', grade_id='ConvEncoder', source='''
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
    dict(name='conv_default_hidden_256', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=256):
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
'''),
    dict(name='conv_dropout', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(), nn.Dropout(0.25),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_heads_in_plain_dict', grade_id='ConvEncoder', source='''
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
        self.heads = {"mu": nn.Linear(hidden, latent_dim), "logvar": nn.Linear(hidden, latent_dim)}

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.heads["mu"](h), self.heads["logvar"](h)
'''),
    dict(name='conv_padding_two', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 8 * 8, hidden), nn.ReLU(),
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
            nn.LazyLinear(hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_one_head_reshape_two_by_batch', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
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
        out = self.net(x.reshape(len(x), 1, 28, 28))
        mu, logvar = out.reshape(2, len(out), -1)
        return mu, logvar
'''),
]

ALTERNATIVES = [
    dict(name='split_chunk_features', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    mu, logvar = h.chunk(2, dim=1)
    return mu, logvar
'''),
    dict(name='split_unflatten_unbind', grade_id='split_mean_logvar', source='''
def split_mean_logvar(h):
    return tuple(h.unflatten(1, (2, h.shape[1] // 2)).unbind(dim=1))
'''),
    dict(name='count_loop_nelement', grade_id='count_parameters', source='''
def count_parameters(model):
    total = 0
    for parameter in model.parameters():
        if not parameter.requires_grad:
            continue
        total += parameter.nelement()
    return int(total)
'''),
    dict(name='count_math_prod', grade_id='count_parameters', source='''
import math


def count_parameters(model):
    return sum(math.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='dense_one_head_split', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = (in_features, *hidden)
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.head = nn.Linear(widths[-1], 2 * latent_dim)

    def forward(self, x):
        h = nn.Flatten()(x)
        for layer in self.hidden_layers:
            h = nn.functional.leaky_relu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    dict(name='dense_sequential_elu', grade_id='DenseEncoder', source='''
class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.flatten = nn.Flatten()
        self.body = nn.Sequential()
        previous = in_features
        for i, width in enumerate(hidden):
            self.body.add_module(f"linear{i}", nn.Linear(previous, width))
            self.body.add_module(f"act{i}", nn.ELU())
            previous = width
        self.fc_mu = nn.Linear(previous, latent_dim)
        self.fc_logvar = nn.Linear(previous, latent_dim)

    def forward(self, x):
        features = self.body(self.flatten(x))
        return self.fc_mu(features), self.fc_logvar(features)
'''),
    dict(name='conv_channels_last_flatten', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, 4, 2, 1)
        self.conv2 = nn.Conv2d(c1, c2, 4, 2, 1)
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.view(-1, 1, 28, 28)
        h = torch.relu(self.conv2(torch.relu(self.conv1(x))))
        h = h.permute(0, 2, 3, 1).reshape(len(h), -1)
        h = torch.relu(self.fc(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_one_head_split', grade_id='ConvEncoder', source='''
class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.SiLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.SiLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.SiLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(x.shape[0], 1, 28, 28)))
'''),
]
