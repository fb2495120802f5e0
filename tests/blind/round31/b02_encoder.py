"""Blind round 31: mistakes and alternatives for notebook 02_encoder."""
NOTEBOOK = '02_encoder'
MISTAKES = [
    dict(name='split_chunks_the_batch', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.chunk(2, dim=0)
    return mu, logvar
'''),
    dict(name='split_interleaved', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    # even positions are means, odd positions log-variances
    return h[:, 0::2], h[:, 1::2]
'''),
    dict(name='split_reshape_two_blocks', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    B, two_d = h.shape
    mu, logvar = h.reshape(2, B, two_d // 2)
    return mu, logvar
'''),
    dict(name='split_logvar_first', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    logvar, mu = h[:, :d], h[:, d:]
    return mu, logvar
'''),
    dict(name='split_off_by_one', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu = h[:, :d]
    logvar = h[:, d + 1:]
    return mu, logvar
'''),
    dict(name='split_size_two_chunks', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = torch.split(h, 2, dim=1)
    return mu, logvar
'''),
    dict(name='split_clamps_logvar', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    return mu, torch.clamp(logvar, -30.0, 20.0)  # keep exp(logvar) finite
'''),
    dict(name='split_returns_variance', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    mu, logvar = h[:, :d], h[:, d:]
    return mu, logvar.exp()
'''),
    dict(name='split_detaches', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    return h[:, :d].detach(), h[:, d:].detach()
'''),
    dict(name='split_half_of_batch_size', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = len(h) // 2
    return h[:, :d], h[:, d:]
'''),
    dict(name='split_log_sigma_doubled', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.shape[1] // 2
    log_sigma = h[:, d:]
    return h[:, :d], 2 * log_sigma  # log sigma^2 = 2 log sigma
'''),
    dict(name='split_squeezes_input', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    h = h.squeeze()
    d = h.shape[-1] // 2
    return h[..., :d], h[..., d:]
'''),
    dict(name='count_includes_frozen', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for p in model.parameters())
'''),
    dict(name='count_tensors_not_elements', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return len([p for p in model.parameters() if p.requires_grad])
'''),
    dict(name='count_returns_tensor', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    sizes = torch.tensor([p.numel() for p in model.parameters() if p.requires_grad])
    return sizes.sum()
'''),
    dict(name='count_weights_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() for name, p in model.named_parameters() if "weight" in name and p.requires_grad)
'''),
    dict(name='count_rows_times_columns', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.shape[0] * (p.shape[1] if p.dim() > 1 else 1)  # out * in for a weight, out for a bias
    return total
'''),
    dict(name='count_state_dict', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(t.numel() for t in model.state_dict().values())
'''),
    dict(name='count_per_module_tied_twice', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for module in model.modules():
        for p in module.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='count_only_with_gradients', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    # a trainable parameter is one that receives a gradient
    return sum(p.numel() for p in model.parameters() if p.grad is not None)
'''),
    dict(name='count_direct_children_only', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for layer in model.children():
        for p in layer.parameters(recurse=False):
            if p.requires_grad:
                total += p.numel()
    return total
'''),
    dict(name='count_len_of_each', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(len(p) for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_unfreezes_first', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    model.requires_grad_(True)  # make sure every parameter is trainable
    return sum(p.numel() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_bytes', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    return sum(p.numel() * p.element_size() for p in model.parameters() if p.requires_grad)
'''),
    dict(name='count_return_inside_loop', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for p in model.parameters():
        if p.requires_grad:
            total += p.numel()
        return total
'''),
    dict(name='count_parameters_to_vector', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    trainable = [p for p in model.parameters() if p.requires_grad]
    return torch.nn.utils.parameters_to_vector(trainable).numel()
'''),
    dict(name='dense_relu_after_joint_head', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        sizes = [in_features, *hidden, 2 * latent_dim]
        layers = []
        for a, b in zip(sizes[:-1], sizes[1:]):
            layers += [nn.Linear(a, b), nn.ReLU()]
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        out = self.net(x.reshape(len(x), -1))
        return split_mean_logvar(out)
'''),
    dict(name='dense_ignores_in_features', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = 784
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
    dict(name='dense_heads_read_hidden_last', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='dense_one_head_for_both', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.head(h), self.head(h)
'''),
    dict(name='dense_logvar_from_mu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(latent_dim, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = self.mu(h)
        return mu, self.logvar(mu)
'''),
    dict(name='dense_squeeze_before_flatten', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.squeeze()  # drop the channel dimension of (B, 1, 28, 28)
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_dropout', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='dense_batchnorm_without_affine', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.BatchNorm1d(size, affine=False), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_heads_without_bias', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        # no activation on the heads, so no bias either
        self.mu = nn.Linear(width, latent_dim, bias=False)
        self.logvar = nn.Linear(width, latent_dim, bias=False)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_prelu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='dense_layers_in_python_list', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='dense_forgets_activation', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        self.layers = nn.ModuleList()
        width = in_features
        for size in hidden:
            self.layers.append(nn.Linear(width, size))
            width = size
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = x.reshape(len(x), -1)
        for layer in self.layers:
            h = layer(h)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_only_between_hidden', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for i, size in enumerate(hidden):
            if i > 0:
                layers.append(nn.ReLU())
            layers.append(nn.Linear(width, size))
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_relu_before_each_linear', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.ReLU(), nn.Linear(width, size)]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_returns_variance', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
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
    dict(name='dense_soft_clamped_logvar', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        logvar = self.logvar(h)
        return self.mu(h), 6.0 * torch.tanh(logvar / 6.0)  # smooth bound, avoids exp overflow
'''),
    dict(name='dense_heads_built_in_forward', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.latent_dim = latent_dim

    def forward(self, x):
        h = self.body(x.reshape(len(x), -1))
        mu = nn.Linear(h.shape[1], self.latent_dim)(h)
        logvar = nn.Linear(h.shape[1], self.latent_dim)(h)
        return mu, logvar
'''),
    dict(name='dense_split_in_pairs', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * latent_dim)

    def forward(self, x):
        out = self.head(self.body(x.reshape(len(x), -1)))
        mu, logvar = torch.split(out, 2, dim=1)
        return mu, logvar
'''),
    dict(name='dense_returns_joint_output', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 2 * latent_dim)

    def forward(self, x):
        # first d values are mu, the last d logvar
        return self.head(self.body(x.reshape(len(x), -1)))
'''),
    dict(name='dense_casts_input_to_float32', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), -1).float()  # uint8 or double images work too
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='dense_standardises_each_image', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = []
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.ReLU()]
            width = size
        self.body = nn.Sequential(*layers)
        self.mu = nn.Linear(width, latent_dim)
        self.logvar = nn.Linear(width, latent_dim)

    def forward(self, x):
        x = x.reshape(len(x), -1)
        x = (x - x.mean(dim=1, keepdim=True)) / (x.std(dim=1, keepdim=True) + 1e-6)  # normalise the input
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_kernel_size_3', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
    dict(name='conv_no_relu_after_convolutions', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='conv_no_relu_after_linear', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
    dict(name='conv_same_padding_then_maxpool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        # stride-1 convolutions keep the size, max-pooling halves it: 28 -> 14 -> 7
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
    dict(name='conv_channels_swapped', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
    dict(name='conv_ignores_channels', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='conv_hardcoded_flat_size', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
        )
        self.fc = nn.Linear(32 * 7 * 7, hidden)
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.conv(x.reshape(len(x), 1, 28, 28))
        h = torch.relu(self.fc(h.view(-1, 32 * 7 * 7)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_heads_skip_hidden_layer', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ReLU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ReLU(),
            nn.Flatten(),
        )
        self.mu = nn.Linear(c2 * 7 * 7, latent_dim)
        self.logvar = nn.Linear(c2 * 7 * 7, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_dropout2d', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.Dropout2d(0.1),
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
    dict(name='conv_softplus_logvar', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.logvar = nn.Sequential(nn.Linear(hidden, latent_dim), nn.Softplus())

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_typo_mu_head_twice', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.fc_mu = nn.Linear(hidden, latent_dim)
        self.fc_logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        mu = self.fc_mu(h)
        logvar = self.fc_mu(h)
        return mu, logvar
'''),
    dict(name='conv_only_adds_channel_axis', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        if x.dim() == 3:  # (B, 28, 28) -> (B, 1, 28, 28)
            x = x.unsqueeze(1)
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_divides_input_by_255', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        x = x.reshape(len(x), 1, 28, 28) / 255.0  # pixel values to [0, 1]
        h = self.body(x)
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_layers_in_python_list', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

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
    dict(name='conv_tanh_on_mu', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        return torch.tanh(self.mu(h)), self.logvar(h)  # codes stay in a bounded box
'''),
    dict(name='conv_no_padding_size_from_dummy', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.features = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2), nn.ReLU(),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2), nn.ReLU(),
            nn.Flatten(),
        )
        with torch.no_grad():
            n_flat = self.features(torch.zeros(1, 1, 28, 28)).shape[1]  # no need to compute it by hand
        self.fc = nn.Sequential(nn.Linear(n_flat, hidden), nn.ReLU())
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.fc(self.features(x.reshape(len(x), 1, 28, 28)))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_relu_on_both_heads', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
        self.head = nn.Sequential(nn.Linear(hidden, 2 * latent_dim), nn.ReLU())

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return split_mean_logvar(self.head(h))
'''),
    dict(name='conv_global_average_pool', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
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
            nn.AdaptiveAvgPool2d(1),  # one value per channel, whatever the image size
            nn.Flatten(),
            nn.Linear(c2, hidden), nn.ReLU(),
        )
        self.mu = nn.Linear(hidden, latent_dim)
        self.logvar = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        h = self.body(x.reshape(len(x), 1, 28, 28))
        return self.mu(h), self.logvar(h)
'''),
    dict(name='conv_batchnorm_no_affine', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.BatchNorm2d(c1, affine=False),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.ReLU(), nn.BatchNorm2d(c2, affine=False),
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
    dict(name='split_chunk_last_dim', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.chunk(2, dim=-1)
    return mu, logvar
'''),
    dict(name='split_unflatten_unbind', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    mu, logvar = h.unflatten(1, (2, -1)).unbind(dim=1)
    return mu, logvar
'''),
    dict(name='split_narrow', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    d = h.size(1) // 2
    return h.narrow(1, 0, d), h.narrow(1, d, d)
'''),
    dict(name='split_tensor_split', grade_id='split_mean_logvar', source=r'''def split_mean_logvar(h):
    """Split the output of a one-head encoder into mean and log-variance.

    h: (B, 2 * d), each row = [mean (d values), log-variance (d values)]
    Returns mu, logvar: (B, d) each
    """
    halves = torch.tensor_split(h, 2, dim=1)
    return halves[0], halves[1]
'''),
    dict(name='count_map_filter', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    trainable = filter(lambda p: p.requires_grad, model.parameters())
    return int(sum(map(torch.numel, trainable)))
'''),
    dict(name='count_math_prod_of_shapes', grade_id='count_parameters', source=r'''import math


def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for name, p in model.named_parameters():
        if p.requires_grad:
            total += math.prod(p.shape)
    return int(total)
'''),
    dict(name='count_explicit_loop', grade_id='count_parameters', source=r'''def count_parameters(model):
    """Number of trainable scalars of an nn.Module: elements of the parameters with requires_grad=True.

    Returns: a Python int
    """
    total = 0
    for parameter in model.parameters():
        if not parameter.requires_grad:
            continue  # frozen
        total += parameter.nelement()
    return total
'''),
    dict(name='dense_modulelist_functional_relu', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        widths = [in_features, *hidden]
        self.hidden_layers = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.fc_mu = nn.Linear(widths[-1], latent_dim)
        self.fc_logvar = nn.Linear(widths[-1], latent_dim)

    def forward(self, x):
        h = torch.flatten(x, start_dim=1)
        for layer in self.hidden_layers:
            h = torch.relu(layer(h))
        return self.fc_mu(h), self.fc_logvar(h)
'''),
    dict(name='dense_joint_head_split', grade_id='DenseEncoder', source=r'''class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        layers = [nn.Flatten()]
        width = in_features
        for size in hidden:
            layers += [nn.Linear(width, size), nn.LeakyReLU(0.1)]
            width = size
        layers.append(nn.Linear(width, 2 * latent_dim))
        self.net = nn.Sequential(*layers)

    def forward(self, x):
        return split_mean_logvar(self.net(x))
'''),
    dict(name='dense_ordered_dict_body', grade_id='DenseEncoder', source=r'''from collections import OrderedDict


class DenseEncoder(nn.Module):
    """q(z|x) with dense layers: in_features -> hidden[0] -> ... -> hidden[-1] -> two heads (mu, logvar).

    latent_dim: d, the size of the code; hidden: the widths of the hidden layers (each followed by a ReLU)
    in_features: the number of values of one flattened input (784 pixels; notebook 08 appends a label)
    forward(x): x (B, 1, 28, 28) or (B, in_features) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, hidden=(400, 200), in_features=784):
        super().__init__()
        named = OrderedDict()
        previous = in_features
        for i, width in enumerate(hidden):
            named[f"linear{i}"] = nn.Linear(previous, width)
            named[f"relu{i}"] = nn.ReLU(inplace=True)
            previous = width
        self.body = nn.Sequential(named)
        self.head_mu = nn.Linear(previous, latent_dim)
        self.head_logvar = nn.Linear(previous, latent_dim)

    def forward(self, x):
        features = self.body(x.view(x.size(0), -1))
        return self.head_mu(features), self.head_logvar(features)
'''),
    dict(name='conv_channels_last_flatten_joint_head', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.conv1 = nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1)
        self.conv2 = nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1)
        self.fc = nn.Linear(7 * 7 * c2, hidden)
        self.head = nn.Linear(hidden, 2 * latent_dim)

    def forward(self, x):
        h = torch.relu(self.conv1(x.reshape(len(x), 1, 28, 28)))
        h = torch.relu(self.conv2(h))
        h = h.permute(0, 2, 3, 1).reshape(len(h), -1)  # channels last
        h = torch.relu(self.fc(h))
        mu, logvar = self.head(h).chunk(2, dim=1)
        return mu, logvar
'''),
    dict(name='conv_elu_view_when_flat', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, 4, 2, 1), nn.ELU(),
            nn.Conv2d(c1, c2, 4, 2, 1), nn.ELU(),
            nn.Flatten(start_dim=1),
            nn.Linear(c2 * 49, hidden), nn.ELU(),
        )
        self.mu_head = nn.Linear(hidden, latent_dim)
        self.logvar_head = nn.Linear(hidden, latent_dim)

    def forward(self, x):
        images = x.view(x.shape[0], 1, 28, 28) if x.dim() == 2 else x
        h = self.body(images)
        return self.mu_head(h), self.logvar_head(h)
'''),
    dict(name='conv_split_helper_leaky', grade_id='ConvEncoder', source=r'''class ConvEncoder(nn.Module):
    """q(z|x) with convolutions: 1x28x28 -> c1x14x14 -> c2x7x7 -> hidden -> two heads (mu, logvar).

    latent_dim: d; channels: (c1, c2), the channels of the two convolutions; hidden: width of the linear layer
    forward(x): x (B, 1, 28, 28) or (B, 784) -> mu, logvar: (B, d) each (no activation on the heads)
    """

    def __init__(self, latent_dim=2, channels=(16, 32), hidden=128):
        super().__init__()
        c1, c2 = channels
        self.body = nn.Sequential(
            nn.Conv2d(1, c1, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(0.2),
            nn.Conv2d(c1, c2, kernel_size=4, stride=2, padding=1), nn.LeakyReLU(0.2),
            nn.Flatten(),
            nn.Linear(c2 * 7 * 7, hidden), nn.LeakyReLU(0.2),
            nn.Linear(hidden, 2 * latent_dim),
        )

    def forward(self, x):
        return split_mean_logvar(self.body(x.reshape(-1, 1, 28, 28)))
'''),
]
