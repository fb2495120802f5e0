"""Blind round 16: mistakes and alternatives for notebook 08_conditional_vae."""

NOTEBOOK = '08_conditional_vae'

MISTAKES = [
    dict(name='oh_no_long_conversion', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels, n_classes).float()
"""),
    dict(name='oh_int64_result', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes)
"""),
    dict(name='oh_float64_result', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).double()
"""),
    dict(name='oh_accepts_bool', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point() or labels.is_complex():
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_accepts_whole_floats', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES and not torch.equal(labels, labels.round()):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_only_int64_int32', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_range_off_by_one', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high > n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_rejects_label_zero', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low <= 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_n_classes_ignored', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), 10).float()
"""),
    dict(name='oh_width_from_data', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long()).float()
"""),
    dict(name='oh_value_error_for_dtype', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_converts_lists', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    labels = torch.as_tensor(labels)
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_dtype_checked_before_type', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if labels.dtype not in INTEGER_DTYPES or not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_no_dimension_check', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_empty_labels_fail', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    low, high = int(labels.min()), int(labels.max())
    if low < 0 or high >= n_classes:
        raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_empty_labels_wrong_shape', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() == 0:
        return torch.zeros(0)
    if True:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_compares_in_label_dtype', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if (labels < 0).any() or (labels >= n_classes).any():
        raise ValueError(f"labels must lie in 0..{n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_eye_indexing', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return torch.eye(n_classes)[labels]
"""),
    dict(name='oh_clamps_instead_of_raising', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    labels = labels.clamp(0, n_classes - 1)  # keep every label a valid class
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_errors_without_message', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor) or labels.dtype not in INTEGER_DTYPES:
        raise TypeError
    if labels.dim() != 1:
        raise ValueError
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_asserts', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=10):
    assert isinstance(labels, torch.Tensor), "labels must be a torch.Tensor"
    assert labels.dtype in INTEGER_DTYPES, f"labels must have an integer dtype, not {labels.dtype}"
    assert labels.dim() == 1, f"labels must be 1-D, got shape {tuple(labels.shape)}"
    assert labels.numel() == 0 or (int(labels.min()) >= 0 and int(labels.max()) < n_classes), "labels out of range"
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='oh_default_n_classes_changed', grade_id='one_hot', source="""\
INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)


def one_hot(labels, n_classes=None):
    n_classes = n_classes or 10
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0:
        low, high = int(labels.min()), int(labels.max())
        if low < 0 or high >= n_classes:
            raise ValueError(f"labels must lie in 0..{n_classes - 1}, got values from {low} to {high}")
    return F.one_hot(labels.long(), n_classes).float()
"""),
    dict(name='cv_decoder_hidden_not_reversed', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_encoder_without_label', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(x.reshape(len(x), -1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_in_features_hardcoded_10', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + 10)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_one_hot_default_classes', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([c, z], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_label_first', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_always_samples', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_never_samples', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_mode_inverted', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if not self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_forward_returns_probs', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return torch.sigmoid(logits), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_manual_sample_variance_as_std', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu + torch.exp(logvar) * torch.randn_like(mu) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_sampling_detached', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu.detach(), logvar.detach()) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_logvar_clamped', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        logvar = logvar.clamp(-10.0, 10.0)
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_eye_buffer_no_validation', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
        self.register_buffer("eye", torch.eye(n_classes))

    def forward(self, x, labels):
        c = self.eye[labels.long()]
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, self.eye[labels.long()]], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_other_attribute_names', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.enc = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.dec = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.enc(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.dec(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.dec(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_ignores_generator', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_returns_logits', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return logits
"""),
    dict(name='cv_generate_switches_to_eval', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        self.eval()
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_one_code_for_all', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_transposed_noise', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(self.latent_dim, len(labels), generator=generator).T
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_noise_per_label', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.stack([torch.randn(self.latent_dim, generator=generator) for _ in range(len(labels))])
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_temperature', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = 0.7 * torch.randn(len(labels), self.latent_dim, generator=generator)  # a little sharper
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
"""),
    dict(name='cv_generate_bernoulli_samples', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.bernoulli(torch.sigmoid(logits), generator=generator)
"""),
    dict(name='ts_no_zero_grad', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_step_before_backward', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_beta_ignored', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_default_beta_changed', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=0.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_backward_unweighted_sum', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_returns_tensors', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
"""),
    dict(name='ts_losses_after_update', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_return_order', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
"""),
    dict(name='ts_batch_sum_backward', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_gradient_clipping', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_binarised_targets', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    x = torch.bernoulli(x)  # dynamic binarisation
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_leaves_eval_mode', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
"""),
    dict(name='ts_returns_weighted_kl', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), (beta * kl).item()
"""),
    dict(name='rs_classifier_in_train_mode', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_no_range_check', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_abs_range_check', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.abs().max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_rejects_exact_one', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() >= 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_no_length_check', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_type_error_for_length', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise TypeError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_returns_tensor', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()
"""),
    dict(name='rs_returns_percentage', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return 100 * (predicted == labels).float().mean().item()
"""),
    dict(name='rs_rounded_share', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    return round((predicted == labels).float().mean().item(), 2)
"""),
    dict(name='rs_argmax_wrong_dim', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_clamps_images', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_clamps_images_in_place', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images.clamp_(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_sigmoid_if_logits', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        images = torch.sigmoid(images)  # logits were passed: turn them into images
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
"""),
    dict(name='rs_mean_of_class_shares', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1]: were logits passed instead of images?")
    predicted = predict_digits(classifier, images)
    correct = (predicted == labels).float()
    shares = [correct[labels == c].mean() for c in labels.unique()]
    return torch.stack(shares).mean().item()
"""),
]

ALTERNATIVES = [
    dict(name='oh_scatter', grade_id='one_hot', source="""\
ALLOWED = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}


def one_hot(labels, n_classes=10):
    if not torch.is_tensor(labels):
        raise TypeError("one_hot expects a torch.Tensor of labels, got " + repr(type(labels)))
    if labels.dtype not in ALLOWED:
        raise TypeError("one_hot expects integer labels (int64, int32, int16, int8 or uint8), got " + str(labels.dtype))
    if labels.ndim != 1:
        raise ValueError("one_hot expects a 1-D tensor of labels, got " + str(labels.ndim) + " dimensions")
    wide = labels.to(torch.int64)
    bad = (wide < 0) | (wide >= n_classes)
    if bad.any():
        raise ValueError(f"labels out of range 0..{n_classes - 1}: {wide[bad].tolist()[:5]}")
    encoded = torch.zeros(len(wide), n_classes, dtype=torch.float32)
    encoded.scatter_(1, wide.unsqueeze(1), 1.0)
    return encoded
"""),
    dict(name='oh_eye_long_index', grade_id='one_hot', source="""\
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"expected a tensor, got {type(labels).__name__}")
    if labels.is_floating_point() or labels.is_complex() or labels.dtype == torch.bool or labels.dtype not in (
            torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels have dtype {labels.dtype}, not an integer dtype")
    if len(labels.shape) != 1:
        raise ValueError(f"labels have shape {tuple(labels.shape)}, expected (B,)")
    values = labels.tolist()
    if any(v < 0 or v >= n_classes for v in values):
        raise ValueError(f"every label must be in [0, {n_classes}), got {values}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]
"""),
    dict(name='cv_decoder_probs_and_helpers', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(hidden)[::-1])

    def _with_label(self, values, labels):
        return torch.cat([values, one_hot(labels, self.n_classes)], dim=1)

    def forward(self, x, labels):
        mu, logvar = self.encoder(self._with_label(x.flatten(start_dim=1), labels))
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(self._with_label(z, labels)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder.probs(self._with_label(z, labels))
"""),
    dict(name='cv_list_hidden_and_where', grade_id='ConditionalVAE', source="""\
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        widths = list(hidden)
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=tuple(widths), in_features=784 + n_classes)
        widths.reverse()
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(widths))

    def forward(self, x, labels):
        code = one_hot(labels, self.n_classes)
        flat = x.reshape(x.shape[0], 784)
        mu, logvar = self.encoder(torch.cat((flat, code), 1))
        z = mu
        if self.training:
            z = reparameterize(mu, logvar)
        logits = self.decoder(torch.cat((z, code), 1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        n = labels.shape[0]
        z = torch.randn(n, self.latent_dim, generator=generator)
        return self.decoder(torch.cat((z, one_hot(labels, self.n_classes)), 1)).sigmoid()
"""),
    dict(name='ts_model_zero_grad_float', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    model.zero_grad()
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
"""),
    dict(name='ts_manual_total', grade_id='train_step', source="""\
def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = reconstruction + beta * kl
    loss.backward()
    optimizer.step()
    return loss.item(), reconstruction.item(), kl.item()
"""),
    dict(name='rs_manual_eval', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if ((images < 0) | (images > 1)).any():
        raise ValueError("images must lie in [0, 1]; got values from %g to %g" % (images.min(), images.max()))
    classifier.eval()
    hits = 0
    with torch.no_grad():
        for start in range(0, len(images), 500):
            predicted = classifier(images[start:start + 500]).argmax(dim=1)
            hits += int((predicted == labels[start:start + 500]).sum())
    return hits / len(images)
"""),
    dict(name='rs_eq_sum', grade_id='recognised_share', source="""\
def recognised_share(classifier, images, labels):
    if len(labels) != len(images):
        raise ValueError(f"lengths differ: {len(images)} images, {len(labels)} labels")
    if len(images) and not (0 <= float(images.min()) and float(images.max()) <= 1):
        raise ValueError("images outside [0, 1]")
    predicted = predict_digits(classifier, images)
    return float(predicted.eq(labels).sum().item() / len(labels))
"""),
]
