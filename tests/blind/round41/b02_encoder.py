"""Blind round 41: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'
MISTAKES = [
    dict(name='split_along_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = len(h) // 2
    return h[:d], h[d:]'''),
    dict(name='halves_swapped', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, d:], h[:, :d]'''),
    dict(name='interleaved_units', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, 0::2], h[:, 1::2]'''),
    dict(name='logvar_through_softplus', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], torch.nn.functional.softplus(h[:, d:])'''),
    dict(name='d_hardcoded_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    return h[:, :2], h[:, 2:]'''),
    dict(name='squeezed_rows', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    h = h.squeeze()
    d = h.shape[-1] // 2
    return h[..., :d], h[..., d:]'''),
    dict(name='unflatten_pairs', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.unflatten(1, (-1, 2)).unbind(dim=2)
    return mu, logvar'''),
    dict(name='second_half_doubled_as_log_std', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], 2 * h[:, d:]'''),
    dict(name='logvar_tanh_bounded', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], 10 * torch.tanh(h[:, d:] / 10)'''),
    dict(name='mu_detached', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d].detach(), h[:, d:]'''),
    dict(name='rows_split_by_reshape_transpose', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    B, two_d = h.shape
    mu, logvar = h.reshape(2, B, two_d // 2)
    return mu, logvar'''),
    dict(name='halves_from_first_row_width', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h[0].numel() // 2 if len(h) else 0
    return h[:, :d], h[:, d:]'''),
    dict(name='logvar_clamped_below', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d], h[:, d:].clamp(min=-20)'''),
    dict(name='halves_cast_to_float32', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d].to(torch.float32), h[:, d:].to(torch.float32)'''),
    dict(name='counts_frozen_too', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters())'''),
    dict(name='counts_tensors', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(1 for p in model.parameters() if p.requires_grad)'''),
    dict(name='returns_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return torch.tensor([p.numel() for p in model.parameters() if p.requires_grad]).sum()'''),
    dict(name='counts_frozen_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if not p.requires_grad)'''),
    dict(name='skips_biases', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for name, p in model.named_parameters() if p.requires_grad and 'weight' in name)'''),
    dict(name='counts_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(v.numel() for v in model.state_dict().values())'''),
    dict(name='direct_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for child in model.children() for p in child.parameters(recurse=False) if p.requires_grad)'''),
    dict(name='modules_double_count', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for module in model.modules() for p in module.parameters() if p.requires_grad)'''),
    dict(name='matrix_count_for_kernels', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.shape[0] * (p.shape[1] if p.dim() > 1 else 1) for p in model.parameters() if p.requires_grad)'''),
    dict(name='parameters_to_vector_fails_all_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    trainable = [p for p in model.parameters() if p.requires_grad]
    return int(torch.nn.utils.parameters_to_vector(trainable).numel())'''),
    dict(name='leaf_instead_of_requires_grad', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters() if p.is_leaf)'''),
    dict(name='tied_weights_counted_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for _, p in model.named_parameters(remove_duplicate=False) if p.requires_grad)'''),
    dict(name='stops_at_first_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    import itertools
    return sum(p.numel() for p in itertools.takewhile(lambda p: p.requires_grad, model.parameters()))'''),
    dict(name='top_level_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters(recurse=False) if p.requires_grad)'''),
    dict(name='float_result', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return float(sum(p.numel() for p in model.parameters() if p.requires_grad))'''),
    dict(name='counts_grad_enabled_in_data', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.data.numel() for p in model.parameters() if p.data.requires_grad or p.grad is not None)'''),
    dict(name='largest_dimension_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(max(p.shape, default=1) for p in model.parameters() if p.requires_grad)'''),
    dict(name='numpy_int64_result', grade_id='count_parameters', source=r'''import numpy as np


def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return np.sum([p.numel() for p in model.parameters() if p.requires_grad], dtype=np.int64)'''),
    dict(name='relu_on_mu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return torch.relu(self.mu_head(h)), self.logvar_head(h)'''),
    dict(name='softplus_logvar', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), nn.functional.softplus(self.logvar_head(h))'''),
    dict(name='one_head_for_both', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return mu, mu'''),
    dict(name='hidden_reversed', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in reversed(hidden):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='no_relu_after_last_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers[:-1])
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='heads_read_first_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers[:2])
        width = hidden[0] if hidden else in_features
        self.rest = nn.Sequential(*layers[2:])
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        self.rest(h)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='first_layer_without_bias', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        first = True
        for size in hidden:
            layers += [nn.Linear(width, size, bias=not first), nn.ReLU()]
            first = False
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='flatten_to_784', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='in_features_ignored', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='empty_hidden_fails', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='latent_dim_ignored', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, 2)
        self.logvar_head = nn.Linear(width, 2)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='dropout_in_body', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU(), nn.Dropout(0.1)]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='batchnorm_without_affine', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_scaled_down', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), 0.1 * self.logvar_head(h)'''),
    dict(name='logvar_bounded_by_tanh', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), 10 * torch.tanh(self.logvar_head(h) / 10)'''),
    dict(name='mu_unit_normalised', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return nn.functional.normalize(self.mu_head(h), dim=1), self.logvar_head(h)'''),
    dict(name='rescales_inputs_above_one', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        if x.max() > 1:
            x = x / 255
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_head_chained_on_mu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(latent_dim, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu_head(h)
        return mu, self.logvar_head(mu)'''),
    dict(name='body_without_gradient', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        with torch.no_grad():
            h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='layers_in_plain_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers, width = [], in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = torch.relu(layer(h))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='squeeze_before_flatten', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        h = self.body(x.squeeze().reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_clamped_in_eval', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        logvar = self.logvar_head(h)
        if not self.training:
            logvar = logvar.clamp(-6, 6)
        return self.mu_head(h), logvar'''),
    dict(name='weight_norm_layers', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.utils.parametrizations.weight_norm(nn.Linear(width, size)), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='heads_without_bias', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='returns_variance', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), self.logvar_head(h).exp()'''),
    dict(name='returns_log_std', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h), 0.5 * self.logvar_head(h)'''),
    dict(name='heads_share_one_module', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = self.mu_head

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='hidden_sorted_descending', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in sorted(hidden, reverse=True):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='clamps_input_to_unit_range', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        h = self.body(x.reshape(len(x), -1).clamp(0, 1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='relu_only_between_hidden_layers', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for i, size in enumerate(hidden):
            if i > 0:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, size))
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_reads_pixels', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(in_features, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(x.reshape(len(x), -1))'''),
    dict(name='noise_on_inputs_in_training', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        if self.training:
            x = x + 0.05 * torch.randn_like(x)
        h = self.body(x)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='mu_scaled_by_width', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        return self.mu_head(h) / h.shape[1] ** 0.5, self.logvar_head(h)'''),
    dict(name='prelu_activation', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.PReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='hidden_widths_deduplicated_sets', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers, width = [], in_features
        for size in sorted(set(hidden), key=list(hidden).index):
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='kernel_size_3', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='maxpool_instead_of_stride', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c2, kernel_size=3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='channels_swapped', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='hidden_hardcoded_128', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(128, latent_dim)
        self.logvar_head = nn.Linear(128, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='no_relu_after_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='no_relu_after_first_conv', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='padding_2_with_8x8_map', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=2), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 8 * 8, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_head_without_bias', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim, bias=False)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='dropout_before_heads', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(), nn.Dropout(0.2),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='heads_read_conv_features', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(c2 * 7 * 7, latent_dim)
        self.logvar_head = nn.Linear(c2 * 7 * 7, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='divides_by_255', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28) / 255)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='batchnorm2d_without_affine', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.BatchNorm2d(c2, affine=False), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='convs_without_bias', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='convs_without_gradient', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(),
        )
        self.dense = nn.Sequential(nn.Linear(c2 * 7 * 7, hidden), nn.ReLU())
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        with torch.no_grad():
            features = self.convs(x.reshape(len(x), 1, 28, 28))
        h = self.dense(features)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='convs_in_plain_list', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = [nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)]
        self.dense = nn.Linear(c2 * 7 * 7, hidden)
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), 1, 28, 28)
        for conv in self.convs:
            h = torch.relu(conv(h))
        h = torch.relu(self.dense(h.flatten(1)))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='flatten_hardcoded_1568', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.convs = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(),
        )
        self.dense = nn.Sequential(nn.Linear(1568, hidden), nn.ReLU())
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.convs(x.reshape(len(x), 1, 28, 28)).reshape(-1, 1568)
        h = self.dense(h)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='mu_bounded_by_tanh', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return 5 * torch.tanh(self.mu_head(h)), self.logvar_head(h)'''),
    dict(name='logvar_clamped_minus30_20', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h).clamp(-30, 20)'''),
    dict(name='weight_norm_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
            nn.utils.parametrizations.weight_norm(nn.Linear(c2 * 7 * 7, hidden)), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='inputs_shifted_by_half', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28) - 0.5)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='second_conv_stride_1_then_avgpool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=3, stride=1, padding=1), nn.ReLU(), nn.AvgPool2d(2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='relu_on_logvar', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), torch.relu(self.logvar_head(h))'''),
    dict(name='groups_in_second_conv', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1, groups=2 if c1 % 2 == 0 and c2 % 2 == 0 else 1), nn.ReLU(),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='flat_inputs_transposed', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body((x.reshape(len(x), 1, 28, 28) if x.dim() == 4 else x.reshape(len(x), 1, 28, 28).transpose(2, 3)))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='logvar_offset_by_log_d', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h) - torch.log(torch.tensor(float(self.mu_head.out_features)))'''),
    dict(name='forward_forces_training_mode', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        self.train(True)
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
]
ALTERNATIVES = [
    dict(name='chunk_two', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar'''),
    dict(name='tensor_split_views', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = torch.tensor_split(h, 2, dim=1)
    return mu, logvar'''),
    dict(name='unflatten_halves', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar'''),
    dict(name='map_numel_filter', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return int(sum(map(torch.numel, filter(lambda p: p.requires_grad, model.parameters()))))'''),
    dict(name='math_prod_shapes', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    import math
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += math.prod(p.shape)
    return total'''),
    dict(name='joint_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.body = nn.Sequential(*[m for a, b in zip(widths, widths[1:]) for m in (nn.Linear(a, b), nn.LeakyReLU(0.01))])
        self.head = nn.Linear(widths[-1], 2 * latent_dim)

    def forward(self, x):
        return split_mean_logvar(self.head(self.body(torch.flatten(x, 1))))'''),
    dict(name='module_list_loop_elu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.flatten = nn.Flatten()
        self.hidden_layers = nn.ModuleList()
        width = in_features
        for size in hidden:
            self.hidden_layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.flatten(x)
        for layer in self.hidden_layers:
            h = nn.functional.elu(layer(h))
        return self.mu(h), self.logvar(h)'''),
    dict(name='gelu_inplace_flatten_module', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        modules = [nn.Flatten()]
        for size in hidden:
            modules += [nn.Linear(in_features if len(modules) == 1 else modules[-2].out_features, size), nn.GELU()]
        self.net = nn.Sequential(*modules)
        width = hidden[-1] if hidden else in_features
        self.mu_head = nn.Linear(width, latent_dim)
        self.logvar_head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.net(x)
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='joint_head_conv', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.LeakyReLU(0.2),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.LeakyReLU(0.2),
        )
        self.fc = nn.Linear(c2 * 49, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        h = self.features(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.flatten(1)))
        return split_mean_logvar(self.head(h))'''),
    dict(name='functional_relu_named_layers', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
        h = nn.functional.relu(self.conv1(x))
        h = nn.functional.relu(self.conv2(h))
        h = nn.functional.relu(self.fc(h.reshape(len(h), -1)))
        return self.fc_mu(h), self.fc_logvar(h)'''),
    dict(name='elu_sequential_positional_args', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, stride=2, padding=1), nn.ELU(),
            nn.Conv2d(c1, c2, 4, stride=2, padding=1), nn.ELU(),
            nn.Flatten(start_dim=1),
            nn.Linear(c2 * 7 * 7, hidden), nn.ELU(),
        )
        self.mu_head, self.logvar_head = nn.Linear(hidden, latent_dim), nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(-1, 1, 28, 28))
        return self.mu_head(h), self.logvar_head(h)'''),
    dict(name='channels_last_memory', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(inplace=True),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(inplace=True),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.ReLU(inplace=True),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        images = x.reshape(len(x), 1, 28, 28).contiguous(memory_format=torch.channels_last)
        h = self.body(images)
        return self.mu_head(h), self.logvar_head(h)'''),
]
