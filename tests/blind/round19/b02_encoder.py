"""Blind round 19: mistakes and alternatives for notebook 02_encoder."""

NOTEBOOK = '02_encoder'

MISTAKES = [
    # ---- split_mean_logvar
    dict(name='split_chunks_of_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.split(2, dim=1)
    return mu, logvar
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_view_pairs', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    pairs = h.view(len(h), -1, 2)
    return pairs[..., 0], pairs[..., 1]
'''),
    dict(name='split_reshape_batch_first', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    mu, logvar = h.reshape(2, -1, d)
    return mu, logvar
'''),
    dict(name='split_d_from_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = len(h) // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_tensor_split_default_dim', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = torch.tensor_split(h, 2)
    return mu, logvar
'''),
    dict(name='split_transposed_chunks', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.T.chunk(2)
    return mu, logvar
'''),
    dict(name='split_logvar_overlaps', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d - 1:-1]
'''),
    dict(name='split_copies_via_numpy', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    a = h.detach().numpy()
    return torch.from_numpy(a[:, :d].copy()), torch.from_numpy(a[:, d:].copy())
'''),
    dict(name='split_last_dim_reversed_order', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    logvar, mu = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    # ---- count_parameters
    dict(name='count_numpy_prod', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_state_dict_trainable_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for name, t in model.state_dict(keep_vars=True).items():
        if getattr(t, "requires_grad", False):
            total += t.numel()
    return int(total)
'''),
    dict(name='count_linear_and_conv_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for m in model.modules():
        if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)):
            for p in (m.weight, m.bias):
                if p is not None and p.requires_grad:
                    total += p.numel()
    return total
'''),
    dict(name='count_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for child in model.children() for p in child.parameters() if p.requires_grad)
'''),
    dict(name='count_grad_not_none', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_first_two_dims', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)
    return total
'''),
    dict(name='count_is_leaf', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.is_leaf)
'''),
    dict(name='count_data_requires_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if not p.data.requires_grad)
'''),
    dict(name='count_bytes_over_four', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.nbytes // 4 for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_named_parameters_no_dedup', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for _, p in model.named_parameters(remove_duplicate=False) if p.requires_grad)
'''),
    dict(name='count_sum_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name='count_recurse_false', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)
    for m in model.children():
        total += sum(p.numel() for p in m.parameters(recurse=False) if p.requires_grad)
    return total
'''),
    # ---- DenseEncoder
    dict(name='dense_enc_empty_hidden_crashes', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = [nn.Linear(in_features, hidden[0]), nn.ReLU()]
        for a, b in zip(hidden, hidden[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(hidden[-1], latent_dim)
        self.logvar = nn.Linear(hidden[-1], latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_plain_list_layers', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = []
        width = in_features
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
    dict(name='dense_enc_no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for i, h in enumerate(hidden):
            if i > 0:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, h))
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_batchnorm_no_affine', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.BatchNorm1d(h, affine=False, track_running_stats=False), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_dropout', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
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
    dict(name='dense_enc_layernorm_no_affine', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.LayerNorm(h, elementwise_affine=False), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_lazy_first_layer', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for i, h in enumerate(hidden):
            layers += [nn.LazyLinear(h) if i == 0 else nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.LazyLinear(latent_dim) if not hidden else nn.Linear(width, latent_dim)
        self.logvar = nn.LazyLinear(latent_dim) if not hidden else nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_empty_hidden_reads_784', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        width = hidden[-1] if hidden else 784
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_relu_on_input', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [nn.ReLU()], in_features
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
    dict(name='dense_enc_rescales_input', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
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
        x = x.reshape(len(x), -1)
        x = (x - 0.5) / 0.5  # centre the pixels
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_layers_built_in_forward', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.hidden, self.in_features = hidden, in_features
        width = hidden[-1] if hidden else in_features
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)
        self.body = nn.Sequential(*[nn.Identity() for _ in hidden])

    def forward(self, x):
        h, width = x.reshape(len(x), -1), self.in_features
        for i, w in enumerate(self.hidden):
            if not isinstance(self.body[i], nn.Linear):
                self.body[i] = nn.Linear(width, w)
            h = torch.relu(self.body[i](h))
            width = w
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_enc_prelu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
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
    # ---- ConvEncoder
    dict(name='conv_enc_stride1_maxpool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, stride=1, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, 4, stride=1, padding="same"), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_no_relu_after_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_no_relu_after_second_conv', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_batchnorm2d_no_affine', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.BatchNorm2d(c1, affine=False, track_running_stats=False), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.BatchNorm2d(c2, affine=False, track_running_stats=False), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_dropout2d', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_lazy_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.LazyLinear(hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_kernel3', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 3, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 3, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_input_standardised', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        x = (x - x.mean()) / (x.std() + 1e-8)  # per-batch normalisation
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_avgpool_after_strided', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 1, "same"), nn.ReLU(), nn.AvgPool2d(2),
            nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_plain_list_convs', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
]

ALTERNATIVES = [
    dict(name='split_tensor_split_dim1', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.size(1) // 2
    mu, logvar = torch.split(h, [d, d], dim=1)
    return mu, logvar
'''),
    dict(name='split_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='split_narrow', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[-1] // 2
    return h.narrow(1, 0, d), h.narrow(1, d, d)
'''),
    dict(name='count_map_filter', grade_id='count_parameters', source=r'''def count_parameters(model):
    return int(sum(map(torch.numel, filter(lambda p: p.requires_grad, model.parameters()))))
'''),
    dict(name='count_loop_named', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for _name, parameter in model.named_parameters():
        if parameter.requires_grad:
            n = 1
            for size in parameter.shape:
                n *= size
            total += n
    return total
'''),
    dict(name='count_nelement', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum([p.nelement() for p in model.parameters() if p.requires_grad], 0)
'''),
    dict(name='dense_enc_one_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        self.body = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))
        self.head = nn.Linear(sizes[-1], 2 * latent_dim)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.body:
            h = nn.functional.elu(layer(h))
        return split_mean_logvar(self.head(h))
'''),
    dict(name='dense_enc_flatten_module_leaky', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.flatten = nn.Flatten()
        self.body = nn.Sequential()
        width = in_features
        for i, h in enumerate(hidden):
            self.body.add_module(f"fc{i}", nn.Linear(width, h))
            self.body.add_module(f"act{i}", nn.LeakyReLU(0.1))
            width = h
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(self.flatten(x))
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='dense_enc_functional_relu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = nn.ModuleList()
        for h in hidden:
            self.layers.append(nn.Linear(in_features, h))
            in_features = h
        self.mu = nn.Linear(in_features, latent_dim)
        self.logvar = nn.Linear(in_features, latent_dim)

    def forward(self, x):
        h = x.reshape(x.shape[0], -1)
        for layer in self.layers:
            h = torch.clamp(layer(h), min=0)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_one_head_chunk', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(c2 * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        x = x.view(-1, 1, 28, 28)
        h = nn.functional.relu(self.conv1(x))
        h = nn.functional.relu(self.conv2(h))
        h = nn.functional.relu(self.fc(h.flatten(1)))
        mu, logvar = self.head(h).chunk(2, dim=1)
        return mu, logvar
'''),
    dict(name='conv_enc_channels_last_flatten', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(nn.Conv2d(1, c1, 4, 2, 1), nn.GELU(), nn.Conv2d(c1, c2, 4, 2, 1), nn.GELU())
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        if x.dim() == 2:
            x = x.unflatten(1, (1, 28, 28))
        h = self.convs(x).permute(0, 2, 3, 1).reshape(x.shape[0], -1)
        h = torch.relu(self.fc(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_enc_functional_conv_list', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        ins = (1, channels[0])
        self.convs = nn.ModuleList(nn.Conv2d(a, b, 4, 2, 1) for a, b in zip(ins, channels))
        self.fc = nn.Linear(channels[-1] * 7 * 7, hidden)
        self.heads = nn.ModuleDict({"mu": nn.Linear(hidden, latent_dim), "logvar": nn.Linear(hidden, latent_dim)})

    def forward(self, x):
        h = x.reshape(len(x), 1, 28, 28)
        for conv in self.convs:
            h = torch.relu(conv(h))
        h = torch.relu(self.fc(h.reshape(len(h), -1)))
        return self.heads["mu"](h), self.heads["logvar"](h)
'''),
]
