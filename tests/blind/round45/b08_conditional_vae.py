"""Blind round 45: mistakes and alternatives for notebook 08_conditional_vae."""
NOTEBOOK = '08_conditional_vae'

OH = r'''def one_hot(labels, n_classes=10):
    """The one-hot encoding of integer class labels, as floats ready to be concatenated with images.

    labels: (B,) tensor of an integer dtype, with values in 0 .. n_classes - 1
    n_classes: the number of classes C
    Returns: (B, C) float32 tensor; row i has 1.0 in column labels[i] and 0.0 elsewhere
    Raises TypeError if labels is not an integer tensor, ValueError if it is not 1-D or a label is out of range
    """
'''

OH_OK = r'''    allowed = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"labels must be a torch.Tensor, not {type(labels).__name__}")
    if labels.dtype not in allowed:
        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must be in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()
'''


def oh(old, new):
    assert OH_OK.count(old) == 1, old
    return OH + OH_OK.replace(old, new)


CV_HEAD = r'''class ConditionalVAE(nn.Module):
    """A VAE conditioned on the class: encoder q(z | x, c), decoder p(x | z, c), prior N(0, I).

    self.encoder: (B, 784 + n_classes) = [x flattened ; one-hot] -> (mu, logvar), each (B, latent_dim)
    self.decoder: (B, latent_dim + n_classes) = [z ; one-hot] -> logits (B, 1, 28, 28)
    hidden: the hidden layer sizes of the encoder (the decoder uses them in reverse order)
    e.g. DenseEncoder(latent_dim, hidden, in_features=784 + n_classes), DenseDecoder(latent_dim + n_classes, ...)
    """

    def __init__(self, latent_dim=2, hidden=(400,), n_classes=10):
        super().__init__()
        self.latent_dim, self.n_classes = latent_dim, n_classes
'''
CV_INIT = r'''        self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))
'''
CV_FWD_HEAD = r'''
    def forward(self, x, labels):
        """x: (B, 1, 28, 28) or (B, 784) in [0, 1]; labels: (B,) integers.

        Returns (logits (B, 1, 28, 28), mu (B, latent_dim), logvar (B, latent_dim)); z is sampled from
        q(z | x, c) in training mode and set to mu in eval mode.
        """
'''
CV_FWD = r'''        c = one_hot(labels, self.n_classes)
        mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        logits = self.decoder(torch.cat([z, c], dim=1))
        return logits, mu, logvar
'''
CV_GEN_HEAD = r'''
    @torch.no_grad()
    def generate(self, labels, generator=None):
        """One image per label: z ~ N(0, I) drawn with `generator`, decoded with its label.

        labels: (n,) integers; z = torch.randn(len(labels), self.latent_dim, generator=generator).
        Returns (n, 1, 28, 28) Bernoulli means in [0, 1].
        """
'''
CV_GEN = r'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))
'''
CV_OK = CV_HEAD + CV_INIT + CV_FWD_HEAD + CV_FWD + CV_GEN_HEAD + CV_GEN


def cv(old, new):
    # replace in the code only (the docstrings quote some of the same calls)
    code = CV_INIT + '\x00' + CV_FWD + '\x00' + CV_GEN
    assert code.count(old) == 1, old
    init, fwd, gen = code.replace(old, new).split('\x00')
    return CV_HEAD + init + CV_FWD_HEAD + fwd + CV_GEN_HEAD + gen


TS = r'''def train_step(model, optimizer, x, labels, beta=1.0):
    """One gradient step of the negative ELBO of a conditional VAE on the batch (x, labels).

    model: a ConditionalVAE in training mode; optimizer: a torch.optim optimiser over its parameters
    x: (B, 1, 28, 28) images in [0, 1]; labels: (B,) their classes; beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, per-image averages over the batch
    """
'''
TS_OK = r'''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''


def ts(old, new):
    assert TS_OK.count(old) == 1, old
    return TS + TS_OK.replace(old, new)


RS = r'''def recognised_share(classifier, images, labels):
    """The share of images that the classifier recognises as their requested label.

    classifier: a network images -> logits (N, 10); images: (N, 1, 28, 28) in [0, 1]; labels: (N,) requested classes
    Returns a Python float in [0, 1]: (number of images whose predicted class == label) / N
    Raises ValueError if images has values outside [0, 1] or len(images) != len(labels)
    """
'''
RS_OK = r'''    if len(images) != len(labels):
        raise ValueError(f"{len(images)} images but {len(labels)} labels")
    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")
    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()
'''


def rs(old, new):
    assert RS_OK.count(old) == 1, old
    return RS + RS_OK.replace(old, new)


MISTAKES = [
    # ---------------- one_hot ----------------
    dict(name='oh_uint8_rejected', grade_id='one_hot', source=oh('torch.int8, torch.uint8)', 'torch.int8)')),
    dict(name='oh_int8_rejected', grade_id='one_hot', source=oh('torch.int16, torch.int8, torch.uint8)', 'torch.int16, torch.uint8)')),
    dict(name='oh_whole_floats_accepted', grade_id='one_hot', source=oh('''    if labels.dtype not in allowed:
''', '''    if labels.is_floating_point() and bool((labels == labels.round()).all()):
        labels = labels.long()  # 3.0 is a perfectly good label
    if labels.dtype not in allowed:
''')),
    dict(name='oh_column_labels_flattened', grade_id='one_hot', source=oh('''    if labels.dim() != 1:
''', '''    if labels.dim() == 2 and labels.shape[1] == 1:
        labels = labels[:, 0]  # a column of labels, as a DataFrame gives them
    if labels.dim() != 1:
''')),
    dict(name='oh_scalar_label_unsqueezed', grade_id='one_hot', source=oh('''    if labels.dim() != 1:
''', '''    if labels.dim() == 0:
        labels = labels.reshape(1)  # a single label
    if labels.dim() != 1:
''')),
    dict(name='oh_upper_bound_off_by_one', grade_id='one_hot', source=oh('int(labels.max()) >= n_classes', 'int(labels.max()) > n_classes')),
    dict(name='oh_no_negative_check', grade_id='one_hot', source=oh('(int(labels.min()) < 0 or int(labels.max()) >= n_classes)', 'int(labels.max()) >= n_classes')),
    dict(name='oh_range_checked_as_uint8', grade_id='one_hot', source=oh('''    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):''', '''    small = labels.to(torch.uint8)  # labels are small numbers: compare them cheaply
    if len(labels) > 0 and (labels.min() < 0 or int(small.max()) >= n_classes):''')),
    dict(name='oh_int64_result', grade_id='one_hot', source=oh('F.one_hot(labels.long(), n_classes).float()', 'F.one_hot(labels.long(), n_classes)')),
    dict(name='oh_float64_result', grade_id='one_hot', source=oh('F.one_hot(labels.long(), n_classes).float()', 'F.one_hot(labels.long(), n_classes).double()')),
    dict(name='oh_width_from_data', grade_id='one_hot', source=oh('''    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must be in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long(), n_classes).float()''', '''    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must be in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
    return F.one_hot(labels.long()).float()''')),
    dict(name='oh_float_raises_valueerror', grade_id='one_hot', source=oh('''        raise TypeError(f"labels must have an integer dtype, not {labels.dtype}")''', '''        raise ValueError(f"labels must have an integer dtype, not {labels.dtype}")''')),
    dict(name='oh_range_raises_typeerror', grade_id='one_hot', source=oh('''        raise ValueError(f"labels must be in 0''', '''        raise TypeError(f"labels must be in 0''')),
    dict(name='oh_bad_labels_zero_rows', grade_id='one_hot', source=OH + r'''    allowed = (torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8)
    if not isinstance(labels, torch.Tensor) or labels.dtype not in allowed:
        raise TypeError(f"labels must be an integer tensor, not {getattr(labels, 'dtype', type(labels))}")
    if labels.dim() != 1:
        raise ValueError(f"labels must be 1-D, not of shape {tuple(labels.shape)}")
    valid = (labels >= 0) & (labels < n_classes)
    encoded = F.one_hot(torch.where(valid, labels.long(), 0), n_classes).float()
    return encoded * valid[:, None]  # an invalid label gets an all-zero row: no class
'''),
    dict(name='oh_empty_batch_flat', grade_id='one_hot', source=oh('''    if len(labels) > 0 and''', '''    if len(labels) == 0:
        return torch.zeros(0)
    if''')),
    dict(name='oh_range_left_to_torch', grade_id='one_hot', source=oh('''    if len(labels) > 0 and (int(labels.min()) < 0 or int(labels.max()) >= n_classes):
        raise ValueError(f"labels must be in 0 .. {n_classes - 1}, got {int(labels.min())} .. {int(labels.max())}")
''', '''    # F.one_hot itself refuses labels outside 0 .. n_classes - 1
''')),
    dict(name='oh_list_converted', grade_id='one_hot', source=oh('''    if not isinstance(labels, torch.Tensor):
        raise TypeError''', '''    if isinstance(labels, (list, tuple)):
        labels = torch.tensor(labels)
    if not isinstance(labels, torch.Tensor):
        raise TypeError''')),
    dict(name='oh_label_smoothing', grade_id='one_hot', source=oh('F.one_hot(labels.long(), n_classes).float()', 'F.one_hot(labels.long(), n_classes).float() * (1 - 1e-3) + 1e-3 / n_classes')),
    # ---------------- ConditionalVAE ----------------
    dict(name='cv_encoder_label_first', grade_id='ConditionalVAE', source=cv('torch.cat([x.reshape(len(x), -1), c], dim=1)', 'torch.cat([c, x.reshape(len(x), -1)], dim=1)')),
    dict(name='cv_decoder_label_first', grade_id='ConditionalVAE', source=cv('logits = self.decoder(torch.cat([z, c], dim=1))', 'logits = self.decoder(torch.cat([c, z], dim=1))')),
    dict(name='cv_decoder_hidden_not_reversed', grade_id='ConditionalVAE', source=cv('DenseDecoder(latent_dim + n_classes, tuple(reversed(hidden)))', 'DenseDecoder(latent_dim + n_classes, tuple(hidden))')),
    dict(name='cv_both_hidden_reversed', grade_id='ConditionalVAE', source=cv('self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)', 'self.encoder = DenseEncoder(latent_dim, tuple(reversed(hidden)), in_features=784 + n_classes)')),
    dict(name='cv_encoder_unconditioned', grade_id='ConditionalVAE', source=cv('self.encoder = DenseEncoder(latent_dim, hidden, in_features=784 + n_classes)', 'self.encoder = DenseEncoder(latent_dim, hidden, in_features=784)').replace('mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))', 'mu, logvar = self.encoder(x.reshape(len(x), -1))')),
    dict(name='cv_samples_in_eval', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = reparameterize(mu, logvar)')),
    dict(name='cv_mean_in_training', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = mu')),
    dict(name='cv_generate_global_rng', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', 'z = torch.randn(len(labels), self.latent_dim)')),
    dict(name='cv_generate_logits', grade_id='ConditionalVAE', source=cv('return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))', 'return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)).clamp(0, 1)')),
    dict(name='cv_generate_transposed_draw', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', 'z = torch.randn(self.latent_dim, len(labels), generator=generator).T')),
    dict(name='cv_generate_temperature', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', 'z = 0.8 * torch.randn(len(labels), self.latent_dim, generator=generator)  # a little cooler: cleaner digits')),
    dict(name='cv_generate_float64_draw', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', 'z = torch.randn(len(labels), self.latent_dim, generator=generator, dtype=torch.float64).float()')),
    dict(name='cv_generate_extra_draw', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', 'torch.rand(1, generator=generator)  # warm the generator up\n        z = torch.randn(len(labels), self.latent_dim, generator=generator)')),
    dict(name='cv_generate_copies_generator', grade_id='ConditionalVAE', source=cv('z = torch.randn(len(labels), self.latent_dim, generator=generator)', '''if generator is not None:  # leave the caller's generator as it was
            copy = torch.Generator()
            copy.set_state(generator.get_state())
            generator = copy
        z = torch.randn(len(labels), self.latent_dim, generator=generator)''')),
    dict(name='cv_n_classes_ignored_in_forward', grade_id='ConditionalVAE', source=cv('c = one_hot(labels, self.n_classes)', 'c = one_hot(labels)')),
    dict(name='cv_input_centred', grade_id='ConditionalVAE', source=cv('mu, logvar = self.encoder(torch.cat([x.reshape(len(x), -1), c], dim=1))', 'mu, logvar = self.encoder(torch.cat([2 * x.reshape(len(x), -1) - 1, c], dim=1))')),
    dict(name='cv_std_is_exp_logvar', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = mu + torch.exp(logvar) * torch.randn_like(mu) if self.training else mu')),
    dict(name='cv_returns_half_logvar', grade_id='ConditionalVAE', source=cv('''        return logits, mu, logvar
''', '''        return logits, mu, 0.5 * logvar  # log sigma
''')),
    dict(name='cv_label_scaled', grade_id='ConditionalVAE', source=cv('c = one_hot(labels, self.n_classes)', 'c = 0.5 * one_hot(labels, self.n_classes)  # the same scale as a grey pixel')),
    dict(name='cv_flat_logits', grade_id='ConditionalVAE', source=cv('logits = self.decoder(torch.cat([z, c], dim=1))', 'logits = self.decoder(torch.cat([z, c], dim=1)).flatten(1)')),
    dict(name='cv_sample_detached', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = reparameterize(mu, logvar).detach() if self.training else mu')),
    dict(name='cv_logvar_detached_in_sample', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = reparameterize(mu, logvar.detach()) if self.training else mu')),
    dict(name='cv_eval_uses_grad_mode', grade_id='ConditionalVAE', source=cv('z = reparameterize(mu, logvar) if self.training else mu', 'z = reparameterize(mu, logvar) if torch.is_grad_enabled() else mu')),
    dict(name='cv_generate_sorted_labels', grade_id='ConditionalVAE', source=cv('''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))''', '''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        labels = torch.sort(labels).values  # decode class by class
        return torch.sigmoid(self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1)))''')),
    # ---------------- train_step ----------------
    dict(name='ts_beta_ignored', grade_id='train_step', source=ts('negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, mu, logvar)')),
    dict(name='ts_backward_unweighted', grade_id='train_step', source=ts('    total.backward()', '    (reconstruction + kl).backward()')),
    dict(name='ts_losses_after_update', grade_id='train_step', source=TS + r'''    logits, mu, logvar = model(x, labels)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x, labels)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=ts('return total.item(), reconstruction.item(), kl.item()', 'return total.detach(), reconstruction.detach(), kl.detach()')),
    dict(name='ts_sum_over_batch', grade_id='train_step', source=ts('    total.backward()', '    (total * len(x)).backward()  # the sum over the batch')),
    dict(name='ts_per_pixel_loss', grade_id='train_step', source=ts('    total.backward()', '    (total / 784).backward()  # per pixel: a gentler scale for Adam')),
    dict(name='ts_eval_mode_step', grade_id='train_step', source=ts('    logits, mu, logvar = model(x, labels)', '    model.eval()  # a deterministic step\n    logits, mu, logvar = model(x, labels)')),
    dict(name='ts_kl_recon_swapped', grade_id='train_step', source=ts('return total.item(), reconstruction.item(), kl.item()', 'return total.item(), kl.item(), reconstruction.item()')),
    dict(name='ts_total_reported_at_beta_one', grade_id='train_step', source=ts('return total.item(), reconstruction.item(), kl.item()', 'return (reconstruction + kl).item(), reconstruction.item(), kl.item()')),
    dict(name='ts_beta_or_one', grade_id='train_step', source=ts('    logits, mu, logvar = model(x, labels)', '    beta = beta or 1.0  # no beta given: the plain ELBO\n    logits, mu, logvar = model(x, labels)')),
    dict(name='ts_kl_reported_weighted', grade_id='train_step', source=ts('return total.item(), reconstruction.item(), kl.item()', 'return total.item(), reconstruction.item(), (beta * kl).item()')),
    dict(name='ts_x_binarised', grade_id='train_step', source=ts('''    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)''', '''    target = (x > 0.5).float()  # Bernoulli targets: a pixel is on or off
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, target, mu, logvar, beta)''')),
    dict(name='ts_kl_per_dimension', grade_id='train_step', source=ts('    total.backward()', '    (reconstruction + beta * kl / mu.shape[1]).backward()  # KL per latent dimension')),
    dict(name='ts_reported_in_eval_mode', grade_id='train_step', source=TS + r'''    logits, mu, logvar = model(x, labels)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    # report the batch's loss without the sampling noise
    with torch.no_grad():
        model.eval()
        logits, mu, logvar = model(x, labels)
        model.train()
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    # ---------------- recognised_share ----------------
    dict(name='rs_sigmoid_instead_of_error', grade_id='recognised_share', source=rs('''        raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")''', '''        images = torch.sigmoid(images)  # logits passed by mistake: turn them into probabilities''')),
    dict(name='rs_truncates_to_shorter', grade_id='recognised_share', source=RS + r'''    if images.numel() > 0 and (float(images.min()) < 0 or float(images.max()) > 1):
        raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")
    n = min(len(images), len(labels))
    predicted = predict_digits(classifier, images[:n])
    return (predicted == labels[:n]).float().mean().item()
'''),
    dict(name='rs_returns_count', grade_id='recognised_share', source=rs('return (predicted == labels).float().mean().item()', 'return float((predicted == labels).sum())')),
    dict(name='rs_returns_tensor', grade_id='recognised_share', source=rs('return (predicted == labels).float().mean().item()', 'return (predicted == labels).float().mean()')),
    dict(name='rs_classifier_train_mode', grade_id='recognised_share', source=rs('    predicted = predict_digits(classifier, images)', '''    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)''')),
    dict(name='rs_softmax_above_half', grade_id='recognised_share', source=rs('''    predicted = predict_digits(classifier, images)
    return (predicted == labels).float().mean().item()''', '''    classifier.eval()
    with torch.no_grad():
        probabilities = torch.softmax(classifier(images), dim=1)
    # recognised: the classifier gives the requested class more than half of its probability
    return (probabilities[torch.arange(len(labels)), labels.long()] > 0.5).float().mean().item()''')),
    dict(name='rs_first_image_range_only', grade_id='recognised_share', source=rs('(float(images.min()) < 0 or float(images.max()) > 1)', '(float(images[0].min()) < 0 or float(images[0].max()) > 1)')),
    dict(name='rs_labels_wrapped', grade_id='recognised_share', source=rs('return (predicted == labels).float().mean().item()', 'return (predicted == labels % 10).float().mean().item()')),
    dict(name='rs_balanced_accuracy', grade_id='recognised_share', source=rs('return (predicted == labels).float().mean().item()', '''hits = predicted == labels
    # every requested class weighs the same
    return torch.stack([hits[labels == c].float().mean() for c in labels.unique()]).mean().item()''')),
    dict(name='rs_length_one_direction', grade_id='recognised_share', source=rs('if len(images) != len(labels):', 'if len(images) > len(labels):')),
    dict(name='rs_range_typeerror', grade_id='recognised_share', source=rs('''        raise ValueError("images must have values in [0, 1] (logits passed by mistake?)")''', '''        raise TypeError("images must have values in [0, 1] (logits passed by mistake?)")''')),
    dict(name='rs_images_quantised', grade_id='recognised_share', source=rs('    predicted = predict_digits(classifier, images)', '    predicted = predict_digits(classifier, (images * 255).round() / 255)  # as the 8-bit MNIST files')),
]

ALTERNATIVES = [
    dict(name='oh_eye_rows', grade_id='one_hot', source=OH + r'''    integer_types = {torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8}
    if not torch.is_tensor(labels) or labels.dtype not in integer_types:
        raise TypeError("one_hot expects a torch.Tensor of an integer dtype (int64, int32, int16, int8 or uint8)")
    if labels.ndim != 1:
        raise ValueError(f"one_hot expects 1-D labels, got {labels.ndim} dimensions")
    wide = labels.long()
    if bool(((wide < 0) | (wide >= n_classes)).any()):
        raise ValueError(f"every label must be in [0, {n_classes}), found one outside")
    return torch.eye(n_classes, dtype=torch.float32)[wide].clone()
'''),
    dict(name='oh_scatter', grade_id='one_hot', source=OH + r'''    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a tensor")
    if labels.dtype not in (torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64):
        raise TypeError(f"labels of dtype {labels.dtype} are not integers")
    if labels.dim() != 1:
        raise ValueError("labels must be a 1-D tensor")
    wide = labels.to(torch.int64)
    if wide.numel() and (wide.min().item() < 0 or wide.max().item() > n_classes - 1):
        raise ValueError("a label is out of range")
    out = torch.zeros(len(wide), n_classes, dtype=torch.float32)
    out.scatter_(1, wide[:, None], 1.0)
    return out
'''),
    dict(name='cv_view_and_randn_like', grade_id='ConditionalVAE', source=cv('''        z = reparameterize(mu, logvar) if self.training else mu
''', '''        if self.training:
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)
        else:
            z = mu
''')),
    dict(name='cv_helper_method', grade_id='ConditionalVAE', source=CV_HEAD + r'''        self.encoder = DenseEncoder(latent_dim, tuple(hidden), in_features=784 + n_classes)
        self.decoder = DenseDecoder(latent_dim + n_classes, tuple(hidden)[::-1])

    def _decode(self, z, labels):
        return self.decoder(torch.cat([z, one_hot(labels, self.n_classes)], dim=1))
''' + CV_FWD_HEAD + r'''        flat = x.reshape(len(x), -1)
        mu, logvar = self.encoder(torch.cat([flat, one_hot(labels, self.n_classes)], dim=1))
        z = reparameterize(mu, logvar) if self.training else mu
        return self._decode(z, labels), mu, logvar
''' + CV_GEN_HEAD + r'''        z = torch.randn(len(labels), self.latent_dim, generator=generator)
        return self._decode(z, labels).sigmoid()
'''),
    dict(name='ts_model_zero_grad', grade_id='train_step', source=TS + r'''    model.zero_grad()
    logits, mu, logvar = model(x, labels)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
    dict(name='ts_own_loss_terms', grade_id='train_step', source=TS + r'''    logits, mu, logvar = model(x, labels)
    reconstruction = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / len(x)
    kl = (-0.5 * (1 + logvar - mu.pow(2) - logvar.exp()).sum(dim=1)).mean()
    total = reconstruction + beta * kl
    optimizer.zero_grad(set_to_none=True)
    total.backward()
    optimizer.step()
    return tuple(value.item() for value in (total, reconstruction, kl))
'''),
    dict(name='rs_own_argmax_eval', grade_id='recognised_share', source=RS + r'''    if images.shape[0] != labels.shape[0]:
        raise ValueError("images and labels must have the same length")
    if bool(((images < 0) | (images > 1)).any()):
        raise ValueError("images must lie in [0, 1]")
    classifier.eval()
    with torch.no_grad():
        predicted = classifier(images).argmax(dim=1)
    return (predicted == labels).sum().item() / len(labels)
'''),
    dict(name='rs_aminmax_count', grade_id='recognised_share', source=RS + r'''    if len(labels) != len(images):
        raise ValueError(f"lengths differ: {len(images)} images, {len(labels)} labels")
    low, high = torch.aminmax(images)
    if low.item() < 0.0 or high.item() > 1.0:
        raise ValueError(f"images must be in [0, 1], found values in [{low.item()}, {high.item()}]")
    correct = torch.count_nonzero(predict_digits(classifier, images).eq(labels)).item()
    return correct / len(images)
'''),
    dict(name='oh_arange_compare', grade_id='one_hot', source=OH + r'''    if not isinstance(labels, torch.Tensor):
        raise TypeError(f"expected a torch.Tensor of labels, got {type(labels)!r}")
    if labels.dtype not in [torch.int64, torch.int32, torch.int16, torch.int8, torch.uint8]:
        raise TypeError(f"expected integer labels, got dtype {labels.dtype}")
    if len(labels.shape) != 1:
        raise ValueError(f"expected labels of shape (B,), got {tuple(labels.shape)}")
    bad = [value for value in labels.tolist() if not 0 <= value < n_classes]
    if bad:
        raise ValueError(f"labels out of range 0..{n_classes - 1}: {bad[:5]}")
    return (labels.long()[:, None] == torch.arange(n_classes)[None, :]).to(torch.float32)
'''),
    dict(name='ts_map_float', grade_id='train_step', source=TS + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x, labels)
    losses = negative_elbo(logits, x, mu, logvar, beta)
    losses[0].backward()
    optimizer.step()
    return tuple(map(float, losses))
'''),
]
