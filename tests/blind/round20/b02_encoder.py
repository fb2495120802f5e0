"""Blind round 20: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'

# A correct DenseEncoder / ConvEncoder body shared by the cases below (each case edits one thing).
_DENSE_OK = r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        size = in_features
        for width in hidden:
            layers += [nn.Linear(size, width), nn.ReLU()]
            size = width
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(size, latent_dim)
        self.logvar = nn.Linear(size, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''

_CONV_OK = r'''class ConvEncoder(nn.Module):
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


def _edit(text, old, new, count=1):
    assert text.count(old) == count, (old, text.count(old))
    return text.replace(old, new)


def _dense(old, new, count=1):
    return _edit(_DENSE_OK, old, new, count)


def _conv(old, new, count=1):
    return _edit(_CONV_OK, old, new, count)


MISTAKES = [
    # ------------------------------------------------------------------ split_mean_logvar
    dict(name='split_batch_dim_chunk', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.chunk(2)
    return mu, logvar
'''),
    dict(name='split_swapped_halves', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_d_from_batch_size', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[0] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_off_by_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='split_returns_variance', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name='split_detached', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d].detach(), h[:, d:].detach()
'''),
    dict(name='split_squeeze_batch_of_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    h = h.squeeze()
    d = h.shape[-1] // 2
    return h[..., :d], h[..., d:]
'''),
    dict(name='split_casts_float32', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    h = h.float()
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_clamps_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].clamp(-10, 10)  # keep exp(logvar) finite
'''),
    dict(name='split_clamp_inplace_mutates_h', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    logvar.clamp_(min=-30)  # avoid a variance of exactly 0
    return mu, logvar
'''),
    dict(name='split_d_cached_from_first_call', grade_id='split_mean_logvar', source=r'''_latent_dim = None


def split_mean_logvar(h):
    global _latent_dim
    if _latent_dim is None:
        _latent_dim = h.shape[1] // 2
    d = _latent_dim
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_view_mixes_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.reshape(2, len(h), -1)
    return mu, logvar
'''),
    dict(name='split_transposed_not_back', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.shape[1] // 2
    columns = h.T  # (2d, B): split the rows
    return columns[:d], columns[d:]
'''),
    dict(name='split_numpy_roundtrip', grade_id='split_mean_logvar', source=r'''import numpy as np


def split_mean_logvar(h):
    mu, logvar = np.split(h.detach().numpy(), 2, axis=1)
    return torch.from_numpy(mu), torch.from_numpy(logvar)
'''),

    # ------------------------------------------------------------------ count_parameters
    dict(name='count_tensors', grade_id='count_parameters', source=r'''def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_includes_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(torch.tensor(p.shape).prod() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and "weight" in name)
'''),
    dict(name='count_len_first_dim', grade_id='count_parameters', source=r'''def count_parameters(model):
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
    dict(name='count_tied_counted_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for _, p in model.named_parameters(remove_duplicate=False) if p.requires_grad)
'''),
    dict(name='count_numpy_int', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    return sum(np.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_two_dims_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)  # (out, in) or (out,)
    return total
'''),
    dict(name='count_uses_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_reduce_fails_on_empty', grade_id='count_parameters', source=r'''from functools import reduce


def count_parameters(model):
    return reduce(lambda a, b: a + b, [p.numel() for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_set_of_sizes', grade_id='count_parameters', source=r'''def count_parameters(model):
    # a set, so that a parameter shared by two layers is not counted twice
    return sum({p.numel() for p in model.parameters() if p.requires_grad})
'''),
    dict(name='count_cached_by_id', grade_id='count_parameters', source=r'''_counts = {}


def count_parameters(model):
    key = id(model)
    if key not in _counts:
        _counts[key] = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return _counts[key]
'''),
    dict(name='count_bytes', grade_id='count_parameters', source=r'''def count_parameters(model):
    return sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_parameters_to_vector_empty', grade_id='count_parameters', source=r'''def count_parameters(model):
    trainable = [p for p in model.parameters() if p.requires_grad]
    return torch.nn.utils.parameters_to_vector(trainable).numel()
'''),

    # ------------------------------------------------------------------ DenseEncoder
    dict(name='dense_relu_on_heads', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)", "return torch.relu(self.mu(h)), torch.relu(self.logvar(h))")),
    dict(name='dense_exp_logvar', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h).exp()")),
    dict(name='dense_no_activation', grade_id='DenseEncoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width)]")),
    dict(name='dense_no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        size = in_features
        for width in hidden:
            if layers:
                layers.append(nn.ReLU())  # an activation between two linear layers
            layers.append(nn.Linear(size, width))
            size = width
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(size, latent_dim)
        self.logvar = nn.Linear(size, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_hidden_hardcoded', grade_id='DenseEncoder',
         source=_dense("for width in hidden:", "for width in (400, 200):")),
    dict(name='dense_in_features_ignored', grade_id='DenseEncoder',
         source=_dense("size = in_features", "size = 784")),
    dict(name='dense_heads_read_hidden_last', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
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
    dict(name='dense_heads_no_bias', grade_id='DenseEncoder',
         source=_dense("""        self.mu = nn.Linear(size, latent_dim)
        self.logvar = nn.Linear(size, latent_dim)""", """        self.mu = nn.Linear(size, latent_dim, bias=False)
        self.logvar = nn.Linear(size, latent_dim, bias=False)""")),
    dict(name='dense_fixed_unit_variance', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        size = in_features
        for width in hidden:
            layers += [nn.Linear(size, width), nn.ReLU()]
            size = width
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(size, latent_dim)

    def forward(self, x):
        mu = self.mu(self.body(x.reshape(len(x), -1)))
        return mu, torch.zeros_like(mu)  # log 1 = 0: unit variance
'''),
    dict(name='dense_reshape_784', grade_id='DenseEncoder',
         source=_dense("h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(-1, 784))")),
    dict(name='dense_squeeze_batch_of_one', grade_id='DenseEncoder',
         source=_dense("h = self.body(x.reshape(len(x), -1))", """x = x.squeeze()
        if x.dim() == 3:
            x = x.flatten(1)  # (B, 28, 28) => (B, 784)
        h = self.body(x)""")),
    dict(name='dense_dropout', grade_id='DenseEncoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width), nn.ReLU(), nn.Dropout(0.2)]")),
    dict(name='dense_layernorm_no_affine', grade_id='DenseEncoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]",
                       "layers += [nn.Linear(size, width), nn.LayerNorm(width, elementwise_affine=False), nn.ReLU()]")),
    dict(name='dense_batchnorm', grade_id='DenseEncoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width), nn.BatchNorm1d(width), nn.ReLU()]")),
    dict(name='dense_sigmoid_mu', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)", "return torch.sigmoid(self.mu(h)), self.logvar(h)")),
    dict(name='dense_tanh_bounded_logvar', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)", "return self.mu(h), 6 * torch.tanh(self.logvar(h))  # logvar in (-6, 6)")),
    dict(name='dense_log_softplus_logvar', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)",
                       "return self.mu(h), torch.log(nn.functional.softplus(self.logvar(h)))  # log of a positive variance")),
    dict(name='dense_prelu', grade_id='DenseEncoder',
         source=_dense("layers += [nn.Linear(size, width), nn.ReLU()]", "layers += [nn.Linear(size, width), nn.PReLU()]")),
    dict(name='dense_plain_list_not_registered', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = []
        size = in_features
        for width in hidden:
            self.layers.append(nn.Linear(size, width))
            size = width
        self.mu = nn.Linear(size, latent_dim)
        self.logvar = nn.Linear(size, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_class_level_layer_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    layers = []

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        size = in_features
        for width in hidden:
            self.layers.extend([nn.Linear(size, width), nn.ReLU()])
            size = width
        self.body = nn.Sequential(*self.layers)
        self.mu = nn.Linear(size, latent_dim)
        self.logvar = nn.Linear(size, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_default_latent_20', grade_id='DenseEncoder',
         source=_dense("def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):",
                       "def __init__(self, latent_dim=20, hidden=(400, 200), in_features=784):")),
    dict(name='dense_rescales_input', grade_id='DenseEncoder',
         source=_dense("h = self.body(x.reshape(len(x), -1))", "h = self.body(x.reshape(len(x), -1) / 255)")),
    dict(name='dense_binarises_input', grade_id='DenseEncoder',
         source=_dense("h = self.body(x.reshape(len(x), -1))", "h = self.body((x.reshape(len(x), -1) > 0.5).float())")),
    dict(name='dense_body_no_grad', grade_id='DenseEncoder',
         source=_dense("""        h = self.body(x.reshape(len(x), -1))""", """        with torch.no_grad():
            h = self.body(x.reshape(len(x), -1))""")),
    dict(name='dense_logvar_detached', grade_id='DenseEncoder',
         source=_dense("return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h.detach())")),
    dict(name='dense_one_head_size_d', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        size = in_features
        for width in hidden:
            layers += [nn.Linear(size, width), nn.ReLU()]
            size = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(size, latent_dim)

    def forward(self, x):
        h = self.head(self.body(x.reshape(len(x), -1)))
        return split_mean_logvar(h)
'''),
    dict(name='dense_centres_input_inplace', grade_id='DenseEncoder',
         source=_dense("""        h = self.body(x.reshape(len(x), -1))""", """        x = x.reshape(len(x), -1)
        x -= 0.5  # pixels centred on 0
        h = self.body(x)""")),

    # ------------------------------------------------------------------ ConvEncoder
    dict(name='conv_kernel_3', grade_id='ConvEncoder',
         source=_conv("kernel_size=4", "kernel_size=3", count=2)),
    dict(name='conv_padding_0_linear_5x5', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),   # 28 => 13
            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),  # 13 => 5
            nn.Flatten(),
            nn.Linear(c2 * 5 * 5, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_no_relu_after_convs', grade_id='ConvEncoder',
         source=_conv("""            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),""",
                      """            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1),""")),
    dict(name='conv_no_relu_after_linear', grade_id='ConvEncoder',
         source=_conv("nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),", "nn.Linear(c2 * 7 * 7, hidden),")),
    dict(name='conv_relu_on_logvar', grade_id='ConvEncoder',
         source=_conv("return self.mu(h), self.logvar(h)", "return self.mu(h), torch.relu(self.logvar(h))")),
    dict(name='conv_channels_hardcoded', grade_id='ConvEncoder',
         source=_conv("c1, c2 = channels", "c1, c2 = 16, 32")),
    dict(name='conv_hidden_hardcoded', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
    dict(name='conv_same_padding_maxpool', grade_id='ConvEncoder',
         source=_conv("""            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),""",
                      """            nn.Conv2d(1, c1, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),   # 28 => 14
            nn.Conv2d(c1, c2, kernel_size=4, padding="same"), nn.ReLU(), nn.MaxPool2d(2),  # 14 => 7""")),
    dict(name='conv_second_stride_1', grade_id='ConvEncoder',
         source=_conv("""            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),""",
                      """            nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 14 * 14, hidden), nn.ReLU(),""")),
    dict(name='conv_dropout2d', grade_id='ConvEncoder',
         source=_conv("nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),")),
    dict(name='conv_batchnorm', grade_id='ConvEncoder',
         source=_conv("nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),",
                      "nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2), nn.ReLU(),")),
    dict(name='conv_no_bias', grade_id='ConvEncoder',
         source=_conv("stride=2, padding=1)", "stride=2, padding=1, bias=False)", count=2)),
    dict(name='conv_transposed_images', grade_id='ConvEncoder',
         source=_conv("h = self.body(x.reshape(len(x), 1, 28, 28))",
                      "h = self.body(x.reshape(len(x), 28, 28, 1).permute(0, 3, 2, 1))  # channels first")),
    dict(name='conv_flat_input_not_reshaped', grade_id='ConvEncoder',
         source=_conv("""        h = self.body(x.reshape(len(x), 1, 28, 28))""", """        if x.dim() == 3:
            x = x.unsqueeze(1)  # add the channel
        h = self.body(x)""")),
    dict(name='conv_linear_in_hardcoded', grade_id='ConvEncoder',
         source=_conv("nn.Linear(c2 * 7 * 7, hidden)", "nn.Linear(32 * 7 * 7, hidden)")),
    dict(name='conv_clamped_logvar', grade_id='ConvEncoder',
         source=_conv("return self.mu(h), self.logvar(h)", "return self.mu(h), self.logvar(h).clamp(-8, 8)")),
    dict(name='conv_shared_module_level_convs', grade_id='ConvEncoder', source=r'''_convolutions = None


class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        global _convolutions
        c1, c2 = channels
        if _convolutions is None:  # build the feature extractor once
            _convolutions = nn.Sequential(
                nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
                nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            )
        self.convs = _convolutions
        self.fc = nn.Sequential(nn.Flatten(), nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.fc(self.convs(x.reshape(len(x), 1, 28, 28)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_convs_no_grad', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        with torch.no_grad():  # the features
            features = self.convs(x.reshape(len(x), 1, 28, 28)).flatten(1)
        h = torch.relu(self.fc(features))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_normalises_input', grade_id='ConvEncoder',
         source=_conv("h = self.body(x.reshape(len(x), 1, 28, 28))",
                      "h = self.body((x.reshape(len(x), 1, 28, 28) - 0.5) / 0.5)  # pixels in [-1, 1]")),
    dict(name='conv_default_channels', grade_id='ConvEncoder',
         source=_conv("def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):",
                      "def __init__(self, latent_dim=2, channels=(32, 64), hidden=128):")),
    dict(name='conv_heads_from_flattened_features', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.fc = nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        features = self.convs(x.reshape(len(x), 1, 28, 28))
        return self.mu(self.fc(features)), self.logvar(self.fc(features.detach()))
'''),
    dict(name='conv_avgpool_after_stride', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.AvgPool2d(kernel_size=3, stride=1, padding=1),  # smooth the feature maps (still 7x7)
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
]

ALTERNATIVES = [
    dict(name='alt_split_chunk_dim1', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = torch.chunk(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='alt_split_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    mu, logvar = h.unflatten(-1, (2, -1)).unbind(dim=-2)
    return mu, logvar
'''),
    dict(name='alt_split_narrow', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    d = h.size(1) // 2
    return h.narrow(1, 0, d), h.narrow(1, d, d)
'''),
    dict(name='alt_count_filter_map', grade_id='count_parameters', source=r'''def count_parameters(model):
    return int(sum(map(torch.numel, filter(lambda p: p.requires_grad, model.parameters()))))
'''),
    dict(name='alt_count_loop_math_prod', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    seen, total = set(), 0
    for _, p in model.named_parameters(remove_duplicate=False):
        if p.requires_grad and id(p) not in seen:
            seen.add(id(p))
            total += math.prod(p.shape)
    return total
'''),
    dict(name='alt_dense_one_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden]
        layers = [nn.Flatten()]
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.LeakyReLU(0.01)]
        layers.append(nn.Linear(sizes[-1], 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), -1)))
'''),
    dict(name='alt_dense_modulelist_elu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.hidden_layers = nn.ModuleList()
        size = in_features
        for width in hidden:
            self.hidden_layers.append(nn.Linear(size, width))
            size = width
        self.heads = nn.ModuleDict({"mu": nn.Linear(size, latent_dim), "logvar": nn.Linear(size, latent_dim)})

    def forward(self, x):
        h = nn.Flatten()(x) if x.dim() == 4 else x
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.heads["mu"](h), self.heads["logvar"](h)
'''),
    dict(name='alt_conv_one_head_split', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.net = nn.Sequential(
            nn.Unflatten(1, (1, 28, 28)),
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.net(x.reshape(len(x), -1)))
'''),
    dict(name='alt_conv_functional_leaky', grade_id='ConvEncoder', source=r'''import torch.nn.functional as F


class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(c2 * 7 * 7, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), 1, 28, 28)
        h = F.leaky_relu(self.conv1(x), 0.2)
        h = F.leaky_relu(self.conv2(h), 0.2)
        h = F.leaky_relu(self.fc(torch.flatten(h, 1)), 0.2)
        return self.fc_mu(h), self.fc_logvar(h)
'''),
    dict(name='alt_conv_silu_view', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, 4, stride=2, padding=1), nn.SiLU(),
            nn.Conv2d(c1, c2, 4, stride=2, padding=1), nn.SiLU(),
        )
        self.fc = nn.Sequential(nn.Linear(c2 * 49, hidden), nn.SiLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        B = x.shape[0]
        h = self.features(x.contiguous().view(B, 1, 28, 28))
        h = self.fc(h.view(B, -1))
        return self.mu(h), self.logvar(h)
'''),
]
