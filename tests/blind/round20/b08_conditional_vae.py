"""Blind round 20: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'


def _variant(reference, name, grade_id, *pairs):
    """A case made from a reference cell by replacing each `old` (which must occur exactly once) by `new`."""
    source = reference
    for old, new in pairs:
        if source.count(old) != 1:
            raise ValueError(f"{name}: {old!r} occurs {source.count(old)} times")
        source = source.replace(old, new)
    return dict(name=name, grade_id=grade_id, source=source)


# ---------------------------------------------------------------------------------------------------------
# one_hot
# ---------------------------------------------------------------------------------------------------------
ONE_HOT = r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images."""
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}, not {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()
'''
G = 'one_hot'
OH = [
    _variant(ONE_HOT, 'oh_no_long_conversion', G,
             ("F.one_hot(labels.long(), n_classes)", "F.one_hot(labels, n_classes)")),
    _variant(ONE_HOT, 'oh_returns_int64', G,
             ("F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels.long(), n_classes)")),
    _variant(ONE_HOT, 'oh_returns_float64', G,
             ("F.one_hot(labels.long(), n_classes).float()", "F.one_hot(labels.long(), n_classes).double()")),
    _variant(ONE_HOT, 'oh_upper_bound_off_by_one', G,
             ("int(labels.max()) >= n_classes", "int(labels.max()) > n_classes")),
    _variant(ONE_HOT, 'oh_no_negative_check', G,
             ("(int(labels.min()) < 0 or int(labels.max()) >= n_classes)", "int(labels.max()) >= n_classes")),
    _variant(ONE_HOT, 'oh_range_hardcoded_ten', G,
             ("int(labels.max()) >= n_classes", "int(labels.max()) >= 10")),
    _variant(ONE_HOT, 'oh_num_classes_inferred', G,
             ("F.one_hot(labels.long(), n_classes)", "F.one_hot(labels.long())")),
    _variant(ONE_HOT, 'oh_accepts_whole_floats', G,
             ("""    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
""", """    if labels.is_floating_point():
        if not bool((labels == labels.round()).all()):
            raise TypeError(f"labels must be whole numbers, got {labels}")
        labels = labels.long()  # 3.0 is the label 3
    elif labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
""")),
    _variant(ONE_HOT, 'oh_only_floats_rejected', G,
             ("if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):",
              "if labels.dtype.is_floating_point or labels.dtype.is_complex:")),
    _variant(ONE_HOT, 'oh_uint8_rejected', G,
             ("(torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)", "(torch.int64, torch.int32, torch.int16, torch.int8)")),
    _variant(ONE_HOT, 'oh_converts_lists', G,
             ("""    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
""", """    if not isinstance(labels, torch.Tensor):
        labels = torch.as_tensor(labels)  # accept lists and arrays too
""")),
    _variant(ONE_HOT, 'oh_no_dim_check', G,
             ("""    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
""", "")),
    _variant(ONE_HOT, 'oh_scalar_accepted', G, ("if labels.dim() != 1:", "if labels.dim() > 1:")),
    _variant(ONE_HOT, 'oh_value_error_for_dtype', G,
             ('raise TypeError(f"labels must have an integer dtype', 'raise ValueError(f"labels must have an integer dtype')),
    _variant(ONE_HOT, 'oh_type_error_for_range', G,
             ('raise ValueError(f"labels must lie in', 'raise TypeError(f"labels must lie in')),
    dict(name='oh_asserts', grade_id=G, source=r'''def one_hot(labels, n_classes=10):
    assert isinstance(labels, torch.Tensor), "labels must be a tensor"
    assert labels.dtype in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8), "labels must be integers"
    assert labels.dim() == 1, "labels must be 1-D"
    assert len(labels) == 0 or (labels.min() >= 0 and labels.max() < n_classes), "labels out of range"
    return F.one_hot(labels.long(), n_classes).float()
'''),
    dict(name='oh_errors_without_message', grade_id=G, source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError
    if labels.dim() != 1:
        raise ValueError
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError
    return F.one_hot(labels.long(), n_classes).float()
'''),
    _variant(ONE_HOT, 'oh_flattens_first', G,
             ("    if labels.dim() != 1:", "    labels = labels.reshape(-1)\n    if labels.dim() != 1:")),
    _variant(ONE_HOT, 'oh_squeezes_first', G,
             ("    if labels.dim() != 1:", "    labels = labels.squeeze()\n    if labels.dim() != 1:")),
    dict(name='oh_range_checked_before_type', grade_id=G, source=r'''def one_hot(labels, n_classes=10):
    if len(labels) > 0 and (labels.min() < 0 or labels.max() >= n_classes):
        raise ValueError(f"labels must lie in 0 .. {n_classes - 1}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8):
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    return F.one_hot(labels.long(), n_classes).float()
'''),
    _variant(ONE_HOT, 'oh_default_n_classes_inferred', G,
             ("def one_hot(labels, n_classes=10):", "def one_hot(labels, n_classes=None):"),
             ("    if len(labels) > 0 and", "    if n_classes is None:\n        n_classes = int(labels.max()) + 1 if len(labels) else 10\n    if len(labels) > 0 and")),
]

OH_ALT = [
    dict(name='oh_alt_eye_rows', grade_id=G, source=r'''INTEGER_DTYPES = {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64}


def one_hot(labels, n_classes=10):
    if not torch.is_tensor(labels):
        raise TypeError("one_hot expects a torch.Tensor of integer labels, got " + type(labels).__name__)
    if labels.dtype not in INTEGER_DTYPES:
        raise TypeError(f"one_hot expects integer labels, got dtype {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"one_hot expects a 1-D tensor of labels, got {labels.ndim} dimensions")
    outside = (labels < 0) | (labels >= n_classes)
    if bool(outside.any()):
        raise ValueError(f"labels out of range 0..{n_classes - 1}: {labels[outside].tolist()[:5]}")
    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]
'''),
    dict(name='oh_alt_scatter', grade_id=G, source=r'''def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a tensor, not {type(labels)}")
    if labels.dtype not in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
        raise TypeError(f"labels must be an integer tensor, not {labels.dtype}")
    if len(labels.shape) != 1:
        raise ValueError(f"labels must have shape (B,), not {tuple(labels.shape)}")
    for label in labels.tolist():
        if not 0 <= label < n_classes:
            raise ValueError(f"label {label} is not in 0..{n_classes - 1}")
    encoded = torch.zeros(len(labels), n_classes)
    encoded.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return encoded
'''),
]

# ---------------------------------------------------------------------------------------------------------
# ConditionalVAE
# ---------------------------------------------------------------------------------------------------------
CVAE = r'''class ConditionalVAE(nn.Module):
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
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
        return torch.sigmoid(logits)
'''
G = 'ConditionalVAE'
CV = [
    _variant(CVAE, 'cv_decoder_hidden_not_reversed', G,
             ("DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim + n_classes, hidden)")),
    _variant(CVAE, 'cv_ten_classes_hardcoded', G,
             ("in_features=784 + n_classes", "in_features=794"),
             ("DenseDecoder(latent_dim + n_classes,", "DenseDecoder(latent_dim + 10,"),
             ("c = one_hot(labels, self.n_classes)", "c = one_hot(labels)"),
             ("one_hot(labels, self.n_classes)], dim=1))", "one_hot(labels)], dim=1))")),
    _variant(CVAE, 'cv_encoder_label_first', G,
             ("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([c, x.reshape(len(x), -1)], dim=1)")),
    _variant(CVAE, 'cv_decoder_label_first', G,
             ("self.decoder(torch.cat([z, c], dim=1))", "self.decoder(torch.cat([c, z], dim=1))"),
             ("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([one_hot(labels, self.n_classes), z], dim=1)")),
    _variant(CVAE, 'cv_decoder_unconditional', G,
             ("DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim, tuple(reversed(hidden)))"),
             ("self.decoder(torch.cat([z, c], dim=1))", "self.decoder(z)"),
             ("self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))", "self.decoder(z)")),
    _variant(CVAE, 'cv_encoder_unconditional', G,
             ("DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)", "DenseEncoder(latent_dim, hidden)"),
             ("self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))", "self.encoder(x.reshape(len(x), -1))")),
    _variant(CVAE, 'cv_never_samples', G,
             ("z = reparameterize(mu, logvar) if self.training else mu", "z = mu")),
    _variant(CVAE, 'cv_always_samples', G,
             ("z = reparameterize(mu, logvar) if self.training else mu", "z = reparameterize(mu, logvar)")),
    _variant(CVAE, 'cv_mode_test_inverted', G,
             ("z = reparameterize(mu, logvar) if self.training else mu", "z = mu if self.training else reparameterize(mu, logvar)")),
    _variant(CVAE, 'cv_variance_as_std', G,
             ("z = reparameterize(mu, logvar) if self.training else mu",
              "z = mu + torch.exp(logvar) * torch.randn_like(mu) if self.training else mu")),
    _variant(CVAE, 'cv_generate_ignores_generator', G,
             ("torch.randn(len(labels), self.latent_dim, generator=generator)", "torch.randn(len(labels), self.latent_dim)")),
    _variant(CVAE, 'cv_generate_returns_logits', G, ("        return torch.sigmoid(logits)\n", "        return logits\n")),
    _variant(CVAE, 'cv_generate_one_code_for_all', G,
             ("torch.randn(len(labels), self.latent_dim, generator=generator)",
              "torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)")),
    _variant(CVAE, 'cv_generate_leaves_eval_mode', G,
             ("        z = torch.randn(len(labels)", "        self.eval()\n        z = torch.randn(len(labels)")),
    _variant(CVAE, 'cv_forward_returns_probabilities', G,
             ("        return logits, mu, logvar\n", "        return torch.sigmoid(logits), mu, logvar\n")),
    _variant(CVAE, 'cv_forward_returns_std', G,
             ("        return logits, mu, logvar\n", "        return logits, mu, torch.exp(0.5 * logvar)\n")),
    _variant(CVAE, 'cv_squeeze_breaks_batch_of_one', G,
             ("        c = one_hot(labels, self.n_classes)\n", "        x = x.squeeze()  # drop the channel dimension\n        c = one_hot(labels, self.n_classes)\n")),
    _variant(CVAE, 'cv_code_detached', G,
             ("z = reparameterize(mu, logvar) if self.training else mu",
              "z = reparameterize(mu.detach(), logvar.detach()) if self.training else mu.detach()")),
    _variant(CVAE, 'cv_label_as_a_number', G,
             ("in_features=784 + n_classes", "in_features=784 + 1"),
             ("DenseDecoder(latent_dim + n_classes,", "DenseDecoder(latent_dim + 1,"),
             ("c = one_hot(labels, self.n_classes)", "c = labels.float().unsqueeze(1)"),
             ("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([z, labels.float().unsqueeze(1)], dim=1)")),
    _variant(CVAE, 'cv_torch_one_hot_unvalidated', G,
             ("c = one_hot(labels, self.n_classes)", "c = F.one_hot(labels, self.n_classes).float()"),
             ("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)", "torch.cat([z, F.one_hot(labels, self.n_classes).float()], dim=1)")),
    _variant(CVAE, 'cv_logvar_clamped', G,
             ("        z = reparameterize(mu, logvar) if self.training else mu\n",
              "        logvar = logvar.clamp(-6.0, 6.0)  # keeps exp(logvar) finite\n        z = reparameterize(mu, logvar) if self.training else mu\n")),
    _variant(CVAE, 'cv_generate_without_no_grad', G, ("    @torch.no_grad()\n", "")),
    _variant(CVAE, 'cv_generate_fixed_seed_without_generator', G,
             ("        z = torch.randn(len(labels)",
              "        if generator is None:\n            generator = torch.Generator().manual_seed(0)\n        z = torch.randn(len(labels)")),
    _variant(CVAE, 'cv_generate_transposed_draw', G,
             ("torch.randn(len(labels), self.latent_dim, generator=generator)",
              "torch.randn(self.latent_dim, len(labels), generator=generator).T")),
    _variant(CVAE, 'cv_generate_one_draw_per_label', G,
             ("torch.randn(len(labels), self.latent_dim, generator=generator)",
              "torch.stack([torch.randn(self.latent_dim, generator=generator) for _ in range(len(labels))])")),
    _variant(CVAE, 'cv_generate_samples_pixels', G,
             ("        return torch.sigmoid(logits)\n", "        return torch.bernoulli(torch.sigmoid(logits), generator=generator)\n")),
]

CV_ALT = [
    _variant(CVAE, 'cv_alt_own_reparameterisation_and_probs', G,
             ("z = reparameterize(mu, logvar) if self.training else mu",
              "z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu) if self.training else mu"),
             ("        logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))\n        return torch.sigmoid(logits)\n",
              "        return self.decoder.probs(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))\n")),
    dict(name='cv_alt_flatten_and_normal_', grade_id=G, source=r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I)."""

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        hidden = tuple(hidden)
        self.encoder = DenseEncoder(latent_dim=latent_dim, hidden=hidden, in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=hidden[::-1])

    def encode(self, x, labels):
        return self.encoder(torch.cat([x.flatten(start_dim=1), one_hot(labels, self.n_classes)], dim=1))

    def decode(self, z, labels):
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))

    def forward(self, x, labels):
        mu, logvar = self.encode(x, labels)
        if self.training:
            z = reparameterize(mu, logvar)
        else:
            z = mu
        return self.decode(z, labels), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.empty(len(labels), self.latent_dim).normal_(generator=generator)
        return self.decode(z, labels).sigmoid()
'''),
    _variant(CVAE, 'cv_alt_view_flatten', G,
             ("torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat((x.contiguous().view(x.shape[0], 784), c), 1)"),
             ("DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))", "DenseDecoder(latent_dim + n_classes, list(hidden)[::-1])")),
]

# ---------------------------------------------------------------------------------------------------------
# train_step
# ---------------------------------------------------------------------------------------------------------
TRAIN = r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels)."""
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''
G = 'train_step'
TS = [
    _variant(TRAIN, 'ts_no_zero_grad', G, ("    optimizer.zero_grad()\n", "")),
    _variant(TRAIN, 'ts_zero_grad_after_backward', G,
             ("    optimizer.zero_grad()\n    total.backward()\n", "    total.backward()\n    optimizer.zero_grad()\n")),
    _variant(TRAIN, 'ts_backward_reconstruction_only', G, ("    total.backward()\n", "    reconstruction.backward()\n")),
    _variant(TRAIN, 'ts_beta_not_passed', G,
             ("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu, logvar)")),
    _variant(TRAIN, 'ts_returns_tensors', G,
             ("return total.item(), reconstruction.item(), kl.item()", "return total.detach(), reconstruction.detach(), kl.detach()")),
    dict(name='ts_losses_after_update', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
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
    _variant(TRAIN, 'ts_step_before_backward', G,
             ("    total.backward()\n    optimizer.step()\n", "    optimizer.step()\n    total.backward()\n")),
    _variant(TRAIN, 'ts_switches_to_eval', G,
             ("    logits, mu, logvar = model(x, labels)\n", "    model.eval()\n    logits, mu, logvar = model(x, labels)\n")),
    dict(name='ts_beta_on_reconstruction', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = beta * reconstruction + kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    _variant(TRAIN, 'ts_backward_of_batch_sum', G, ("    total.backward()\n", "    (total * len(x)).backward()\n")),
    dict(name='ts_second_forward_for_report', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    loss = negative_elbo(logits, x, mu, logvar, beta)[0]
    with torch.no_grad():  # the numbers to report, without keeping a graph
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    _variant(TRAIN, 'ts_clips_gradients', G,
             ("    total.backward()\n", "    total.backward()\n    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)\n")),
    _variant(TRAIN, 'ts_steps_twice', G, ("    optimizer.step()\n", "    optimizer.step()\n    optimizer.step()\n")),
    dict(name='ts_reports_unweighted_total', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    loss, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    total = reconstruction + kl  # the negative ELBO
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_per_pixel_reconstruction', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)).mean()
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_kl_summed_over_batch', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").flatten(1).sum(dim=1).mean()
    kl = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    total = reconstruction + beta * kl
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    _variant(TRAIN, 'ts_kl_gradient_cut', G,
             ("negative_elbo(logits, x, mu, logvar, beta)", "negative_elbo(logits, x, mu.detach(), logvar.detach(), beta)")),
    _variant(TRAIN, 'ts_ascends_the_loss', G, ("    total.backward()\n", "    (-total).backward()  # maximise the ELBO\n")),
]

TS_ALT = [
    dict(name='ts_alt_model_zero_grad_first', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
'''),
    dict(name='ts_alt_manual_loss', grade_id=G, source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    optimizer.zero_grad(set_to_none=False)
    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="none").reshape(len(x), -1).sum(1).mean()
    kl = (0.5 * (mu ** 2 + logvar.exp() - 1 - logvar)).sum(1).mean()
    total = reconstruction + beta * kl
    total.backward()
    optimizer.step()
    return total.detach().item(), reconstruction.detach().item(), kl.detach().item()
'''),
]

# ---------------------------------------------------------------------------------------------------------
# recognised_share
# ---------------------------------------------------------------------------------------------------------
SHARE = r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label."""
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''
G = 'recognised_share'
RS = [
    _variant(SHARE, 'rs_returns_tensor', G,
             ("return (predicted == labels).float().mean().item()", "return (predicted == labels).float().mean()")),
    _variant(SHARE, 'rs_returns_percent', G,
             ("return (predicted == labels).float().mean().item()", "return 100 * (predicted == labels).float().mean().item()")),
    _variant(SHARE, 'rs_no_range_check', G,
             ("""    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1] (were logits passed?)")
""", "")),
    _variant(SHARE, 'rs_only_upper_bound', G, ("if images.min() < 0 or images.max() > 1:", "if images.max() > 1:")),
    _variant(SHARE, 'rs_rejects_pixels_at_one', G, ("images.max() > 1:", "images.max() >= 1:")),
    _variant(SHARE, 'rs_rejects_pixels_at_zero', G, ("images.min() < 0 or", "images.min() <= 0 or")),
    _variant(SHARE, 'rs_no_length_check', G,
             ("""    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
""", "")),
    dict(name='rs_asserts', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    assert len(images) == len(labels), "one label per image"
    assert 0 <= images.min() and images.max() <= 1, "images must be in [0, 1]"
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_classifier_left_in_train_mode', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_argmax_over_images', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_counts_confident_only', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    recognised = probs[torch.arange(len(labels)), labels.long()] > 0.5
    return recognised.float().mean().item()
'''),
    dict(name='rs_mean_probability_of_label', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    return probs[torch.arange(len(labels)), labels.long()].mean().item()
'''),
    dict(name='rs_sigmoid_instead_of_error', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = torch.sigmoid(images)  # in case logits were passed
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_mean_over_classes', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    predicted = predict_digits(classifier, images)
    shares = [(predicted[labels == c] == c).float().mean() for c in labels.unique()]
    return torch.stack(shares).mean().item()
'''),
    _variant(SHARE, 'rs_integer_division', G,
             ("return (predicted == labels).float().mean().item()", "return int((predicted == labels).sum()) // len(labels)")),
    dict(name='rs_sets_train_mode_after', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must have values in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    classifier.train()
    return (predicted == labels).float().mean().item()
'''),
]

RS_ALT = [
    dict(name='rs_alt_own_forward', grade_id=G, source=r'''def recognised_share(classifier, images, labels):
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("images must lie in [0, 1]; logits?")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.argmax(classifier(images), dim=1)
    return torch.count_nonzero(predicted == labels).item() / len(labels)
'''),
    dict(name='rs_alt_numpy', grade_id=G, source=r'''import numpy as np


def recognised_share(classifier, images, labels):
    if len(labels) != len(images):
        raise ValueError("need exactly one label per image")
    low, high = float(images.min()), float(images.max())
    if low < 0.0 or high > 1.0:
        raise ValueError(f"images must be in [0, 1], found values in [{low}, {high}]")
    predicted = predict_digits(classifier, images).numpy()
    return float(np.mean(predicted == labels.numpy()))
'''),
]

CV_ALT.append(_variant(CVAE, 'cv_alt_torch_normal_and_ifelse', 'ConditionalVAE',
                       ("        z = reparameterize(mu, logvar) if self.training else mu\n",
                        "        if not self.training:\n            z = mu\n        else:\n            z = reparameterize(mu, logvar)\n"),
                       ("torch.randn(len(labels), self.latent_dim, generator=generator)",
                        "torch.normal(0.0, 1.0, size=(len(labels), self.latent_dim), generator=generator)")))

MISTAKES = OH + CV + TS + RS
ALTERNATIVES = OH_ALT + CV_ALT + TS_ALT + RS_ALT
