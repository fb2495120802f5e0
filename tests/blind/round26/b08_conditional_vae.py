"""Blind round 26: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'
MISTAKES = [
    dict(name='oh_no_isinstance', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_rejects_uint8', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_accepts_bool', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8, torch.bool):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_floating_check_only', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.is_floating_point():
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_dtype_valueerror', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_range_typeerror', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise TypeError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_dim_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_scalar_accepted', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() > 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_gt_n_classes', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() > n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_rejects_zero', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() <= 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_no_negative_check', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_int64_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes)
'''),
    dict(name='oh_float64_result', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).double()
'''),
    dict(name='oh_width_from_data', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long()).float()
'''),
    dict(name='oh_hardcoded_ten', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), 10).float()
'''),
    dict(name='oh_default_changed', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=None):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_empty_crashes', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if labels.min() < 0 or labels.max() >= n_classes:
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_eye_index', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return torch.eye(n_classes)[labels]
'''),
    dict(name='oh_no_long', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels, n_classes).float()
'''),
    dict(name='oh_str_dtype', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if "int" not in str(labels.dtype):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_clamp_instead', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    labels = labels.clamp(0, n_classes - 1)
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_empty_message', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError()
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, got values from {labels.min()} to {labels.max()}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='cv_decoder_not_reversed', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(hidden))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_in_features_10', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_decoder_latent_10', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + 10, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_one_hot_default_classes', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_always_mean', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_always_sample', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_modes_inverted', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = mu if self.training else reparameterize(mu, logvar)
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_forward_probs', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_logits', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
'''),
    dict(name='cv_generate_global_rng', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_transposed_noise', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_temperature', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        z = 0.8 * torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_encoder_without_label', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_returns_std', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return logits, mu, torch.exp(0.5 * logvar)

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_own_sample_var', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_default_hidden', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400, 200), n_classes=10):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_grad', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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

    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_zero_label', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, torch.zeros(len(labels), self.n_classes)], dim=1)))
'''),
    dict(name='cv_reparam_swapped', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(logvar, mu) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_default_seeded', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        if generator is None:
            generator = torch.Generator().manual_seed(0)
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_sets_eval', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_reconstruction', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_ignored', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_default', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=0.5):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_weighted_kl_returned', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), (beta * kl).item()
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    model.eval()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_second_forward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    logits2, mu2, logvar2 = model(x, labels)
    negative_elbo(logits2, x, mu2, logvar2, beta)[0].backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_sum_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_args_swapped', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(x, logits, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_grad_clip', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_order_swapped', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='ts_per_pixel_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum(dim=1).mean()
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_kl_summed_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp())).sum()
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_on_reconstruction', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = beta * reconstruction + kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_total_float_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
'''),
    dict(name='rs_train_mode', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.train()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_argmax_dim0', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_no_range_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_only_upper', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_rejects_one', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() >= 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_no_length_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_count', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return int((predicted == labels).sum())
'''),
    dict(name='rs_tensor', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean()
'''),
    dict(name='rs_balanced', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return torch.stack([(predicted[labels == d] == d).float().mean() for d in labels.unique()]).mean().item()
'''),
    dict(name='rs_assert', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    assert len(images) == len(labels), "images and labels differ in length"
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_normalised', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, (images - 0.1307) / 0.3081)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_clamp', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_sigmoid', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, torch.sigmoid(images))
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_prob_threshold', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    return (probs[torch.arange(len(labels)), labels] > 0.5).float().mean().item()
'''),
    dict(name='rs_integer_division', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return int((predicted == labels).sum()) // len(labels)
'''),
    dict(name='rs_float16_mean', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).half().mean().item()
'''),
    dict(name='rs_batch_mean_of_means', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images.min() < 0 or images.max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    shares = [(predict_digits(classifier, images[s:s + 256]) == labels[s:s + 256]).float().mean() for s in range(0, len(images), 256)]
    return torch.stack(shares).mean().item()
'''),
    dict(name='rs_first_image_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (images[0].min() < 0 or images[0].max() > 1):
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
]
ALTERNATIVES = [
    dict(name='oh_scatter', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    allowed = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels) or labels.dtype not in allowed:
        raise TypeError("labels must be a tensor of dtype int64, int32, int16, int8 or uint8, got "
                        + (str(labels.dtype) if torch.is_tensor(labels) else type(labels).__name__))
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    wide = labels.to(torch.int64)
    if bool(((wide < 0) | (wide >= n_classes)).any()):
        raise ValueError(f"every label must be in [0, {n_classes}), got {wide.tolist()}")
    out = torch.zeros(len(wide), n_classes, dtype=torch.float32)
    out.scatter_(1, wide[:, None], 1.0)
    return out
'''),
    dict(name='oh_eye_long', grade_id='one_hot', source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a torch.Tensor")
    if labels.dtype in (torch.bool,) or labels.is_floating_point() or labels.is_complex() or labels.dtype not in (
            torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"integer labels expected, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError("labels must be a 1-D tensor")
    if labels.numel() and not (0 <= int(labels.min()) and int(labels.max()) < n_classes):
        raise ValueError(f"labels out of range 0..{n_classes - 1}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]
'''),
    dict(name='cv_sequential_self_sample', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _condition(self, tensor, labels):
        return torch.cat([tensor, one_hot(labels, self.n_classes)], dim=1)

    def forward(self, x, labels):
        mu, logvar = self.encoder(self._condition(x.flatten(1), labels))
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
    dict(name='cv_list_hidden', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, list(hidden)[::-1])

    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.view(x.shape[0], -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''),
    dict(name='cv_generate_clamped_sigmoid', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
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
        return 1 / (1 + torch.exp(-logits))
'''),
    dict(name='ts_own_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(dim=1).mean()
    kl = (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).sum(dim=1).mean()
    total = reconstruction + beta * kl
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
    dict(name='ts_model_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    model.zero_grad(set_to_none=True)
    optimizer.zero_grad(set_to_none=True)
    out = model(x, labels)
    losses = negative_elbo(*out[:1], x, *out[1:], beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(value.detach()) for value in losses)
'''),
    dict(name='rs_direct_eval', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.cat([classifier(images[i:i + 500]).argmax(dim=1) for i in range(0, len(images), 500)])
    return float((predicted == labels.to(predicted.dtype)).sum()) / len(labels)
'''),
    dict(name='rs_count_nonzero', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError("length mismatch between images and labels")
    low, high = float(images.min()), float(images.max())
    if low < 0.0 or high > 1.0:
        raise ValueError(f"images must be in [0, 1], found [{low}, {high}]")
    hits = torch.count_nonzero(predict_digits(classifier, images) == labels).item()
    return hits / len(labels)
'''),
]
