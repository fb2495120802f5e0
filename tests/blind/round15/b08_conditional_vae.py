"""Blind round 15: mistakes and alternatives for notebook 08_conditional_vae."""

NOTEBOOK = '08_conditional_vae'

MISTAKES = [
    dict(name='oh_no_long_conversion', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels, n_classes).float()'''),
    dict(name='oh_returns_int64', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes)'''),
    dict(name='oh_returns_float64', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).double()'''),
    dict(name='oh_no_tensor_check', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_no_dtype_check', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_only_rejects_floating_point', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_only_int64_int32', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_upper_bound_off_by_one', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels > n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_no_negative_check', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if (labels >= n_classes).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_range_hard_coded_10', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= 10)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_width_from_max_label', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long()).float()'''),
    dict(name='oh_no_dim_check', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_dim_check_misses_scalars', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() > 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_value_error_for_dtype', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_type_error_for_range', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise TypeError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_type_error_for_shape', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise TypeError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_asserts', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    assert isinstance(labels, torch.Tensor), "labels must be a torch.Tensor"
    assert labels.dtype in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8), "labels must be integers"
    assert labels.dim() == 1, "labels must be 1-D"
    assert ((labels >= 0) & (labels < n_classes)).all(), "labels out of range"
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_default_infers_classes', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=None):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if n_classes is None:
        n_classes = int(labels.max()) + 1
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_errors_without_message', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError()
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError()
    if labels.dim() != 1:
        raise ValueError()
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError()
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_dtype_name_contains_int', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if "int" not in str(labels.dtype):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_min_max_fails_on_empty', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.min() < 0 or labels.max() >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_rounds_float_labels', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        labels = labels.round().long()
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_eye_indexing_without_range_check', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    INTEGER_DTYPES = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    return torch.eye(n_classes)[labels.long()]'''),
    dict(name='cv_decoder_hidden_not_reversed', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_encoder_ignores_hidden', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, in_features=784 + n_classes)
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_decoder_ignores_hidden', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        self.decoder = DenseDecoder(latent_dim + n_classes)

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
        return torch.sigmoid(logits)'''),
    dict(name='cv_in_features_hard_coded_10', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_one_hot_default_classes', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_label_first', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        logits = self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1))
        return torch.sigmoid(logits)'''),
    dict(name='cv_decoder_not_conditioned', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        self.decoder = DenseDecoder(latent_dim, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(z)
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(z)
        return torch.sigmoid(logits)'''),
    dict(name='cv_encoder_not_conditioned', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(x.reshape(len(x), -1))
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_samples_in_eval_mode', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_never_samples', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        z = mu
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_mode_inverted', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        z = mu if self.training else reparameterize(mu, logvar)
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_sigma_is_exp_logvar', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_forward_returns_probabilities', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_forward_returns_z', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_decodes_mu_after_sampling', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        logits = self.decoder(torch.cat([mu, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_returns_logits', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return logits'''),
    dict(name='cv_generate_ignores_generator', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_uniform_codes', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_sets_eval_mode', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_binary_samples', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        return torch.bernoulli(torch.sigmoid(logits), generator=generator)'''),
    dict(name='cv_generate_without_no_grad', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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

    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)'''),
    dict(name='cv_generate_temperature_half', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        z = torch.randn(len(labels), self.latent_dim, generator=generator) * 0.5
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)'''),
    dict(name='cv_logvar_detached_in_sample', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
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
        z = reparameterize(mu, logvar.detach()) if self.training else mu
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
        return torch.sigmoid(logits)'''),
    dict(name='ts_no_zero_grad', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_zero_grad_after_step', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_zero_grad_between_backward_and_step', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_beta_ignored', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_returns_tensors', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.detach(), reconstruction.detach(), kl.detach()'''),
    dict(name='ts_losses_after_update', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_unweighted_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_return_order_swapped', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item(), kl.item(), reconstruction.item()'''),
    dict(name='ts_step_before_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_returns_batch_sums', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)'''),
    dict(name='ts_loss_divided_by_batch', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_maximises_loss', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (-total).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_returns_weighted_kl', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return total.item(), reconstruction.item(), (beta * kl).item()'''),
    dict(name='ts_gradient_clipping', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_second_forward_for_gradient', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        losses = [value.item() for value in negative_elbo(logits, x, mu, logvar, beta)]
    logits, mu, logvar = model(x, labels)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(losses)'''),
    dict(name='ts_sets_eval_mode_for_losses', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    model.eval()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='rs_no_eval_mode', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_returns_count', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).sum().item()'''),
    dict(name='rs_returns_tensor', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()'''),
    dict(name='rs_no_range_check', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_no_length_check', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_range_check_strict', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() <= 0 or images.max() >= 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_range_check_only_max', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_argmax_wrong_dim', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_probability_above_half', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    classifier.eval()
    with torch.no_grad():
        probabilities = torch.softmax(classifier(images), dim=1)
    return (probabilities[torch.arange(len(labels)), labels] > 0.5).float().mean().item()'''),
    dict(name='rs_sigmoid_instead_of_raising', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        images = torch.sigmoid(images)  # logits passed by mistake
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_clamps_instead_of_raising', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_type_error', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise TypeError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise TypeError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_leaves_classifier_training', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    classifier.train()
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_mean_of_batch_means', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    classifier.eval()
    shares = []
    with torch.no_grad():
        for start in range(0, len(images), 256):
            predicted = classifier(images[start:start + 256]).argmax(dim=1)
            shares.append((predicted == labels[start:start + 256]).float().mean().item())
    return sum(shares) / len(shares)'''),
    dict(name='rs_range_check_abs', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.abs().max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_mean_of_class_shares', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    shares = [(predicted[labels == c] == c).float().mean().item() for c in labels.unique().tolist()]
    return sum(shares) / len(shares)'''),
    dict(name='rs_assert_checks', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    assert len(images) == len(labels), "images and labels differ in length"
    assert 0 <= images.min() and images.max() <= 1, "images must be in [0, 1]"
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_error_share', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must be in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    return (predicted != labels).float().mean().item()'''),
]

ALTERNATIVES = [
    dict(name='oh_eye_rows', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not torch.is_tensor(labels):
        raise TypeError("one_hot: labels must be a torch.Tensor of integers, got " + type(labels).__name__)
    if labels.dtype not in {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64}:
        raise TypeError(f"one_hot: labels must be integers, got dtype {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"one_hot: labels must be a 1-D tensor, got {labels.ndim} dimensions")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) > n_classes - 1):
        raise ValueError(f"one_hot: every label must be in [0, {n_classes}), got {labels.tolist()}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]'''),
    dict(name='oh_scatter', grade_id='one_hot',
         source='''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels is not a torch.Tensor")
    if labels.is_floating_point() or labels.is_complex() or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels has dtype {labels.dtype}, not an integer dtype")
    if len(labels.shape) != 1:
        raise ValueError(f"labels has shape {tuple(labels.shape)}, expected (B,)")
    out_of_range = (labels.long() < 0) | (labels.long() >= n_classes)
    if bool(out_of_range.any()):
        raise ValueError(f"labels out of range 0..{n_classes - 1}: {labels[out_of_range].tolist()}")
    encoded = torch.zeros(len(labels), n_classes)
    encoded.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return encoded'''),
    dict(name='cv_manual_reparam_flatten', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        label_code = one_hot(labels, n_classes=self.n_classes)
        encoder_input = torch.cat([x.flatten(start_dim=1), label_code], dim=1)
        mu, logvar = self.encoder(encoder_input)
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self.decoder(torch.cat([z, label_code], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        label_code = one_hot(labels, n_classes=self.n_classes)
        codes = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([codes, label_code], dim=1)).sigmoid()'''),
    dict(name='cv_helper_method', grade_id='ConditionalVAE',
         source='''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, list(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, list(hidden)[::-1])

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        code = self._condition(labels)
        mu, logvar = self.encoder(torch.cat((x.reshape(x.shape[0], -1), code), 1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat((z, code), 1)), mu, logvar

    def _condition(self, labels):
        return one_hot(labels, self.n_classes)

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.special.expit(self.decoder(torch.cat((z, self._condition(labels)), 1)))'''),
    dict(name='ts_manual_total', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    loss = reconstruction + beta * kl
    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    optimizer.step()
    return float(loss), float(reconstruction), float(kl)'''),
    dict(name='ts_zero_grad_first', grade_id='train_step',
         source='''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(loss.detach().item() for loss in losses)'''),
    dict(name='rs_manual_eval_count', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must have values in [0, 1]; got logits?")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return int((predicted == labels).sum()) / len(labels)'''),
    dict(name='rs_torch_eq_mean', grade_id='recognised_share',
         source='''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(labels) != len(images):
        raise ValueError("len(images) != len(labels)")
    if not bool(((images >= 0) & (images <= 1)).all()):
        raise ValueError("images has values outside [0, 1]")
    hits = torch.eq(predict_digits(classifier, images, batch_size=500), labels.long())
    return float(hits.double().mean())'''),
]
