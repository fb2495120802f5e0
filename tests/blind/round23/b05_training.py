"""Blind round 23: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'


def _im(body):
    return 'def iterate_minibatches(images, batch_size, generator):\n' + body


def _ts(body):
    return 'def train_step(model, optimizer, x, beta=1.0):\n' + body


def _ev(body, prefix=''):
    return prefix + 'def evaluate(model, images, batch_size=1000, beta=1.0):\n' + body


def _tr(body, prefix=''):
    return (prefix + 'def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, '
            'progress=True):\n' + body)


def _ck(save, load, prefix=''):
    return prefix + 'def save_checkpoint(model, path):\n' + save + '\n\ndef load_checkpoint(path, build):\n' + load


# reference-like pieces, each mistake changes one thing
_EV_LOOP_HEAD = '''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
'''
_EV_BATCH = '''            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
'''
_EV_ACCUMULATE = '''            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
'''
_EV_RETURN = '''    return {key: value / len(images) for key, value in sums.items()}
'''
_EV_FOR = '''        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
'''

_TR_EPOCH_BODY = '''        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
'''

_SAVE = '''    torch.save(model.state_dict(), path)
'''
_LOAD = '''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''

MISTAKES = [
    # --- iterate_minibatches ---------------------------------------------------------------------------
    dict(name='im_drops_last_partial_batch', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
''')),
    dict(name='im_global_randperm', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
''')),
    dict(name='im_tensor_split_balanced_sizes', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    n_batches = -(-len(images) // batch_size)
    for indices in order.tensor_split(n_batches):
        yield images[indices]
''')),
    dict(name='im_yields_indices', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield order[start:start + batch_size]
''')),
    dict(name='im_yields_one_tuples', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield (images[order[start:start + batch_size]],)  # like a DataLoader over a TensorDataset
''')),
    dict(name='im_order_from_rand_argsort', grade_id='iterate_minibatches', source=_im('''    order = torch.rand(len(images), generator=generator).argsort()  # a random permutation
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
''')),
    dict(name='im_shuffles_batch_order_only', grade_id='iterate_minibatches', source=_im('''    starts = torch.arange(0, len(images), batch_size)
    for k in torch.randperm(len(starts), generator=generator):
        start = int(starts[k])
        yield images[start:start + batch_size]
''')),
    dict(name='im_last_batch_merged', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    n_batches = max(1, len(images) // batch_size)
    for k in range(n_batches):
        end = len(images) if k == n_batches - 1 else (k + 1) * batch_size  # no tiny last batch
        yield images[order[k * batch_size:end]]
''')),
    dict(name='im_new_permutation_per_batch', grade_id='iterate_minibatches', source=_im('''    for start in range(0, len(images), batch_size):
        order = torch.randperm(len(images), generator=generator)
        yield images[order[:min(batch_size, len(images) - start)]]
''')),
    dict(name='im_order_cached_between_calls', grade_id='iterate_minibatches', source=_im('''    order = getattr(iterate_minibatches, "order", None)
    if order is None or len(order) != len(images):
        order = torch.randperm(len(images), generator=generator)
        iterate_minibatches.order = order  # draw the permutation once
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
''')),
    dict(name='im_casts_to_float32', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].float()
''')),
    dict(name='im_slice_one_short', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size - 1]]
''')),
    dict(name='im_range_stops_one_early', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - 1, batch_size):
        yield images[order[start:start + batch_size]]
''')),
    # --- train_step ------------------------------------------------------------------------------------
    dict(name='ts_no_zero_grad', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_losses_after_update', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the losses of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_beta_not_passed', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_returns_tensors', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
''')),
    dict(name='ts_two_optimizer_steps', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # stabilises training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_backward_of_batch_sum', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the loss of the whole batch, as in the PyTorch example
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_returns_kl_before_reconstruction', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
''')),
    dict(name='ts_returns_batch_sums', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)
''')),
    dict(name='ts_step_before_backward', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_kl_weighted_twice', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = total + beta * kl
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_reported_total_unweighted', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return (reconstruction + kl).item(), reconstruction.item(), kl.item()
''')),
    dict(name='ts_report_from_separate_pass', grade_id='train_step', source=_ts('''    with torch.no_grad():  # the numbers to report, without a graph
        logits, mu, logvar = model(x)
        report = negative_elbo(logits, x, mu, logvar, beta)
    logits, mu, logvar = model(x)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(value.item() for value in report)
''')),
    # --- evaluate ----------------------------------------------------------------------------------------
    dict(name='ev_decodes_the_mean', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + '''            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''' + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_mean_of_batch_means', grade_id='evaluate', source=_ev('''    model.eval()
    parts = []
    with torch.no_grad():
''' + _EV_FOR + _EV_BATCH + '''            parts.append(torch.stack([total, reconstruction, kl]))
    means = torch.stack(parts).mean(dim=0).tolist()
    return {"total": means[0], "reconstruction": means[1], "kl": means[2]}
''')),
    dict(name='ev_never_switches_to_eval', grade_id='evaluate', source=_ev('''    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
''' + _EV_FOR + _EV_BATCH + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_gradients_recorded', grade_id='evaluate', source=_ev('''    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        z = reparameterize(mu, logvar)
        logits = model.decoder(z)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        sums["total"] += total.item() * len(x)
        sums["reconstruction"] += reconstruction.item() * len(x)
        sums["kl"] += kl.item() * len(x)
''' + _EV_RETURN)),
    dict(name='ev_beta_ignored', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + '''            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
''' + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_divides_by_padded_count', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + '''        n_batches = 0
''' + _EV_FOR + _EV_BATCH + _EV_ACCUMULATE + '''            n_batches += 1
    return {key: value / (n_batches * batch_size) for key, value in sums.items()}
''')),
    dict(name='ev_drops_last_partial_batch', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + '''        n_batches = len(images) // batch_size
        for k in range(n_batches):
            x = images[k * batch_size:(k + 1) * batch_size]
''' + _EV_BATCH + _EV_ACCUMULATE + '''    return {key: value / (n_batches * batch_size) for key, value in sums.items()}
''')),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=_ev('''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
''' + _EV_FOR + _EV_BATCH + '''            sums += torch.stack([total, reconstruction, kl]) * len(x)
    averages = sums / len(images)
    return {"total": averages[0], "reconstruction": averages[1], "kl": averages[2]}
''')),
    dict(name='ev_restores_training_mode', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + _EV_BATCH
                                                                           + _EV_ACCUMULATE + '''    model.train()  # back to training
''' + _EV_RETURN)),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + '''            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            normal = torch.distributions.Normal
            log_q = normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(dim=1)
            log_p = normal(torch.zeros_like(z), torch.ones_like(z)).log_prob(z).sum(dim=1)
            kl = (log_q - log_p).mean()  # KL = E_q[log q - log p], estimated with the same sample
            total = reconstruction + beta * kl
''' + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_range_stops_one_early', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + '''        for start in range(0, len(images) - 1, batch_size):
            x = images[start:start + batch_size]
''' + _EV_BATCH + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_samples_in_training_mode', grade_id='evaluate', source=_ev('''    model.train()  # only switches on the sampling of z; nothing is learnt here
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
''' + _EV_FOR + '''            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''' + _EV_ACCUMULATE + '''    model.eval()
''' + _EV_RETURN)),
    dict(name='ev_weights_by_batch_size_argument', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + _EV_BATCH + '''            sums["total"] += total.item() * batch_size
            sums["reconstruction"] += reconstruction.item() * batch_size
            sums["kl"] += kl.item() * batch_size
''' + _EV_RETURN)),
    dict(name='ev_reparameterize_with_variance', grade_id='evaluate', source=_ev(_EV_LOOP_HEAD + _EV_FOR + '''            mu, logvar = model.encoder(x)
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''' + _EV_ACCUMULATE + _EV_RETURN)),
    dict(name='ev_sums_kept_between_calls', grade_id='evaluate', source=_ev('''    model.eval()
    with torch.no_grad():
''' + _EV_FOR + _EV_BATCH + '''            _SUMS["total"] += total.item() * len(x)
            _SUMS["reconstruction"] += reconstruction.item() * len(x)
            _SUMS["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in _SUMS.items()}
''', prefix='_SUMS = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}\n\n\n')),
    # --- train -----------------------------------------------------------------------------------------
    dict(name='tr_train_mode_set_once', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    model.train()
    for epoch in range(epochs):
''' + _TR_EPOCH_BODY)),
    dict(name='tr_mean_of_batch_means', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums, n_batches = [0.0, 0.0, 0.0], 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
            n_batches += 1
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / n_batches)
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_beta_not_passed_to_train_step', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_beta_not_passed_to_evaluate', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_generator_reseeded_by_epoch', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        generator.manual_seed(epoch)  # a different, reproducible order each epoch
''' + _TR_EPOCH_BODY)),
    dict(name='tr_one_epoch_too_many', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs + 1):
        model.train()
''' + _TR_EPOCH_BODY)),
    dict(name='tr_evaluates_training_images', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, train_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_progress_argument_ignored', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size)):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_weights_by_batch_size_argument', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * batch_size
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_evaluates_once_after_training', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
    for name, value in evaluate(model, test_images, beta=beta).items():  # the test set once, at the end
        history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_new_adam_each_call', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    optimizer = torch.optim.Adam(model.parameters(), lr=optimizer.param_groups[0]["lr"])
    for epoch in range(epochs):
        model.train()
''' + _TR_EPOCH_BODY)),
    dict(name='tr_history_kept_between_calls', grade_id='train', source=_tr('''    history = _HISTORY
    for epoch in range(epochs):
        model.train()
''' + _TR_EPOCH_BODY, prefix='_HISTORY = {key: [] for key in HISTORY_KEYS}\n\n\n')),
    dict(name='tr_running_sums_not_reset', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_divides_by_test_count', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(test_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_batch_iterator_made_once', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_batches_listed_once', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    batches = list(iterate_minibatches(train_images, batch_size, generator))  # shuffle once, reuse
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_train_terms_misaligned', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "kl", "reconstruction"), sums):
            history["train_" + name].append(value / len(train_images))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
''')),
    dict(name='tr_history_rounded', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for name, value in zip(("total", "reconstruction", "kl"), sums):
            history["train_" + name].append(round(value / len(train_images), 2))
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(round(value, 2))
    return history
''')),
    # --- checkpoints -----------------------------------------------------------------------------------
    dict(name='ck_saves_whole_model', grade_id='checkpoint', source=_ck('''    torch.save(model, path)
''', '''    model = torch.load(path, weights_only=False)
    model.eval()
    return model
''')),
    dict(name='ck_load_not_in_eval_mode', grade_id='checkpoint', source=_ck(_SAVE, '''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
''')),
    dict(name='ck_half_precision_state', grade_id='checkpoint', source=_ck('''    # float16 halves the size of the file
    torch.save({key: value.half() if value.is_floating_point() else value
                for key, value in model.state_dict().items()}, path)
''', _LOAD)),
    dict(name='ck_load_returns_state_dict', grade_id='checkpoint', source=_ck(_SAVE, '''    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return state
''')),
    dict(name='ck_loads_into_another_build', grade_id='checkpoint', source=_ck(_SAVE, '''    build().load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
''')),
    dict(name='ck_appends_suffix', grade_id='checkpoint', source=_ck('''    torch.save(model.state_dict(), str(path) + ".pt")
''', '''    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
''')),
    dict(name='ck_saves_encoder_only', grade_id='checkpoint', source=_ck('''    torch.save(model.encoder.state_dict(), path)
''', '''    model = build()
    model.encoder.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
''')),
    dict(name='ck_named_parameters_not_buffers', grade_id='checkpoint', source=_ck('''    torch.save({name: p.detach() for name, p in model.named_parameters()}, path)
''', '''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model
''')),
    dict(name='ck_load_cached_by_path', grade_id='checkpoint', source=_ck(_SAVE, '''    key = str(path)
    if key not in _LOADED:  # loading is slow: keep what we loaded
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        _LOADED[key] = model.eval()
    return _LOADED[key]
''', prefix='_LOADED = {}\n\n\n')),
    dict(name='ck_save_switches_model_to_eval', grade_id='checkpoint', source=_ck('''    model.eval()  # save the inference model
    torch.save(model.state_dict(), path)
''', _LOAD)),
    dict(name='ck_save_converts_model_to_half', grade_id='checkpoint', source=_ck('''    torch.save(model.half().state_dict(), path)  # half the size on disk
''', '''    model = build()
    model.load_state_dict({key: value.float() for key, value in torch.load(path, weights_only=True).items()})
    model.eval()
    return model
''')),
    dict(name='ck_load_freezes_parameters', grade_id='checkpoint', source=_ck(_SAVE, '''    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    for parameter in model.parameters():
        parameter.requires_grad_(False)  # a loaded model is for inference
    model.eval()
    return model
''')),
]

ALTERNATIVES = [
    dict(name='alt_im_split_permuted', grade_id='iterate_minibatches', source=_im('''    order = torch.randperm(len(images), generator=generator)
    yield from images[order].split(batch_size)
''')),
    dict(name='alt_im_index_select_while', grade_id='iterate_minibatches', source=_im('''    n = images.shape[0]
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n:
        yield images.index_select(0, order[start:start + batch_size])
        start += batch_size
''')),
    dict(name='alt_ts_zero_grad_first', grade_id='train_step', source=_ts('''    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
''')),
    dict(name='alt_ts_model_zero_grad', grade_id='train_step', source=_ts('''    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta)
    model.zero_grad()
    losses[0].backward()
    optimizer.step()
    return tuple(loss.item() for loss in losses)
''')),
    dict(name='alt_ev_decorator_split', grade_id='evaluate', source='''@torch.no_grad()
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    for x in images.split(batch_size):
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='alt_ev_total_from_parts', grade_id='evaluate', source=_ev('''    model.eval()
    n = len(images)
    reconstruction_sum, kl_sum = 0.0, 0.0
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            reconstruction_sum += reconstruction.item() * x.shape[0]
            kl_sum += kl.item() * x.shape[0]
    reconstruction, kl = reconstruction_sum / n, kl_sum / n
    return {"total": reconstruction + beta * kl, "reconstruction": reconstruction, "kl": kl}
''')),
    dict(name='alt_tr_tensor_sums', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3, dtype=torch.float64)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress,
                      desc=f"epoch {epoch + 1}"):
            sums += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
        averages = (sums / len(train_images)).tolist()
        test = evaluate(model, test_images, beta=beta)
        for i, term in enumerate(("total", "reconstruction", "kl")):
            history[f"train_{term}"].append(averages[i])
            history[f"test_{term}"].append(test[term])
    return history
''')),
    dict(name='alt_tr_named_sums', grade_id='train', source=_tr('''    history = {key: [] for key in HISTORY_KEYS}
    terms = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(terms, 0.0)
        seen = 0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, disable=not progress, leave=False):
            for term, loss in zip(terms, train_step(model, optimizer, x, beta=beta)):
                sums[term] += loss * len(x)
            seen += len(x)
        test = evaluate(model, test_images, beta=beta)
        for term in terms:
            history["train_" + term].append(sums[term] / seen)
            history["test_" + term].append(test[term])
    return history
''')),
    dict(name='alt_ck_cloned_state_map_location', grade_id='checkpoint', source=_ck('''    state = {key: value.detach().clone() for key, value in model.state_dict().items()}
    torch.save(state, path)
''', '''    model = build()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model.eval()
''')),
    dict(name='alt_ck_file_objects', grade_id='checkpoint', source=_ck('''    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)
''', '''    with open(path, "rb") as file:
        state = torch.load(file, weights_only=True)
    model = build()
    model.load_state_dict(state, strict=True)
    model.train(False)
    return model
''')),
]
