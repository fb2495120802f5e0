"""Blind round 25: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'

MISTAKES = [
    dict(name='oh_no_dtype_check', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_only_rejects_floating_point', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_int64_only', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype != torch.int64:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_valueerror_for_bad_dtype', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_typeerror_for_out_of_range', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise TypeError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_upper_bound_off_by_one', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels > n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_any_compared_to_zero', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.any() < 0 or (labels >= n_classes).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_dimension_check', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_only_rejects_more_than_1d', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() > 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_returns_int64', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes)
'''),
    dict(name='oh_width_from_data', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long()).float()
'''),
    dict(name='oh_range_hardcoded_ten', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= 10)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_eye_indexing', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return torch.eye(n_classes)[labels]
'''),
    dict(name='oh_missing_long_cast', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels, n_classes).float()
'''),
    dict(name='oh_dimension_checked_before_type', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8,
                                                                   torch.uint8):
        raise TypeError(f"labels must be an integer torch.Tensor, not {type(labels).__name__}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_converts_arrays_and_lists', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        labels = torch.as_tensor(labels)  # accept lists and NumPy arrays of labels too
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_messages_empty', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError
    if labels.dim() != 1:
        raise ValueError
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_asserts', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    assert isinstance(labels, torch.Tensor), "labels must be a torch.Tensor"
    assert labels.dtype in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8), "integer labels only"
    assert labels.dim() == 1, "labels must be 1-D"
    assert ((labels >= 0) & (labels < n_classes)).all(), f"labels must lie in 0 .. {n_classes - 1}"
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_manual_scatter_transposed', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    encoded = torch.zeros(n_classes, len(labels))
    encoded[labels.long(), torch.arange(len(labels))] = 1.0
    return encoded.reshape(len(labels), n_classes)
'''),
    dict(name='oh_accepts_integer_valued_floats', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        if not torch.equal(labels, labels.round()):
            raise TypeError(f"labels must be whole numbers, got {labels.tolist()}")
        labels = labels.long()
    elif labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='cvae_decoder_hidden_not_reversed', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_encoder_hidden_reversed_too', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, tuple(reversed(hidden)), in_features=784 + n_classes)
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
    dict(name='cvae_decoder_default_hidden', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes)

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
    dict(name='cvae_encoder_label_first', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_decoder_label_first', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1)))
'''),
    dict(name='cvae_decoder_gets_no_label', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))
'''),
    dict(name='cvae_samples_in_eval_mode', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_never_samples', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_samples_when_grad_enabled', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_std_is_exp_logvar', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_noise_shared_by_batch', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu + torch.exp(0.5 * logvar) * torch.randn(1, self.latent_dim) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_uniform_noise', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_torch_normal_no_gradient', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = torch.normal(mu, torch.exp(0.5 * logvar)) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_code_detached_before_decoder', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z.detach(), c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_returns_z_not_mu', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_forward_one_hot_default_classes', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_generate_one_hot_default_classes', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_torch_one_hot_unchecked', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = F.one_hot(labels, self.n_classes).float()
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_generate_global_rng', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_generate_noise_transposed', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_generate_temperature', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
        z = 0.8 * torch.randn(len(labels), self.latent_dim, generator=generator)  # a little cooler: cleaner digits
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cvae_generate_returns_logits', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_generate_bernoulli_pixels', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
        probs = torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
        return torch.bernoulli(probs, generator=generator)
'''),
    dict(name='cvae_generate_switches_to_eval', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
    dict(name='cvae_generate_without_no_grad', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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

    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_at_the_end', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()  # ready for the next step
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_ignored', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backprop_reconstruction_only', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_after_update', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
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
    dict(name='ts_return_order', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item(), kl.item(), total.item()
'''),
    dict(name='ts_leaves_eval_mode', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_per_pixel_mean_bce', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1).mean()
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_sums_over_batch', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum")
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_steps_twice', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_clips_gradient_norm', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=5.0)  # keeps the first steps stable
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_weighted_kl', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), beta * kl.item()
'''),
    dict(name='ts_returns_unweighted_total', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_divided_by_batch_size', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_on_reconstruction', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    total = beta * reconstruction + kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='rs_returns_tensor', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()
'''),
    dict(name='rs_returns_error_rate', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted != labels).float().mean().item()
'''),
    dict(name='rs_dropout_left_on', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_no_range_check', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_only_upper_bound', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_rejects_exact_one', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() >= 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_abs_bound_only', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.abs().max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_tolerant_range', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < -0.01 or images.max() > 1.01:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_chained_all_bug', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if not (0 <= images.all() <= 1):
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_checks_first_image_only', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images[0].min() < 0 or images[0].max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_clamps_instead_of_raising', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_sigmoid_when_out_of_range', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:  # logits: turn them into images
        images = torch.sigmoid(images)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_no_length_check', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_integer_division', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return float(int((predicted == labels).sum()) // len(labels))
'''),
    dict(name='rs_softmax_above_half', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    recognised = probs[torch.arange(len(labels)), labels] > 0.5  # the classifier is sure it is the label
    return recognised.float().mean().item()
'''),
    dict(name='rs_switches_classifier_back_to_train', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    classifier.train()  # put the network back as it was for training
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_rounded_share', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1]: were logits passed instead of sigmoid(logits)?")
    predicted = predict_digits(classifier, images)
    return round((predicted == labels).float().mean().item(), 2)
'''),
]

ALTERNATIVES = [
    dict(name='oh_manual_scatter', grade_id='one_hot', source=r'''
INTEGER_DTYPES = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}


def one_hot(labels, n_classes=10):
    if not torch.is_tensor(labels) or labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must be an integer tensor (one of {sorted(map(str, INTEGER_DTYPES))}), got "
                        f"{labels.dtype if torch.is_tensor(labels) else type(labels).__name__}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    if labels.numel() and (int(labels.min()) < 0 or int(labels.max()) > n_classes - 1):
        raise ValueError(f"every label must be in [0, {n_classes}), got min {int(labels.min())}, max {int(labels.max())}")
    encoded = torch.zeros(len(labels), n_classes, dtype=torch.float32)
    encoded.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return encoded
'''),
    dict(name='oh_reraise_from_torch', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, got a {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    try:
        encoded = F.one_hot(labels.to(torch.int64), num_classes=n_classes)
    except RuntimeError as error:  # torch says whether a label is negative or too large
        raise ValueError(f"bad label for {n_classes} classes: {error}") from error
    return encoded.to(torch.float32)
'''),
    dict(name='oh_eye_rows_after_validation', grade_id='one_hot', source=r'''
def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {labels.tolist()}")
    return torch.eye(n_classes)[labels.long()]
'''),
    dict(name='cvae_own_sampling_and_probs', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _condition(self, inputs, labels):
        return torch.cat((inputs, one_hot(labels, n_classes=self.n_classes)), dim=-1)

    def forward(self, x, labels):
        mu, logvar = self.encoder(self._condition(x.flatten(start_dim=1), labels))
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(self._condition(z, labels)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder.probs(self._condition(z, labels))
'''),
    dict(name='cvae_view_and_hstack', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        reversed_hidden = list(hidden)
        reversed_hidden.reverse()
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=hidden, in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=reversed_hidden)

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.hstack([x.view(x.shape[0], 784), c]))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.hstack([z, c]))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        n = len(labels)
        z = torch.randn(n, self.latent_dim, generator=generator)
        logits = self.decoder(torch.hstack([z, one_hot(labels, self.n_classes)]))
        return logits.sigmoid()
'''),
    dict(name='cvae_rsample_and_sequential_heads', grade_id='ConditionalVAE', source=r'''
class ConditionalVAE(nn.Module):
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
            z = torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).rsample()
        else:
            z = mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='ts_model_zero_grad_set_to_none', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    model.train()
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    numbers = tuple(float(loss.detach()) for loss in losses)
    model.zero_grad(set_to_none=True)
    losses[0].backward()
    optimizer.step()
    return numbers
'''),
    dict(name='ts_manual_loss', grade_id='train_step', source=r'''
def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").sum(dim=(1, 2, 3)).mean()
    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(dim=1).mean()
    total = reconstruction + beta * kl
    optimizer.zero_grad(set_to_none=False)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='rs_manual_eval_no_grad', grade_id='recognised_share', source=r'''
def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError(f"images and labels differ in length: {images.shape[0]} and {labels.shape[0]}")
    outside = (images < 0) | (images > 1)
    if bool(outside.any()):
        raise ValueError(f"{int(outside.sum())} pixel values outside [0, 1]: pass images, not logits")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.argmax(classifier(images), dim=-1)
    return float((predicted == labels).sum().item() / len(labels))
'''),
    dict(name='rs_numpy_mean', grade_id='recognised_share', source=r'''
import numpy as np


def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("images and labels must have the same length")
    if not bool(((images >= 0) & (images <= 1)).all()):
        raise ValueError("images must have values in [0, 1]")
    predicted = predict_digits(classifier, images).numpy()
    return float(np.mean(predicted == labels.numpy()))
'''),
]
