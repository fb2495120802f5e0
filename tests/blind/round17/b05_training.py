"""Blind round 17: mistakes and alternatives for notebook 05_training."""

NOTEBOOK = '05_training'

# ---------------------------------------------------------------------------------------------------------------
# Exercise 1: iterate_minibatches
# ---------------------------------------------------------------------------------------------------------------
_IT = '''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
'''

_IT_MISTAKES = [
    dict(name='it_drops_the_last_partial_batch', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='it_extra_empty_batch_when_b_divides_n', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):  # + 1 for the remainder
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='it_ignores_the_generator', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_order_cached_between_calls', grade_id='iterate_minibatches', source='''_ORDERS = {}


''' + _IT + '''    n = len(images)
    if n not in _ORDERS:  # draw the permutation once, reuse it
        _ORDERS[n] = torch.randperm(n, generator=generator)
    order = _ORDERS[n]
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_copies_the_generator_from_its_initial_seed', grade_id='iterate_minibatches', source=_IT + '''    own = torch.Generator().manual_seed(generator.initial_seed())  # do not disturb the caller's generator
    order = torch.randperm(len(images), generator=own)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_samples_with_replacement', grade_id='iterate_minibatches', source=_IT + '''    n = len(images)
    order = torch.randint(n, (n,), generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_shuffles_the_argument_in_place', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]  # shuffle in memory, no copy
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='it_shuffles_whole_batches_only', grade_id='iterate_minibatches', source=_IT + '''    n = len(images)
    starts = list(range(0, n, batch_size))
    for k in torch.randperm(len(starts), generator=generator).tolist():
        yield images[starts[k]:starts[k] + batch_size]
'''),
    dict(name='it_chunk_makes_batch_size_batches', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images), generator=generator)
    yield from torch.chunk(images[order], batch_size)
'''),
    dict(name='it_new_permutation_for_every_batch', grade_id='iterate_minibatches', source=_IT + '''    n = len(images)
    for start in range(0, n, batch_size):
        order = torch.randperm(n, generator=generator)
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_batches_one_short', grade_id='iterate_minibatches', source=_IT + '''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        end = start + batch_size - 1
        yield images[order[start:end]]
'''),
    dict(name='it_small_remainder_merged_into_the_previous_batch', grade_id='iterate_minibatches', source=_IT + '''    n = len(images)
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n:
        end = start + batch_size
        if n - end < batch_size:  # do not leave a tiny last batch on its own
            end = n
        yield images[order[start:end]]
        start = end
'''),
]

_IT_ALTERNATIVES = [
    dict(name='it_split_of_the_shuffled_copy', grade_id='iterate_minibatches', source=_IT + '''    shuffled = images[torch.randperm(images.shape[0], generator=generator)]
    yield from torch.split(shuffled, batch_size)
'''),
    dict(name='it_index_select_with_ceil_division', grade_id='iterate_minibatches', source=_IT + '''    n = images.size(0)
    order = torch.randperm(n, generator=generator)
    for k in range(-(-n // batch_size)):
        yield images.index_select(0, order[k * batch_size:min(n, (k + 1) * batch_size)])
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 2: train_step
# ---------------------------------------------------------------------------------------------------------------
_TS = '''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
'''

_TS_MISTAKES = [
    dict(name='ts_no_zero_grad', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_between_backward_and_step', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=_TS + '''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_not_passed_on', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_reports_the_losses_after_the_update', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the losses of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_leaves_the_model_in_eval_mode', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()  # done with training on this batch
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_divided_by_batch_size_again', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()  # per-image gradient
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_of_the_batch_sum', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * x.shape[0]).backward()  # as in the PyTorch example: the sum over the batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_kl_and_reconstruction_swapped', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='ts_gradient_clipping_added', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # for stability
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_reports_eval_mode_losses', grade_id='train_step', source=_TS + '''    logits, mu, logvar = model(x)
    loss = negative_elbo(logits, x, mu, logvar, beta)[0]
    model.eval()
    with torch.no_grad():  # clean numbers for the history, without the sampling noise
        mean_logits, mean_mu, mean_logvar = model(x)
        total, reconstruction, kl = negative_elbo(mean_logits, x, mean_mu, mean_logvar, beta)
    model.train()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
]

_TS_ALTERNATIVES = [
    dict(name='ts_model_zero_grad_and_float', grade_id='train_step', source=_TS + '''    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 3: evaluate
# ---------------------------------------------------------------------------------------------------------------
_EV = '''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
'''


def _ev(body_loop, head='''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
''', tail='''    return {key: value / len(images) for key, value in sums.items()}
'''):
    return _EV + head + body_loop + tail


_EV_LOOP_OK = '''            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
'''

_EV_MISTAKES = [
    dict(name='ev_decodes_the_mean', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            logits = model.decoder(mu)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
''')),
    dict(name='ev_uses_the_model_forward_in_eval_mode', grade_id='evaluate', source=_ev('''            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
''')),
    dict(name='ev_plain_mean_of_batch_averages', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item()
            sums["reconstruction"] += reconstruction.item()
            sums["kl"] += kl.item()
''', tail='''    batches = -(-len(images) // batch_size)
    return {key: value / batches for key, value in sums.items()}
''')),
    dict(name='ev_weights_every_batch_by_batch_size', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * batch_size
            sums["reconstruction"] += reconstruction.item() * batch_size
            sums["kl"] += kl.item() * batch_size
''')),
    dict(name='ev_stays_in_training_mode', grade_id='evaluate', source=_ev(_EV_LOOP_OK, head='''    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
''')),
    dict(name='ev_switches_back_to_training_mode', grade_id='evaluate', source=_ev(_EV_LOOP_OK, tail='''    model.train()  # back to training for the next epoch
    return {key: value / len(images) for key, value in sums.items()}
''')),
    dict(name='ev_without_no_grad', grade_id='evaluate', source=_ev(_EV_LOOP_OK, head='''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    if True:
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
''')),
    dict(name='ev_drops_the_last_partial_batch', grade_id='evaluate', source=_ev(_EV_LOOP_OK, head='''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            x = images[number * batch_size:(number + 1) * batch_size]
''')),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total * len(x)
            sums["reconstruction"] += reconstruction * len(x)
            sums["kl"] += kl * len(x)
''')),
    dict(name='ev_averages_five_samples_per_image', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            for _ in range(5):  # a better estimate of the expectation over q(z|x)
                logits = model.decoder(reparameterize(mu, logvar))
                total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
                sums["total"] += total.item() * len(x) / 5
                sums["reconstruction"] += reconstruction.item() * len(x) / 5
                sums["kl"] += kl.item() * len(x) / 5
''')),
    dict(name='ev_key_KL_as_in_notebook_04', grade_id='evaluate', source=_ev(_EV_LOOP_OK.replace('sums["kl"]', 'sums["KL"]'),
                                                                              head='''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "KL": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
''')),
    dict(name='ev_puts_only_the_submodules_in_eval_mode', grade_id='evaluate', source=_ev(_EV_LOOP_OK, head='''    model.encoder.eval()
    model.decoder.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
''')),
    dict(name='ev_sum_of_batch_averages_over_n', grade_id='evaluate', source=_ev('''            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item()
            sums["reconstruction"] += reconstruction.item()
            sums["kl"] += kl.item()
''', tail='''    return {key: value * batch_size / len(images) for key, value in sums.items()}
''')),
]

_EV_ALTERNATIVES = [
    dict(name='ev_tensor_accumulators_and_split', grade_id='evaluate', source=_EV + '''    model.train(False)
    totals = torch.zeros(3)
    with torch.no_grad():
        for x in torch.split(images, batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            totals += torch.stack(negative_elbo(logits, x, mu, logvar, beta=beta)) * x.shape[0]
    averages = (totals / images.shape[0]).tolist()
    return dict(zip(("total", "reconstruction", "kl"), averages))
'''),
    dict(name='ev_inference_mode_weighted_lists', grade_id='evaluate', source=_EV + '''    model.eval()
    parts, sizes = [], []
    with torch.inference_mode():
        for start in range(0, images.shape[0], batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts.append([value.item() for value in negative_elbo(model.decoder(z), x, mu, logvar, beta)])
            sizes.append(len(x))
    n = sum(sizes)
    result = {}
    for index, key in enumerate(("total", "reconstruction", "kl")):
        result[key] = sum(part[index] * size for part, size in zip(parts, sizes)) / n
    return result
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 4: train
# ---------------------------------------------------------------------------------------------------------------
_TR = '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
'''
_TR_INIT = '''    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = -(-n // batch_size)
'''
_TR_EPOCH_HEAD = '''    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index in range(3):
                sums[index] += losses[index] * len(x)
'''
_TR_RECORD = '''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
'''
_TR_RETURN = '''    return history
'''


def _tr(init=_TR_INIT, head=_TR_EPOCH_HEAD, record=_TR_RECORD, ret=_TR_RETURN, prefix=''):
    return prefix + _TR + init + head + record + ret


_TR_MISTAKES = [
    dict(name='tr_train_mode_set_once_before_the_loop', grade_id='train', source=_tr(head='''    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index in range(3):
                sums[index] += losses[index] * len(x)
''')),
    dict(name='tr_train_mode_set_after_evaluate', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        '        model.train()\n', ''), record=_TR_RECORD + '''        model.train()  # evaluate left it in eval mode
''')),
    dict(name='tr_beta_not_passed_to_train_step', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        'train_step(model, optimizer, x, beta)', 'train_step(model, optimizer, x)'))),
    dict(name='tr_own_generator', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        'iterate_minibatches(train_images, batch_size, generator)',
        'iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))'))),
    dict(name='tr_evaluate_with_the_training_batch_size', grade_id='train', source=_tr(record=_TR_RECORD.replace(
        'evaluate(model, test_images, beta=beta)', 'evaluate(model, test_images, batch_size, beta)'))),
    dict(name='tr_mean_of_batch_means', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        'losses[index] * len(x)', 'losses[index]'), record=_TR_RECORD.replace('/ n)', '/ n_batches)'))),
    dict(name='tr_last_batch_losses_recorded', grade_id='train', source=_tr(head='''    for epoch in range(epochs):
        model.train()
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta)
''', record='''        history["train_total"].append(total)
        history["train_reconstruction"].append(reconstruction)
        history["train_kl"].append(kl)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
''')),
    dict(name='tr_weights_batches_by_batch_size', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        'losses[index] * len(x)', 'losses[index] * batch_size'))),
    dict(name='tr_evaluates_on_the_training_images', grade_id='train', source=_tr(record=_TR_RECORD.replace(
        'evaluate(model, test_images, beta=beta)', 'evaluate(model, train_images, beta=beta)'))),
    dict(name='tr_evaluates_once_after_all_epochs', grade_id='train', source=_tr(record='''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
    result = evaluate(model, test_images, beta=beta)
    history["test_total"].append(result["total"])
    history["test_reconstruction"].append(result["reconstruction"])
    history["test_kl"].append(result["kl"])
''')),
    dict(name='tr_history_lists_shared_by_fromkeys', grade_id='train', source=_tr(init='''    history = dict.fromkeys(HISTORY_KEYS, [])
    n = len(train_images)
    n_batches = -(-n // batch_size)
''')),
    dict(name='tr_history_kept_between_calls', grade_id='train', source=_tr(prefix='''HISTORY = {key: [] for key in HISTORY_KEYS}


''', init='''    history = HISTORY
    n = len(train_images)
    n_batches = -(-n // batch_size)
''')),
    dict(name='tr_progress_flag_inverted', grade_id='train', source=_tr(head=_TR_EPOCH_HEAD.replace(
        'disable=not progress', 'disable=progress'))),
    dict(name='tr_creates_its_own_optimizer', grade_id='train', source=_tr(init='''    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = -(-n // batch_size)
    optimizer = torch.optim.Adam(model.parameters())  # a fresh Adam for this run
''')),
    dict(name='tr_generator_state_restored_every_epoch', grade_id='train', source=_tr(init='''    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = -(-n // batch_size)
    state = generator.get_state()
''', head=_TR_EPOCH_HEAD.replace('        model.train()\n', '''        model.train()
        generator.set_state(state)  # every epoch starts from the same generator state
'''))),
]
_TR_ALTERNATIVES = [
    dict(name='tr_dict_sums_and_len_of_lists', grade_id='train', source=_TR + '''    history = {}
    for key in HISTORY_KEYS:
        history[key] = []
    for _ in range(epochs):
        model.train()
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        count = 0
        bar = tqdm(iterate_minibatches(train_images, batch_size, generator),
                   total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress)
        for x in bar:
            total, reconstruction, kl = train_step(model, optimizer, x, beta=beta)
            sums["total"] += total * x.shape[0]
            sums["reconstruction"] += reconstruction * x.shape[0]
            sums["kl"] += kl * x.shape[0]
            count += x.shape[0]
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["train_" + term].append(sums[term] / count)
            history["test_" + term].append(test[term])
    return history
'''),
]

# ---------------------------------------------------------------------------------------------------------------
# Exercise 5: save_checkpoint and load_checkpoint
# ---------------------------------------------------------------------------------------------------------------
_SV = '''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
'''
_LD = '''

def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
'''
_SV_OK = '''    torch.save(model.state_dict(), path)
'''
_LD_OK = '''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''


def _ck(save=_SV_OK, load=_LD_OK, prefix=''):
    return prefix + _SV + save + _LD + load


_CK_MISTAKES = [
    dict(name='ck_pickles_the_whole_model', grade_id='checkpoint', source=_ck(save='''    torch.save(model, path)
''', load='''    model = torch.load(path, weights_only=False)
    model.eval()
    return model
''')),
    dict(name='ck_loaded_model_left_in_training_mode', grade_id='checkpoint', source=_ck(load='''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
''')),
    dict(name='ck_saves_and_loads_only_the_decoder', grade_id='checkpoint', source=_ck(save='''    torch.save(model.decoder.state_dict(), path)  # the decoder is what generates
''', load='''    model = build()
    model.decoder.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
''')),
    dict(name='ck_returns_the_result_of_load_state_dict', grade_id='checkpoint', source=_ck(load='''    model = build()
    model = model.load_state_dict(torch.load(path, weights_only=True))
    return model
''')),
    dict(name='ck_returns_a_fresh_build', grade_id='checkpoint', source=_ck(load='''    build().load_state_dict(torch.load(path, weights_only=True))
    model = build()
    return model.eval()
''')),
    dict(name='ck_saves_a_list_of_parameters', grade_id='checkpoint', source=_ck(save='''    torch.save([p.detach() for p in model.parameters()], path)
''', load='''    model = build()
    saved = torch.load(path, weights_only=True)
    with torch.no_grad():
        for parameter, value in zip(model.parameters(), saved):
            parameter.copy_(value)
    return model.eval()
''')),
    dict(name='ck_wraps_the_state_dict_in_a_dict', grade_id='checkpoint', source=_ck(save='''    torch.save({"model": model.state_dict()}, path)
''', load='''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["model"])
    model.eval()
    return model
''')),
    dict(name='ck_appends_an_extension_to_the_path', grade_id='checkpoint', source=_ck(save='''    torch.save(model.state_dict(), str(path) + ".pt")
''', load='''    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
''')),
    dict(name='ck_loaded_models_cached_by_path', grade_id='checkpoint', source=_ck(prefix='''_LOADED = {}


''', load='''    key = str(path)
    if key not in _LOADED:  # loading from disk is slow: keep the models we have already loaded
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        _LOADED[key] = model
    return _LOADED[key].eval()
''')),
    dict(name='ck_save_switches_the_model_to_eval', grade_id='checkpoint', source=_ck(save='''    model.eval()  # save the inference version
    torch.save(model.state_dict(), path)
''')),
]

_CK_ALTERNATIVES = [
    dict(name='ck_file_object_map_location_train_false', grade_id='checkpoint', source=_ck(save='''    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)
''', load='''    state = torch.load(path, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state, strict=True)
    return model.train(False)
''')),
    dict(name='ck_keyword_save_default_load', grade_id='checkpoint', source=_ck(save='''    state = model.state_dict()
    torch.save(obj=state, f=path)
''', load='''    model = build()
    model.load_state_dict(torch.load(path))
    model.eval()
    return model
''')),
]

MISTAKES = _IT_MISTAKES + _TS_MISTAKES + _EV_MISTAKES + _TR_MISTAKES + _CK_MISTAKES

ALTERNATIVES = _IT_ALTERNATIVES + _TS_ALTERNATIVES + _EV_ALTERNATIVES + _TR_ALTERNATIVES + _CK_ALTERNATIVES
