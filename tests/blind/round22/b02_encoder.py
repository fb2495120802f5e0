"""Blind round 22: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'

MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_chunk_batch_axis', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.chunk(2)
    return mu, logvar
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]  # pairs (mean, log-variance)
'''),
    dict(name='split_swapped_halves', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='split_hardcoded_d2', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    return h[:, :2], h[:, 2:4]
'''),
    dict(name='split_half_of_batch_size', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = len(h) // 2
    return h[:, :d], h[:, d:2 * d]
'''),
    dict(name='split_torch_split_size_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = torch.split(h, 2, dim=1)  # two pieces
    return mu, logvar
'''),
    dict(name='split_off_by_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='split_returns_variance', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name='split_squeeze_batch_of_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    h = h.squeeze()
    d = h.shape[-1] // 2
    return h[..., :d], h[..., d:]
'''),
    dict(name='split_detached_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].detach()
'''),
    dict(name='split_clamped_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].clamp(-10.0, 10.0)  # keep exp(logvar) finite
'''),
    dict(name='split_softplus_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], nn.functional.softplus(h[:, d:])
'''),
    dict(name='split_float_division', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] / 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_view_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    pairs = h.reshape(len(h), -1, 2)  # (B, d, 2)
    return pairs[..., 0], pairs[..., 1]
'''),
    dict(name='split_in_place_nan_guard', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    logvar = h[:, d:]
    logvar.nan_to_num_(0.0)  # guard against NaN outputs
    return h[:, :d], logvar
'''),
    dict(name='split_float32_cast', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d].float(), h[:, d:].float()
'''),

    # ------------------------------------------------------------------ count_parameters
    dict(name='count_tensors', grade_id='count_parameters', source=r'''def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_includes_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_numpy_int', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    return np.sum([p.numel() for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_float_start', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum((p.numel() for p in model.parameters() if p.requires_grad), 0.0)
'''),
    dict(name='count_first_dim_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for layer in model.children():
        total += sum(p.numel() for p in layer.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_all_modules_recursive', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for module in model.modules():
        total += sum(p.numel() for p in module.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_grad_not_none', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_np_prod_shape', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and 'weight' in name)
'''),
    dict(name='count_linear_and_conv_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for module in model.modules():
        if isinstance(module, (nn.Linear, nn.Conv2d)):
            total += sum(p.numel() for p in module.parameters() if p.requires_grad)
    return total
'''),
    dict(name='count_two_dims_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)  # (out, in) or (out,)
    return total
'''),
    dict(name='count_global_accumulator', grade_id='count_parameters', source=r'''total = 0


def count_parameters(model):
    global total
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
    return total
'''),
    dict(name='count_seen_ids_module_level', grade_id='count_parameters', source=r'''_seen = set()


def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad and id(p) not in _seen:  # do not count a shared tensor twice
            _seen.add(id(p))
            total += p.numel()
    return total
'''),
    dict(name='count_is_leaf', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.is_leaf)
'''),
    dict(name='count_tied_weights_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for module in model.modules():
        for p in module.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),

    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_relu_on_heads', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())
        self.logvar_head = nn.Sequential(nn.Linear(width, latent_dim), nn.ReLU())

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_no_hidden_activation', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers.append(nn.Linear(width, size))
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for i, size in enumerate(hidden):
            layers.append(nn.Linear(width, size))
            if i < len(hidden) - 1:  # activations between the layers
                layers.append(nn.ReLU())
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_hidden_reversed', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in sorted(hidden):  # from narrow to wide
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_heads_read_hidden_last_index', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(hidden[-1], latent_dim)
        self.logvar_head = nn.Linear(hidden[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_loop_skips_last_layer', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        layers = []
        for i in range(len(sizes) - 2):
            layers += [nn.Linear(sizes[i], sizes[i + 1]), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(sizes[-2], latent_dim)
        self.logvar_head = nn.Linear(sizes[-2], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_no_bias_heads', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim, bias=False)
        self.logvar_head = nn.Linear(width, latent_dim, bias=False)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_copy_paste_head', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu_head(h)
        logvar = self.mu_head(h)
        return mu, logvar
'''),
    dict(name='dense_input_fixed_784', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], 784
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_flatten_minus_one_784', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(-1, 784))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_layers_in_python_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = [], in_features
        for size in hidden:
            self.layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = layer(h)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_returns_std', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), torch.exp(0.5 * self.logvar_head(h))
'''),
    dict(name='dense_returns_logvar_first', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.heads = nn.Linear(width, 2 * latent_dim)

    def forward(self, x):
        h = self.heads(self.body(x.reshape(len(x), -1)))
        d = h.shape[1] // 2
        return h[:, d:], h[:, :d]
'''),
    dict(name='dense_heads_built_in_forward', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.latent_dim = latent_dim
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = nn.Linear(h.shape[1], self.latent_dim)(h)
        logvar = nn.Linear(h.shape[1], self.latent_dim)(h)
        return mu, logvar
'''),
    dict(name='dense_lazy_linear', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        for size in hidden:
            layers += [nn.LazyLinear(size), nn.ReLU()]  # infers in_features on the first call
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.LazyLinear(latent_dim)
        self.logvar_head = nn.LazyLinear(latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_dropout', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]  # regularisation
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_resize_input_in_place', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.resize_(len(x), x[0].numel())
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_detached_body', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1)).detach()
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_tanh_bounded_logvar', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), 6 * torch.tanh(self.logvar_head(h) / 6)  # log-variance in (-6, 6)
'''),
    dict(name='dense_same_input_each_layer', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        for size in hidden:
            layers += [nn.Linear(in_features, size), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        width = hidden[-1] if hidden else in_features
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_batchnorm_no_affine', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size, affine=False), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_view_needs_contiguous', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.view(x.size(0), -1))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_centres_input', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), -1)
        h = self.body(x - x.mean(dim=0))  # centre the batch, as PCA does
        return self.mu_head(h), self.logvar_head(h)
'''),

    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_kernel3', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, stride=2, padding=1), nn.ReLU(),  # 28 => 14
            nn.Conv2d(c1, c2, kernel_size=3, stride=2, padding=1), nn.ReLU(),  # 14 => 7
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_no_relu_after_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_no_relu_after_second_conv', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_relu_on_logvar', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), torch.relu(self.logvar_head(h))
'''),
    dict(name='conv_forgot_reshape_assignment', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        if x.dim() == 2:
            x.reshape(len(x), 1, 28, 28)
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_hardcoded_channels', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(1, 16, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(16, 32, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(32 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_hardcoded_hidden', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, 128), nn.ReLU(),
        )
        self.mu_head = nn.Linear(128, latent_dim)
        self.logvar_head = nn.Linear(128, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_channels_reversed', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c2, c1 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_no_bias_convs', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1, bias=False), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_heads_skip_hidden', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.hidden = nn.Linear(c2 * 7 * 7, hidden)
        self.mu_head = nn.Linear(c2 * 7 * 7, latent_dim)
        self.logvar_head = nn.Linear(c2 * 7 * 7, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_rescales_input', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28) * 2 - 1  # pixels in [-1, 1] train better
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_squeeze_features', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.reshape(len(x), -1))).squeeze()
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_same_padding_maxpool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),  # 28 => 14
            nn.Conv2d(c1, c2, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),  # 14 => 7
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_split_on_batch_axis', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        out = self.body(x.reshape(len(x), 1, 28, 28))
        mu, logvar = out.reshape(2, len(x), -1)  # (2, B, d)
        return mu, logvar
'''),
    dict(name='conv_reshape_channels_last', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        if x.dim() == 2:  # (B, 784): rows of 28 pixels
            x = x.reshape(len(x), 28, 28, 1).permute(0, 3, 2, 1)
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_dropout2d', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_flatten_transposed_reshape', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(len(x), 1, 28, 28))  # (B, c2, 7, 7)
        h = self.fc(h.reshape(-1, len(x)).T)  # (B, c2 * 49)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_kernel2_patches', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=2, stride=2), nn.ReLU(),  # 28 => 14, non-overlapping 2x2 patches
            nn.Conv2d(c1, c2, kernel_size=2, stride=2), nn.ReLU(),  # 14 => 7
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_prelu', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.PReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.PReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.PReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_instance_norm', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.InstanceNorm2d(c1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.InstanceNorm2d(c2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)
'''),
]

ALTERNATIVES = [
    dict(name='split_tensor_split', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = torch.tensor_split(h, 2, dim=-1)
    return mu, logvar
'''),
    dict(name='split_reshape_two_by_d', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    both = h.reshape(h.shape[0], 2, h.shape[1] // 2)  # (B, 2, d): [mean row, log-variance row]
    return both[:, 0], both[:, 1]
'''),
    dict(name='split_narrow_clone', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.size(1) // 2
    return h.narrow(1, 0, d).clone(), h.narrow(1, d, d).clone()
'''),
    dict(name='count_nelement_int', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    total = 0
    for _, p in model.named_parameters():
        if p.requires_grad:
            total += math.prod(p.shape)
    return int(total)
'''),
    dict(name='count_dedup_by_id_local', grade_id='count_parameters', source=r'''def count_parameters(model):
    unique = {id(p): p for p in model.parameters() if p.requires_grad}
    return sum(p.nelement() for p in unique.values())
'''),
    dict(name='dense_one_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.net = nn.Sequential(nn.Flatten())
        for a, b in zip(widths[:-1], widths[1:]):
            self.net.append(nn.Linear(a, b))
            self.net.append(nn.LeakyReLU(0.1))
        self.net.append(nn.Linear(widths[-1], 2 * latent_dim))

    def forward(self, x):
        return split_mean_logvar(self.net(x))
'''),
    dict(name='dense_modulelist_elu_xavier', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = nn.ModuleList()
        width = in_features
        for size in list(hidden):
            self.layers.append(nn.Linear(width, size))
            width = size
        self.fc_mu = nn.Linear(width, latent_dim)
        self.fc_logvar = nn.Linear(width, latent_dim)
        for layer in [*self.layers, self.fc_mu, self.fc_logvar]:
            nn.init.xavier_uniform_(layer.weight)
            nn.init.zeros_(layer.bias)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.layers:
            h = nn.functional.elu(layer(h))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
    dict(name='conv_functional_view', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, (4, 4), (2, 2), (1, 1))
        self.conv2 = nn.Conv2d(c1, c2, (4, 4), (2, 2), (1, 1))
        self.fc = nn.Linear(c2 * 49, hidden)
        self.out = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.reshape(-1, 1, 28, 28)
        h = torch.relu(self.conv1(x))
        h = torch.relu(self.conv2(h))
        h = torch.relu(self.fc(h.flatten(1)))
        mu, logvar = self.out(h).chunk(2, dim=1)
        return mu, logvar
'''),
    dict(name='conv_channels_last_flatten_silu', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.SiLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.SiLU(),
        )
        self.fc = nn.Sequential(nn.Linear(7 * 7 * c2, hidden), nn.SiLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(x.shape[0], 1, 28, 28))
        h = self.fc(h.permute(0, 2, 3, 1).reshape(len(h), -1))  # (B, 7, 7, c2) order
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_cropped_padding_zero', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.pad = nn.ZeroPad2d(1)
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2)
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.heads = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = torch.relu(self.conv1(self.pad(x)))  # explicit zero padding of 1 pixel
        h = torch.relu(self.conv2(self.pad(h)))
        h = torch.relu(self.fc(h.flatten(1)))
        return split_mean_logvar(self.heads(h))
'''),
]
