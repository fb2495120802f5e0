"""Blind round 31: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'
MISTAKES = [
    dict(name='oh_floating_check_only', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor) or labels.is_floating_point() or labels.is_complex():
        raise TypeError(f"labels must be an integer tensor, not {getattr(labels, 'dtype', type(labels))}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_long_and_int_only', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.long, torch.int):
        raise TypeError(f"labels must be an integer tensor, not {getattr(labels, 'dtype', type(labels))}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_upper_bound_off_by_one', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() > n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_negative_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and labels.max() >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_dtype_before_isinstance', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_int64_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes)
'''),
    dict(name='oh_eye_rows', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return torch.eye(n_classes)[labels]
'''),
    dict(name='oh_scatter_without_long', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    encoded = torch.zeros(len(labels), n_classes)
    encoded.scatter_(1, labels.unsqueeze(1), 1.0)
    return encoded
'''),
    dict(name='oh_range_of_digits', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() > 9):
        raise ValueError(f"labels must lie in 0 .. 9")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_dim_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_only_rejects_2d', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() > 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_as_tensor_first', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    labels = torch.as_tensor(labels)  # accept lists and arrays too
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_value_error_for_dtype', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_asserts', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    assert isinstance(labels, torch.Tensor), "labels must be a tensor"
    assert labels.dtype in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8), "labels must be integers"
    assert labels.dim() == 1, "labels must be 1-D"
    assert labels.numel() == 0 or (labels.min() >= 0 and labels.max() < n_classes), "label out of range"
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_all_instead_of_any', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).all():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_empty_batch_fails', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.min() < 0 or labels.max() >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_whole_floats_accepted', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        if not torch.equal(labels, labels.round()):
            raise TypeError("labels must be whole numbers")
        labels = labels.long()  # 3.0 is a fine label
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_long_before_checks', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    labels = labels.long()
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_iinfo_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    try:
        torch.iinfo(labels.dtype)  # defined for the integer dtypes only
    except TypeError:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}") from None
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='cv_decoder_hidden_same_order', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, hidden)

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_decoder_hidden_sorted', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(sorted(hidden)))  # widening towards the image

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_ten_classes_everywhere', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + 10)
        self.decoder = DenseDecoder(latent_dim + 10, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([c, x.reshape(len(x), -1)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([c, z], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_mean_in_training', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu  # the decoder sees the best code
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_sample_in_eval', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar)
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_sample_when_grad_enabled', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu  # training computes gradients
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_encoder_outputs_swapped', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        logvar, mu = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_variance_as_std', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu + torch.exp(logvar) * torch.randn_like(mu) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_forward_returns_probabilities', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return torch.sigmoid(logits), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_forward_returns_code', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, z, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_functional_one_hot', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = F.one_hot(labels.long(), self.n_classes).float()
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, F.one_hot(labels.long(), self.n_classes).float()], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_squeeze_then_flatten', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.squeeze().flatten(1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_clamped_logits', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return logits.clamp(0, 1)
'''),
    dict(name='cv_generate_uniform_codes', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.rand(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_global_rng', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_transposed_draw', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(self.latent_dim, len(labels), generator=generator).T
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_one_code', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)  # one style
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_temperature', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = 0.8 * torch.randn(len(labels), self.latent_dim, generator=generator)  # cleaner digits
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_generate_binary_samples', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.bernoulli(torch.sigmoid(logits), generator=generator)
'''),
    dict(name='cv_generate_switches_mode', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        self.eval()
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        images = torch.sigmoid(logits)
        self.train()
        return images
'''),
    dict(name='cv_generate_default_classes', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='ts_beta_ignored', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_reports_plain_elbo', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = reconstruction + beta * kl
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return (reconstruction + kl).item(), reconstruction.item(), kl.item()  # the negative ELBO itself
'''),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the loss of the updated model
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_summed_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the loss of the whole batch, as in the PyTorch example
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_leaves_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_clips_gradients', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # stable training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_return_order', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='ts_second_forward_for_report', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    with torch.no_grad():  # the numbers to report, without a graph
        logits, mu, logvar = model(x, labels)
        report = negative_elbo(logits, x, mu, logvar, beta)
    logits, mu, logvar = model(x, labels)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(value.item() for value in report)
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='rs_only_upper_bound', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.max() > 1:  # logits are large
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_clamp_then_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    images = images.clamp(0, 1)  # the decoder may overshoot slightly
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_tensor_share', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()
'''),
    dict(name='rs_direct_call_train_mode', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_argmax_wrong_dim', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_mean_of_class_shares', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    shares = [(predicted[labels == c] == c).float().mean() for c in labels.unique()]
    return torch.stack(shares).mean().item()  # every class counts the same
'''),
    dict(name='rs_no_length_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_confident_only', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.eval()
    with torch.no_grad():
        probabilities = torch.softmax(classifier(images), dim=1)
    confidence, predicted = probabilities.max(dim=1)
    recognised = (predicted == labels) & (confidence > 0.5)  # the classifier must be sure
    return recognised.float().mean().item()
'''),
    dict(name='rs_type_error_for_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise TypeError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_range_both_sides', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 and images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_batched_overwrite', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, len(images), 2000):  # batches of 2,000 images
            predicted = classifier(images[start:start + 2000]).argmax(dim=1)
            correct = (predicted == labels[start:start + 2000]).sum().item()
    return correct / len(images)
'''),
    dict(name='rs_tolerant_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < -1e-3 or images.max() > 1 + 1e-3:  # float rounding
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
]
ALTERNATIVES = [
    dict(name='oh_alt_eye_long', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]
'''),
    dict(name='oh_alt_compare_arange', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return (labels.long().unsqueeze(1) == torch.arange(n_classes)).to(torch.float32)
'''),
    dict(name='oh_alt_scatter', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype not in {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64}:
        raise TypeError(f"labels must be integers, got {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    bad = (labels.long() < 0) | (labels.long() >= n_classes)
    if bad.any():
        raise ValueError(f"labels out of range 0 .. {n_classes - 1}: {labels[bad].tolist()}")
    encoded = torch.zeros(labels.shape[0], n_classes, dtype=torch.float32)
    return encoded.scatter_(1, labels.long().view(-1, 1), 1.0)
'''),
    dict(name='cv_alt_flatten_slice', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, list(hidden)[::-1])

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        condition = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat((x.flatten(1), condition), 1))
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(torch.cat((z, condition), 1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''),
    dict(name='cv_alt_normal_draw', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        codes = torch.normal(0.0, 1.0, size=(len(labels), self.latent_dim), generator=generator)
        return self.decoder(torch.cat([codes, one_hot(labels, self.n_classes)], dim=1)).sigmoid()
'''),
    dict(name='cv_alt_view_helper', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        condition = one_hot(labels, self.n_classes)
        flat = x.view(x.shape[0], 784)
        mu, logvar = self.encoder(torch.cat([flat, condition], dim=-1))
        code = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([code, condition], dim=-1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.special.expit(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='ts_alt_model_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    model.zero_grad()
    outputs = model(x, labels)
    losses = negative_elbo(outputs[0], x, outputs[1], outputs[2], beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
'''),
    dict(name='ts_alt_explicit_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = reconstruction + beta * kl
    optimizer.zero_grad(set_to_none=False)
    loss.backward()
    optimizer.step()
    return float(loss.detach()), float(reconstruction.detach()), float(kl.detach())
'''),
    dict(name='rs_alt_direct_eval', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if ((images < 0) | (images > 1)).any():
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return float(torch.count_nonzero(predicted == labels)) / len(labels)
'''),
    dict(name='rs_alt_loop_count', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels differ in length")
    if not bool(((images >= 0) & (images <= 1)).all()):
        raise ValueError("images outside [0, 1]")
    predicted = predict_digits(classifier, images)
    hits = sum(int(p) == int(c) for p, c in zip(predicted, labels))
    return hits / len(labels)
'''),
]
