"""Blind round 26: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'
MISTAKES = [
    dict(name='sp_chunk_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h.chunk(2, dim=0)
'''),
    dict(name='sp_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, ::2], h[:, 1::2]
'''),
    dict(name='sp_swapped', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]
'''),
    dict(name='sp_d_from_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[0] // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='sp_split_size_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='sp_view_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h.view(len(h), -1, 2).unbind(2)
'''),
    dict(name='sp_logvar_exp', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].exp()
'''),
    dict(name='sp_off_by_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, d + 1:]
'''),
    dict(name='sp_squeeze_latent', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d].squeeze(1), h[:, d:].squeeze(1)
'''),
    dict(name='sp_float_half', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] / 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='sp_rows_sliced', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:d], h[d:]
'''),
    dict(name='sp_detached', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d].detach(), h[:, d:].detach()
'''),
    dict(name='sp_softplus_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], torch.nn.functional.softplus(h[:, d:])
'''),
    dict(name='sp_reshape_wrong_axis', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = h.reshape(2, len(h), -1)
    return mu, logvar
'''),
    dict(name='sp_last_half_from_end', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, -d + 1:]
'''),
    dict(name='sp_shared_storage_cloneless_inplace', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    logvar.clamp_(-30, 20)
    return mu, logvar
'''),
    dict(name='cp_frozen_counted', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='cp_tensors_counted', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='cp_frozen_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if not p.requires_grad)
'''),
    dict(name='cp_tensor_result', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()
'''),
    dict(name='cp_numpy_int', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return np.sum([np.prod(p.shape) for p in model.parameters() if p.requires_grad])
'''),
    dict(name='cp_first_last_dims', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.shape[0] * p.shape[-1] for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_len_first_dim', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='cp_modules_double_count', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for m in model.modules() for p in m.parameters() if p.requires_grad)
'''),
    dict(name='cp_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for m in model.children() for p in m.parameters(recurse=False) if p.requires_grad)
'''),
    dict(name='cp_shared_counted_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for _, p in model.named_parameters(remove_duplicate=False) if p.requires_grad)
'''),
    dict(name='cp_only_with_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if p.requires_grad and p.grad is not None)
'''),
    dict(name='cp_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if p.requires_grad and p.dim() > 1)
'''),
    dict(name='cp_int16_sum', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return int(torch.tensor([p.numel() for p in model.parameters() if p.requires_grad], dtype=torch.int16).sum(dtype=torch.int16))
'''),
    dict(name='cp_linear_conv_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for m in model.modules():
        if isinstance(m, (nn.Linear, nn.Conv2d, nn.ConvTranspose2d)):
            for p in (m.weight, m.bias):
                if p is not None and p.requires_grad:
                    total += p.numel()
    return total
'''),
    dict(name='cp_float_result', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(float(p.numel()) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_cached_by_class', grade_id='count_parameters', source=r'''_counts = {}


def count_parameters(model):
    """Number of trainable scalars of an nn.Module (memoised per class)."""
    key = type(model).__name__
    if key not in _counts:
        _counts[key] = sum(p.numel() for p in model.parameters() if p.requires_grad)
    return _counts[key]
'''),
    dict(name='de_relu_on_heads', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return torch.relu(self.mu(h)), torch.relu(self.logvar(h))
'''),
    dict(name='de_same_head_twice', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_hardcoded_784', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = 784
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
    dict(name='de_hidden_ignored', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in (400, 200):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_width_not_updated', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_empty_hidden_crash', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers[:-1]) if layers else nn.Sequential()
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_default_latent_20', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=20, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_heads_without_bias', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim, bias=False)
        self.logvar = nn.Linear(width, latent_dim, bias=False)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_squeeze_input', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_dropout', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_tanh_logvar', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), torch.tanh(self.logvar(h))
'''),
    dict(name='de_unregistered_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.layers = layers
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = layer(h)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_reversed_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in reversed(hidden):
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_input_rescaled', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1) * 2 - 1)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_batch_max_normalised', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), -1)
        h = self.body(x / x.abs().max().clamp(min=1e-8))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_float_cast_input', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1).float())
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_logvar_body_detached', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h.detach())
'''),
    dict(name='de_logvar_alias_mu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = self.mu

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_concatenated_output', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return torch.cat([self.mu(h), self.logvar(h)], dim=1)
'''),
    dict(name='de_variance_output', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h).exp()
'''),
    dict(name='de_relu_only_first', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h)] + ([nn.ReLU()] if not layers else [])
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_default_in_features_794', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=794):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='de_extra_head_layer', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Sequential(nn.Linear(width, width), nn.ReLU(), nn.Linear(width, latent_dim))
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_kernel3', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_kernel5', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=5, stride=2, padding=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=5, stride=2, padding=2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_no_relu_conv2', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
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
    dict(name='ce_no_relu_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_hardcoded_channels', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = 16, 32
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
    dict(name='ce_hidden_ignored', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_channels_swapped', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_stride1_maxpool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=4, stride=1, padding='same'), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_padding0', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_dropout2d', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_conv_no_bias', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_relu_logvar', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_heads_skip_hidden', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_resize_inplace', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        h = self.body(x.resize_(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_batch_standardised', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        x = x.reshape(len(x), 1, 28, 28)
        h = self.body((x - x.mean()) / (x.std() + 1e-5))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_logvar_alias_mu', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        self.logvar = self.mu

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_default_channels', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(32, 64), hidden=128):
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
    dict(name='ce_default_hidden', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='ce_second_conv_padding2', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
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
    dict(name='ce_unregistered_heads', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.heads = [nn.Linear(hidden, latent_dim), nn.Linear(hidden, latent_dim)]

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.heads[0](h), self.heads[1](h)
'''),
    dict(name='ce_logvar_exp', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu(h), self.logvar(h).exp()
'''),
    dict(name='ce_input_inverted', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        h = self.body(1 - x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_mu_detached_body', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu(h.detach()), self.logvar(h)
'''),
]
ALTERNATIVES = [
    dict(name='sp_alt_chunk', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h.chunk(2, dim=1)
'''),
    dict(name='sp_alt_tensor_split', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = torch.tensor_split(h, 2, dim=-1)
    return mu, logvar
'''),
    dict(name='sp_alt_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h.reshape(len(h), 2, -1).unbind(1)
'''),
    dict(name='cp_alt_nelement_loop', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.nelement()
    return int(total)
'''),
    dict(name='cp_alt_math_prod', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    import math
    return sum(math.prod(p.shape) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='cp_alt_dedup_ids', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    seen = {}
    for _, p in model.named_parameters():
        if p.requires_grad:
            seen[id(p)] = p.numel()
    return sum(seen.values())
'''),
    dict(name='de_alt_joint_head', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * latent_dim)
        self.latent_dim = latent_dim

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        out = self.head(h)
        return out[:, :self.latent_dim], out[:, self.latent_dim:]
'''),
    dict(name='de_alt_leaky_flatten', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.LeakyReLU(0.1)]
            width = h
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(nn.Flatten()(x))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='de_alt_modulelist', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for h in hidden:
            layers += [nn.Linear(width, h), nn.ReLU()]
            width = h
        self.body = nn.ModuleList(layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.body:
            h = layer(h)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_alt_joint_head_split', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.head(h).chunk(2, dim=1)
'''),
    dict(name='ce_alt_elu_unflatten', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Unflatten(1, (1, 28, 28)),
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ELU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(-1, 784))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='ce_alt_separate_modules', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar)."""

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        self.conv1 = nn.Conv2d(1, channels[0], 4, 2, 1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 4, 2, 1)
        self.fc = nn.Linear(channels[1] * 49, hidden)
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        x = x.view(-1, 1, 28, 28)
        x = torch.relu(self.conv1(x))
        x = torch.relu(self.conv2(x))
        x = torch.relu(self.fc(x.flatten(1)))
        return self.fc_mu(x), self.fc_logvar(x)
'''),
]
