"""Blind round 41: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'
MISTAKES = [
    dict(name='oh_integral_floats_accepted', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.is_floating_point():
        if not torch.equal(labels, labels.round()):
            raise TypeError("labels must be whole numbers")
        labels = labels.long()
    elif labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_float_dtype_valueerror', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_not_1d_typeerror', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
        raise TypeError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_flattens_column', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.dim() == 2 and labels.shape[1] == 1:
        labels = labels[:, 0]  # a column of labels
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_scalar_unsqueezed', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.dim() == 0:
        labels = labels.reshape(1)
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) > n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_negative_not_checked', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and int(labels.max()) >= n_classes:
        raise ValueError(f"labels must be below {n_classes}")
    return F.one_hot(labels.long() % n_classes, n_classes).float()'''),
    dict(name='oh_float64_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).double()'''),
    dict(name='oh_range_first_label_only', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and not 0 <= int(labels[0]) < n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_width_inferred', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long()).float()  # one column per class present'''),
    dict(name='oh_empty_flat', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    if labels.numel() == 0:
        return torch.empty(0)
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_accepts_lists', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    labels = torch.as_tensor(labels)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_rejects_small_ints', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype not in (torch.int64, torch.int32):
        raise TypeError(f"labels must be int64 or int32, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_zero_rows_for_bad_labels', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    valid = (labels >= 0) & (labels < n_classes)
    encoded = F.one_hot(labels.long().clamp(0, n_classes - 1), n_classes).float()
    return encoded * valid[:, None]'''),
    dict(name='oh_clamps_labels', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    return F.one_hot(labels.long().clamp(0, n_classes - 1), n_classes).float()'''),
    dict(name='oh_errors_without_message', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError()
    if labels.dim() != 1:
        raise ValueError()
    if labels.numel() and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError()
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_range_by_assert', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    assert labels.numel() == 0 or (labels.min() >= 0 and labels.max() < n_classes), "label out of range"
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_range_after_uint8_cast', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    small = labels.to(torch.uint8)  # labels are small numbers
    if small.numel() > 0 and int(small.max()) >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    labels = small
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_dim_checked_only_when_nonempty', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long().reshape(-1), n_classes).float()'''),
    dict(name='oh_1d_test_by_numel', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.dim() == 0 or labels.shape[0] != labels.numel():
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long().reshape(-1), n_classes).float()'''),
    dict(name='oh_rank_within_batch', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    classes = torch.unique(labels)  # sorted
    return F.one_hot(torch.searchsorted(classes, labels).long(), n_classes).float()'''),
    dict(name='oh_dim_before_type', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if not isinstance(labels, torch.Tensor) or labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must be an integer tensor")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_float_check_misses_half', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype in (torch.float32, torch.float64):
        raise TypeError(f"labels must be integers, not {labels.dtype}")
    if labels.dtype == torch.bool or labels.is_complex():
        raise TypeError(f"labels must be integers, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_n_classes_one_special', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    if n_classes == 1:
        return torch.ones(len(labels), dtype=torch.float32)
    return F.one_hot(labels.long(), n_classes).float()'''),
    dict(name='oh_bfloat16_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).to(torch.bfloat16)'''),
    dict(name='cv_label_first_in_encoder', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_label_first_in_decoder', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([c, z], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1)))'''),
    dict(name='cv_encoder_without_label', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(x.reshape(len(x), -1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_decoder_without_label', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(z), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(z))'''),
    dict(name='cv_never_samples', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_logits', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))'''),
    dict(name='cv_generate_uniform', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.rand(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator) * 0.7  # a little sharper
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_n_classes_hard_coded', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=794)
        self.decoder = DenseDecoder(latent_dim + 10, tuple(reversed(hidden)))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_logvar_as_log_variance_std', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_sets_eval', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        self.eval()
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_sorts_labels', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        labels = labels.sort().values
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_noise_transposed', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(self.latent_dim, len(labels), generator=generator).T
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_discarded_draw', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        torch.randn(1, generator=generator)  # warm the generator up
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_logvar_detached', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_encoder_hidden_reversed', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, tuple(reversed(hidden)), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(hidden))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_label_embedding', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        self.embed = nn.Embedding(n_classes, n_classes)

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = self.embed(one_hot(labels, self.n_classes).argmax(dim=1))
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        c = self.embed(one_hot(labels, self.n_classes).argmax(dim=1))
        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1)))'''),
    dict(name='cv_forward_returns_probs', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1))), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_binarised', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        probs = torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
        return (probs > 0.5).float()'''),
    dict(name='cv_noise_shared_by_batch', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        z = mu + torch.exp(0.5 * logvar) * torch.randn(mu.shape[1]) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_default_n_classes_in_forward', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels)], dim=1)))'''),
    dict(name='cv_returns_z_for_mu', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), z, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_generate_one_hot_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([one_hot(labels, self.n_classes), z], dim=1)))'''),
    dict(name='cv_generate_prior_scaled_by_mean_std', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        self.register_buffer("code_scale", torch.ones(latent_dim))

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        if self.training:
            with torch.no_grad():
                self.code_scale.mul_(0.99).add_(0.01 * mu.std(dim=0) if len(mu) > 1 else 0.01 * self.code_scale)
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator) * self.code_scale  # where the codes are
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_image_standardised', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        mu, logvar = self.encoder(torch.cat([(x.reshape(len(x), -1) - 0.1307) / 0.3081, c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_dropout_on_input', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        self.dropout = nn.Dropout(0.1)

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([self.dropout(x.reshape(len(x), -1)), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_eval_decodes_zero_code', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        z = reparameterize(mu, logvar) if self.training else torch.zeros_like(mu)
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    model.eval()  # a deterministic step
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_loss_summed_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the sum over the batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_returns_batch_sums', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    dict(name='ts_second_forward_for_report', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    loss = negative_elbo(logits, x, mu, logvar, beta)[0]
    with torch.no_grad():
        total, reconstruction, kl = negative_elbo(*model(x, labels)[:1], x, *model(x, labels)[1:], beta)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_reports_weighted_kl', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    dict(name='ts_reported_total_unweighted', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return (reconstruction + kl).item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_two_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_per_pixel_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / 784).backward()  # per pixel: a better-scaled gradient
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_beta_on_reconstruction', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    total = beta * reconstruction + kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_kl_mu_detached', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu.detach(), logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_dynamic_binarisation', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    x = torch.bernoulli(x)  # binarised afresh, as in the papers
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_order_of_returns', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    return reconstruction.item(), kl.item(), total.item()'''),
    dict(name='ts_retain_and_accumulate_kl', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward(retain_graph=True)
    (beta * kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_labels_shuffled_within_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels.roll(1))
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='rs_upper_bound_only', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_rejects_exact_one', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) >= 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_classifier_train_mode', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_returns_count', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return int((predicted == labels).sum())'''),
    dict(name='rs_truncates_lengths', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    n = min(len(images), len(labels))
    images, labels = images[:n], labels[:n]
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_confident_only', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    confident = probs.gather(1, labels.long()[:, None])[:, 0] > 0.5
    return confident.float().mean().item()'''),
    dict(name='rs_balanced_accuracy', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    shares = [(predicted[labels == c] == c).float().mean() for c in labels.unique()]
    return float(torch.stack(shares).mean())'''),
    dict(name='rs_clamps_instead_of_raising', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
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
    dict(name='rs_typeerror_for_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise TypeError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_leaves_classifier_training', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    share = (predicted == labels).float().mean().item()
    classifier.train()
    return share'''),
    dict(name='rs_rescales_bytes', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and float(images.max()) > 1 and float(images.min()) >= 0:
        images = images / 255  # bytes
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_rounded_share', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return round((predicted == labels).float().mean().item(), 3)'''),
    dict(name='rs_half_precision_mean', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).half().mean().item()'''),
    dict(name='rs_clamps_in_place', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < -0.5 or float(images.max()) > 1.5):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    images.clamp_(0, 1)  # rounding of the decoder
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
    dict(name='rs_range_of_mean_image', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.mean()) < 0 or float(images.mean()) > 1):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()'''),
]
ALTERNATIVES = [
    dict(name='oh_arange_comparison', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return (labels.long()[:, None] == torch.arange(n_classes)).to(torch.float32)'''),
    dict(name='oh_zeros_scatter', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    out = torch.zeros(len(labels), n_classes)
    out[torch.arange(len(labels)), labels.long()] = 1.0
    return out'''),
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]'''),
    dict(name='cv_flatten_and_randn', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        code = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat((torch.flatten(x, start_dim=1), code), 1))
        if self.training:
            z = mu + torch.randn(mu.shape) * (0.5 * logvar).exp()
        else:
            z = mu
        return self.decoder(torch.cat((z, code), 1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        code = one_hot(labels, self.n_classes)
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self.decoder.probs(torch.cat((z, code), 1))'''),
    dict(name='cv_hidden_list_slicing', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        hidden = list(hidden)
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=hidden[::-1])

    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='cv_reshape_minus_one', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        mu, logvar = self.encoder(torch.cat([x.reshape(-1, 784), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))'''),
    dict(name='ts_model_zero_grad_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    model.zero_grad(set_to_none=True)
    losses[0].backward()
    optimizer.step()
    return tuple(float(value) for value in losses)'''),
    dict(name='ts_own_loss_formula', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    kl = 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum() / len(x)
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_set_to_none_false', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad(set_to_none=False)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='rs_own_eval_argmax', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    hits = 0
    with torch.no_grad():
        for start in range(0, len(images), 500):
            hits += int((classifier(images[start:start + 500]).argmax(dim=1) == labels[start:start + 500]).sum())
    return hits / len(images)'''),
    dict(name='rs_aminmax', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
    if len(images) != len(labels):
        raise ValueError("images and labels differ in length")
    if images.numel():
        low, high = torch.aminmax(images)
        if low < 0 or high > 1:
            raise ValueError(f"images must lie in [0, 1], got {float(low)} .. {float(high)}")
    return torch.eq(predict_digits(classifier, images), labels).double().mean().item()'''),
    dict(name='oh_index_put', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
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
    if labels.numel() > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    out = torch.zeros(labels.shape[0], n_classes, dtype=torch.float32)
    out.index_put_((torch.arange(labels.shape[0]), labels.long()), torch.tensor(1.0))
    return out'''),
]
