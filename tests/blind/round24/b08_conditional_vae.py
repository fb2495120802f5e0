"""Blind round 24: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'
MISTAKES = [
    dict(name='oh_int64_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes)
'''),
    dict(name='oh_accepts_integral_floats', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        if not torch.equal(labels, labels.round()):
            raise TypeError(f"labels must be whole numbers, got {labels.dtype}")
        labels = labels.long()
    elif labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_value_error_for_floats', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_type_error_for_range', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise TypeError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_accepts_n_classes', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels > n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_negative_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if (labels >= n_classes).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_dim_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_accepts_scalar', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() > 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_n_classes_inferred', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long()).float()
'''),
    dict(name='oh_ten_hardcoded', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), 10).float()
'''),
    dict(name='oh_accepts_lists', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    labels = torch.as_tensor(labels)
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_min_max_fail_on_empty', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.min() < 0 or labels.max() >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_long_conversion', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels, n_classes).float()
'''),
    dict(name='oh_no_message', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError()
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_eye_of_batch', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return torch.eye(len(labels))[labels.long()]
'''),
    dict(name='oh_int8_missing', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_uint8_missing', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_floating_check_only', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_columns_for_classes', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    out = torch.zeros(n_classes, len(labels))
    return out.scatter_(0, labels.long().unsqueeze(0), 1.0)
'''),
    dict(name='oh_default_changed', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=None):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if n_classes is None:
        n_classes = int(labels.max()) + 1
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_range_check_after_cast', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    labels = labels.to(torch.uint8)
    if (labels >= n_classes).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='cv_decoder_hidden_not_reversed', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_hidden_reversed', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, tuple(reversed(hidden)), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([c, z], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_samples_in_eval', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_mean_in_training', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_forward_ten_classes', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_in_features_hardcoded', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=794)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_global_rng', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_logits', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
'''),
    dict(name='cv_generate_truncated', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator).clamp(-2, 2)  # truncation: cleaner digits
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_ten_classes', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels)], dim=1)))
'''),
    dict(name='cv_generate_uniform_noise', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.rand(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_forward_returns_z', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), z, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_forward_probabilities', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1))), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_mu_logvar_swapped', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        logvar, mu = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_own_reparameterize_variance', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu + torch.exp(logvar) * torch.randn_like(mu) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_leaves_eval_mode', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        self.eval()
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_image_not_flattened', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.flatten(2).squeeze(1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_transposed_draw', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(self.latent_dim, len(labels), generator=generator).T
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_one_code', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_default_hidden', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_training_noise_uniform', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu + torch.exp(0.5 * logvar) * torch.rand_like(mu) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_labels_shifted', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot((labels + 1) % self.n_classes, self.n_classes)], dim=1)))
'''),
    dict(name='cv_shared_networks', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    _networks = {}

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        key = (latent_dim, tuple(hidden), n_classes)
        if key not in ConditionalVAE._networks:  # build each architecture once
            ConditionalVAE._networks[key] = (DenseEncoder(latent_dim, hidden, in_features=784 + n_classes),
                                             DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden))))
        self.encoder, self.decoder = ConditionalVAE._networks[key]

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_ignored', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    model.eval()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_unweighted_total', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = reconstruction + kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_reported_total_unweighted', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return (reconstruction + kl).item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_times_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the sum over the batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_second_forward_for_report', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    with torch.no_grad():  # the losses of the batch, before the update
        logits, mu, logvar = model(x, labels)
        report = [value.item() for value in negative_elbo(logits, x, mu, logvar, beta)]
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(report)
'''),
    dict(name='ts_beta_twice', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = total + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_logits_target_swapped', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(x, logits, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_order', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='ts_kl_detached', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = reconstruction + beta * kl.detach()
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='rs_dropout_on', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_returns_tensor', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()
'''),
    dict(name='rs_returns_count', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return float((predicted == labels).sum())
'''),
    dict(name='rs_no_range_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_only_upper_bound', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_rejects_one', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() >= 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_no_length_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_assert_length', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    assert len(images) == len(labels), "one label per image"
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_argmax_wrong_dim', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_confident_only', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    classifier.eval()
    with torch.no_grad():
        probabilities = classifier(images).softmax(dim=1)
    return (probabilities.gather(1, labels.long().reshape(-1, 1)) > 0.5).float().mean().item()
'''),
    dict(name='rs_integer_division', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).sum().item() // len(labels)
'''),
    dict(name='rs_keepdim_broadcast', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1, keepdim=True)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_clamps_instead', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_all_out_of_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if bool(((images < 0) | (images > 1)).all()):
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_error_rate', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return (predicted != labels).float().mean().item()
'''),
    dict(name='rs_balanced_accuracy', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    hits = predicted == labels
    return sum(hits[labels == c].float().mean().item() for c in labels.unique()) / len(labels.unique())
'''),
    dict(name='rs_rounded', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]: pass probabilities, not logits")
    predicted = predict_digits(classifier, images)
    return round((predicted == labels).float().mean().item(), 3)
'''),
]
ALTERNATIVES = [
    dict(name='oh_alt_eye_rows', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]
'''),
    dict(name='oh_alt_scatter', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min().item()} to {labels.max().item()}")
    out = torch.zeros(len(labels), n_classes, dtype=torch.float32)
    out.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return out
'''),
    dict(name='oh_alt_comparison', grade_id='one_hot', source=r'''INTEGER_DTYPES = {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64}


def one_hot(labels, n_classes=10):
    if not torch.is_tensor(labels) or labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"one_hot needs an integer tensor of labels, got {type(labels).__name__} "
                        f"{getattr(labels, 'dtype', '')}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be one-dimensional, got {labels.ndim} dimensions")
    wide = labels.long()
    if bool((wide < 0).any()) or bool((wide >= n_classes).any()):
        raise ValueError(f"every label must be in [0, {n_classes}), got {wide.tolist()[:10]}")
    return (wide.unsqueeze(1) == torch.arange(n_classes)).to(torch.float32)
'''),
    dict(name='cv_alt_own_sampling', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(logvar)
        else:
            z = mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_alt_helpers', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _decode(self, z, labels):
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))

    def forward(self, x, labels):
        flat = x.view(x.shape[0], -1)
        mu, logvar = self.encoder(torch.cat([flat, one_hot(labels, self.n_classes)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self._decode(z, labels), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self._decode(z, labels).sigmoid()
'''),
    dict(name='ts_alt_manual_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x.reshape(logits.shape), reduction="sum") / len(x)
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp()) / len(x)
    total = reconstruction + beta * kl
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
    dict(name='ts_alt_detach_first', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta)
    values = tuple(float(value.detach()) for value in losses)
    optimizer.zero_grad()
    losses[0].backward()
    optimizer.step()
    return values
'''),
    dict(name='rs_alt_own_forward', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError("recognised_share needs one label per image")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("recognised_share needs images in [0, 1], not logits")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.max(classifier(images), dim=1).indices
    return float(torch.sum(predicted == labels)) / len(labels)
'''),
    dict(name='rs_alt_aminmax', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    low, high = torch.aminmax(images)
    if low < 0 or high > 1:
        raise ValueError(f"images must lie in [0, 1], got values in [{low:.3g}, {high:.3g}]")
    if len(images) != len(labels):
        raise ValueError(f"got {len(images)} images and {len(labels)} labels")
    predicted = predict_digits(classifier, images, batch_size=500)
    return predicted.eq(labels).double().mean().item()
'''),
]
