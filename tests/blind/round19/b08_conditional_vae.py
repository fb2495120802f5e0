"""Blind round 19: mistakes and alternatives for notebook 08_conditional_vae."""

NOTEBOOK = '08_conditional_vae'

_INT_DTYPES = "(torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)"

_CVAE_INIT = r'''    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
_CVAE_FORWARD = r'''    def forward(self, x, labels):
        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self.decoder(torch.cat([z, c], dim=1)), mu, logvar
'''
_CVAE_GENERATE = r'''    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''


def _cvae(init=_CVAE_INIT, forward=_CVAE_FORWARD, generate=_CVAE_GENERATE):
    return "class ConditionalVAE(nn.Module):\n" + init + "\n" + forward + "\n" + generate


def _one_hot(checks, body="    return F.one_hot(labels.long(), n_classes).float()\n"):
    return "def one_hot(labels, n_classes=10):\n" + checks + body


_GOOD_CHECKS = r'''    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INT_DTYPES + r''':
        raise TypeError(f"labels must be an integer tensor, got {type(labels).__name__} {getattr(labels, 'dtype', '')}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}, got {int(labels.min())}..{int(labels.max())}")
'''

_TRAIN_STEP = r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''

MISTAKES = [
    # ---- one_hot
    dict(name='oh_upper_bound_off_by_one', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        "int(labels.max()) >= n_classes", "int(labels.max()) > n_classes"))),
    dict(name='oh_no_negative_check', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        "int(labels.min()) < 0 or ", ""))),
    dict(name='oh_empty_labels_crash', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        "len(labels) > 0 and (", "(").replace(
        "raise ValueError(f\"labels must lie", "raise ValueError(f\"labels must lie"))),
    dict(name='oh_n_classes_inferred_by_f_one_hot', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return F.one_hot(labels.long()).float()\n")),
    dict(name='oh_accepts_2d_labels', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        "labels.dim() != 1", "labels.dim() == 0"))),
    dict(name='oh_flattens_any_shape', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        '''    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
''', "    labels = labels.reshape(-1)\n"))),
    dict(name='oh_promotes_scalar_label', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS.replace(
        '''    if labels.dim() != 1:''', '''    labels = torch.atleast_1d(labels)
    if labels.dim() != 1:'''))),
    dict(name='oh_converts_lists_and_arrays', grade_id='one_hot', source=_one_hot('''    labels = torch.as_tensor(labels)  # also accept lists and numpy arrays
''' + _GOOD_CHECKS)),
    dict(name='oh_valueerror_for_float_dtype', grade_id='one_hot', source=_one_hot(r'''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a tensor, got {type(labels).__name__}")
    if labels.dtype not in ''' + _INT_DTYPES + r''':
        raise ValueError(f"labels must have an integer dtype, got {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must lie in 0..{n_classes - 1}")
''')),
    dict(name='oh_bare_exceptions_without_message', grade_id='one_hot', source=_one_hot(r'''    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INT_DTYPES + r''':
        raise TypeError
    if labels.dim() != 1:
        raise ValueError
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError
''')),
    dict(name='oh_asserts_instead_of_raising', grade_id='one_hot', source=_one_hot(r'''    assert isinstance(labels, torch.Tensor) and labels.dtype in ''' + _INT_DTYPES + r''', "labels must be integers"
    assert labels.dim() == 1, "labels must be 1-D"
    assert len(labels) == 0 or (labels.min() >= 0 and labels.max() < n_classes), "label out of range"
''')),
    dict(name='oh_missing_long_cast', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return F.one_hot(labels, n_classes).float()\n")),
    dict(name='oh_eye_indexing_with_uint8_mask', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return torch.eye(n_classes)[labels]\n")),
    dict(name='oh_label_smoothing', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return F.one_hot(labels.long(), n_classes).float() * 0.9 + 0.1 / n_classes  # smoothed\n")),
    # ---- ConditionalVAE
    dict(name='cvae_decoder_hidden_not_reversed', grade_id='ConditionalVAE', source=_cvae(init=_CVAE_INIT.replace(
        "tuple(reversed(hidden))", "hidden"))),
    dict(name='cvae_one_hot_default_n_classes', grade_id='ConditionalVAE', source=_cvae(
        forward=_CVAE_FORWARD.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"),
        generate=_CVAE_GENERATE.replace("one_hot(labels, self.n_classes)", "one_hot(labels)"))),
    dict(name='cvae_encoder_default_hidden', grade_id='ConditionalVAE', source=_cvae(init=_CVAE_INIT.replace(
        "DenseEncoder(latent_dim, hidden, in_features", "DenseEncoder(latent_dim, in_features"))),
    dict(name='cvae_samples_in_eval_mode', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "reparameterize(mu, logvar) if self.training else mu", "reparameterize(mu, logvar)"))),
    dict(name='cvae_never_samples', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "reparameterize(mu, logvar) if self.training else mu", "mu"))),
    dict(name='cvae_mode_from_grad_enabled', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "if self.training else mu", "if torch.is_grad_enabled() else mu"))),
    dict(name='cvae_forward_returns_probabilities', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "return self.decoder(torch.cat([z, c], dim=1)), mu, logvar",
        "return torch.sigmoid(self.decoder(torch.cat([z, c], dim=1))), mu, logvar"))),
    dict(name='cvae_noise_scaled_by_variance', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "z = reparameterize(mu, logvar) if self.training else mu",
        "z = mu + logvar.exp() * torch.randn_like(mu) if self.training else mu"))),
    dict(name='cvae_centres_input_pixels', grade_id='ConditionalVAE', source=_cvae(forward=_CVAE_FORWARD.replace(
        "torch.cat([x.reshape(len(x), -1), c], dim=1)", "torch.cat([2 * x.reshape(len(x), -1) - 1, c], dim=1)"))),
    dict(name='cvae_label_first_in_decoder', grade_id='ConditionalVAE', source=_cvae(
        forward=_CVAE_FORWARD.replace("torch.cat([z, c], dim=1)", "torch.cat([c, z], dim=1)"),
        generate=_CVAE_GENERATE.replace("torch.cat([z, one_hot(labels, self.n_classes)], dim=1)",
                                        "torch.cat([one_hot(labels, self.n_classes), z], dim=1)"))),
    dict(name='cvae_generate_transposed_draw', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "torch.randn(len(labels), self.latent_dim, generator=generator)",
        "torch.randn(self.latent_dim, len(labels), generator=generator).T"))),
    dict(name='cvae_generate_one_code_for_all', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "torch.randn(len(labels), self.latent_dim, generator=generator)",
        "torch.randn(1, self.latent_dim, generator=generator).expand(len(labels), -1)"))),
    dict(name='cvae_generate_temperature', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "z = torch.randn(len(labels), self.latent_dim, generator=generator)",
        "z = 0.7 * torch.randn(len(labels), self.latent_dim, generator=generator)  # sharper samples"))),
    dict(name='cvae_generate_returns_logits', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "return torch.sigmoid(self.decoder(", "return (self.decoder(").replace(
        "], dim=1)))", "], dim=1)))"))),
    dict(name='cvae_generate_binary_samples', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))",
        "probs = torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))\n"
        "        return torch.bernoulli(probs, generator=generator)"))),
    dict(name='cvae_generate_draws_two_batches', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "z = torch.randn(len(labels), self.latent_dim, generator=generator)",
        "eps = torch.randn(2, len(labels), self.latent_dim, generator=generator)\n"
        "        z = eps.mean(dim=0) * 2 ** 0.5  # still N(0, I)"))),
    # ---- train_step
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_at_end', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()  # clean up for the next step
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_ignored_in_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_unweighted_total', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_on_batch_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # nats of the whole batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # stabilises training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_binarised_targets', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, (x > 0.5).float(), mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_weight_decay_in_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    penalty = 1e-4 * sum(p.pow(2).sum() for p in model.parameters())
    optimizer.zero_grad()
    (total + penalty).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_optimizer_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    optimizer.step()  # reuse the gradient once more: cheaper progress
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_per_pixel', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / x[0].numel()).backward()  # per pixel: a better scale for the learning rate
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_detached_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_shuffles_labels_with_images_wrongly', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    order = torch.randperm(len(x))  # shuffle the batch
    logits, mu, logvar = model(x[order], labels)
    total, reconstruction, kl = negative_elbo(logits, x[order], mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    # ---- recognised_share
    dict(name='rs_checks_only_upper_bound', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name='rs_range_check_with_tolerance', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < -1e-3 or images.max() > 1 + 1e-3:  # allow rounding errors
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name='rs_no_length_check', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    predicted = predict_digits(classifier, images)
    n = min(len(predicted), len(labels))
    return (predicted[:n] == labels[:n]).float().mean().item()
'''),
    dict(name='rs_length_mismatch_typeerror', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise TypeError(f"{len(images)} images but {len(labels)} labels")
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name='rs_clamps_instead_of_raising', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    images = images.clamp(0, 1)  # the classifier expects [0, 1]
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name='rs_sigmoid_if_out_of_range', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.min() < 0 or images.max() > 1:
        images = torch.sigmoid(images)  # logits were passed: turn them into images
    return (predict_digits(classifier, images) == labels).float().mean().item()
'''),
    dict(name='rs_returns_tensor', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    return (predict_digits(classifier, images) == labels).float().mean()
'''),
    dict(name='rs_returns_count', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    return float((predict_digits(classifier, images) == labels).sum())
'''),
    dict(name='rs_balanced_per_class_mean', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    correct = predict_digits(classifier, images) == labels
    return float(torch.stack([correct[labels == c].float().mean() for c in labels.unique()]).mean())
'''),
    dict(name='rs_confidence_above_half', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    classifier.eval()
    with torch.no_grad():
        probs = torch.softmax(classifier(images), dim=1)
    return (probs[torch.arange(len(labels)), labels] > 0.5).float().mean().item()
'''),
    dict(name='rs_rounds_share', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    return round((predict_digits(classifier, images) == labels).float().mean().item(), 3)
'''),
    dict(name='rs_argmax_over_batch', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=0)
    return (predicted == labels).float().mean().item()
'''),
    dict(name='rs_top2_counts_as_recognised', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    classifier.eval()
    with torch.no_grad():
        top = classifier(images).topk(2, dim=1).indices
    return (top == labels[:, None]).any(dim=1).float().mean().item()
'''),
    dict(name='rs_binarises_images_first', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if images.min() < 0 or images.max() > 1:
        raise ValueError("images must lie in [0, 1] (did you pass logits?)")
    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    crisp = (images > 0.5).float()  # generated digits are blurry: sharpen them like real ink
    return (predict_digits(classifier, crisp) == labels).float().mean().item()
'''),
]

ALTERNATIVES = [
    dict(name='oh_range_error_translated_from_f_one_hot', grade_id='one_hot', source=_one_hot(r'''    if not isinstance(labels, torch.Tensor) or labels.dtype not in ''' + _INT_DTYPES + r''':
        raise TypeError(f"labels must be an integer tensor, got {getattr(labels, 'dtype', type(labels))}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, got shape {tuple(labels.shape)}")
''', r'''    try:
        return F.one_hot(labels.long(), n_classes).float()
    except RuntimeError as error:  # F.one_hot rejects out-of-range classes
        raise ValueError(f"label out of range: {error}") from error
''')),
    dict(name='oh_scatter_and_set_of_dtypes', grade_id='one_hot', source=r'''_INTEGER_DTYPES = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}


def one_hot(labels, n_classes=10):
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in _INTEGER_DTYPES:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.ndim != 1:
        raise ValueError(f"labels must be 1-D, got {labels.ndim} dimensions")
    if ((labels < 0) | (labels >= n_classes)).any():
        raise ValueError(f"every label must be in [0, {n_classes}), got values outside")
    out = torch.zeros(len(labels), n_classes, dtype=torch.float32)
    out.scatter_(1, labels.long().unsqueeze(1), 1.0)
    return out
'''),
    dict(name='oh_eye_rows', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return torch.eye(n_classes, dtype=torch.float32)[labels.long()]\n")),
    dict(name='oh_comparison_with_arange', grade_id='one_hot', source=_one_hot(_GOOD_CHECKS,
        "    return (labels.long()[:, None] == torch.arange(n_classes)[None, :]).to(torch.float32)\n")),
    dict(name='cvae_sequential_helpers', grade_id='ConditionalVAE', source=r'''class ConditionalVAE(nn.Module):
    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
        self.encoder = DenseEncoder(latent_dim, hidden=tuple(hidden), in_features=28 * 28 + n_classes)
        self.decoder = DenseDecoder(latent_dim=latent_dim + n_classes, hidden=tuple(hidden)[::-1])

    def _decode(self, z, labels):
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))

    def forward(self, x, labels):
        flat = x.flatten(start_dim=1)
        mu, logvar = self.encoder(torch.cat([flat, one_hot(labels, self.n_classes)], dim=1))
        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
        return self._decode(z, labels), mu, logvar

    @torch.no_grad()
    def generate(self, labels, generator=None):
        z = torch.normal(0.0, 1.0, (len(labels), self.latent_dim), generator=generator)
        return self._decode(z, labels).sigmoid()
'''),
    dict(name='cvae_probs_via_logsigmoid_exp', grade_id='ConditionalVAE', source=_cvae(generate=_CVAE_GENERATE.replace(
        "return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))",
        "logits = self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))\n"
        "        return 1 / (1 + torch.exp(-logits))"))),
    dict(name='ts_model_zero_grad_set_to_none', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='ts_explicit_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, labels, beta=1.0):
    logits, mu, logvar = model(x, labels)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = reconstruction + beta * kl
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return float(loss), float(reconstruction), float(kl)
'''),
    dict(name='rs_own_forward_in_eval', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if len(images) != len(labels):
        raise ValueError(f"got {len(images)} images and {len(labels)} labels")
    if bool((images < 0).any()) or bool((images > 1).any()):
        raise ValueError("images must have values in [0, 1]; were logits passed?")
    classifier.eval()
    with torch.no_grad():
        predicted = torch.cat([classifier(chunk).argmax(dim=1) for chunk in images.split(1000)])
    return int((predicted == labels).sum()) / len(labels)
'''),
    dict(name='rs_count_nonzero', grade_id='recognised_share', source=r'''def recognised_share(classifier, images, labels):
    if not (0 <= float(images.min()) and float(images.max()) <= 1):
        raise ValueError("images outside [0, 1]")
    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels differ in length")
    hits = torch.count_nonzero(predict_digits(classifier, images) == labels.long())
    return hits.item() / labels.shape[0]
'''),
]
