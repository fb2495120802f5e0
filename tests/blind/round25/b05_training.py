"""Blind round 25: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'

# ---------------------------------------------------------------------------------------------------------
# the two functions of the checkpoint cell, and the parts of train, so that each case changes one thing
# ---------------------------------------------------------------------------------------------------------
_SAVE = r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)
'''
_LOAD = r'''

def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint; returns it in eval mode."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''


def _train(head=None, epoch_start=None, batch_loop=None, after=None):
    """The whole train cell, with one of its four parts replaced."""
    head = head if head is not None else r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
'''
    epoch_start = epoch_start if epoch_start is not None else r'''        model.train()
        sums = [0.0, 0.0, 0.0]
'''
    batch_loop = batch_loop if batch_loop is not None else r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
'''
    after = after if after is not None else r'''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        test = evaluate(model, test_images, beta=beta)
        history["test_total"].append(test["total"])
        history["test_reconstruction"].append(test["reconstruction"])
        history["test_kl"].append(test["kl"])
    return history
'''
    return head + epoch_start + batch_loop + after


def _evaluate(body):
    return r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients."""
''' + body


_EVAL_LOOP_OK = r'''            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
'''
_EVAL_SUMS_OK = r'''            sums[0] += total.item() * len(x)
            sums[1] += reconstruction.item() * len(x)
            sums[2] += kl.item() * len(x)
'''
_EVAL_RETURN_OK = r'''    n = len(images)
    return {"total": sums[0] / n, "reconstruction": sums[1] / n, "kl": sums[2] / n}
'''


def _eval(loop=_EVAL_LOOP_OK, sums=_EVAL_SUMS_OK, ret=_EVAL_RETURN_OK,
          start=r'''    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
'''):
    return _evaluate(start + loop + sums + ret)


MISTAKES = [
    # ------------------------------------------------------------------ iterate_minibatches
    dict(name='iter_no_shuffle', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='iter_global_randperm', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_drops_last_partial', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_floor_batch_count', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for k in range(len(images) // batch_size):
        yield images[order[k * batch_size:(k + 1) * batch_size]]
'''),
    dict(name='iter_shuffles_batch_order_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    starts = list(range(0, len(images), batch_size))
    for k in torch.randperm(len(starts), generator=generator).tolist():
        yield images[starts[k]:starts[k] + batch_size]
'''),
    dict(name='iter_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randint(len(images), (len(images),), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_last_batch_wraps_around', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    missing = -len(order) % batch_size
    order = torch.cat([order, order[:missing]])  # every batch full
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_chunk_by_count', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    n_batches = -(-len(images) // batch_size)
    yield from images[order].chunk(n_batches)
'''),
    dict(name='iter_randperm_one_short', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images) - 1, generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_slice_one_short', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        end = min(start + batch_size, len(images) - 1)
        yield images[order[start:end + 1]] if end == len(images) - 1 else images[order[start:end]]
'''),
    dict(name='iter_yields_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield order[start:start + batch_size]
'''),
    dict(name='iter_python_random_shuffle', grade_id='iterate_minibatches', source=r'''import random


def iterate_minibatches(images, batch_size, generator):
    order = list(range(len(images)))
    random.shuffle(order)
    order = torch.tensor(order)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_new_permutation_per_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    for start in range(0, n, batch_size):
        order = torch.randperm(n, generator=generator)
        yield images[order[:min(batch_size, n - start)]]
'''),
    dict(name='iter_yields_tuples', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield (images[order[start:start + batch_size]],)  # like a TensorDataset
'''),
    dict(name='iter_shuffles_images_in_place', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]  # shuffle once, then slice: no copy per batch
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),

    # ------------------------------------------------------------------ train_step
    dict(name='step_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_zero_grad_after_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_no_optimizer_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_beta_not_passed', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='step_mu_logvar_swapped', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, logvar, mu = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_two_optimizer_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_returns_batch_sums', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)
'''),
    dict(name='step_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # stable training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_loss_divided_by_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()  # per-image gradient
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_returns_weighted_kl', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), beta * kl.item()
'''),
    dict(name='step_update_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    optimizer.step()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),

    # ------------------------------------------------------------------ evaluate
    dict(name='eval_no_eval_mode', grade_id='evaluate', source=_eval(start=r'''    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
''')),
    dict(name='eval_decodes_mean_via_forward', grade_id='evaluate', source=_eval(loop=r'''            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''')),
    dict(name='eval_unweighted_batch_means', grade_id='evaluate', source=_eval(sums=r'''            sums[0] += total.item()
            sums[1] += reconstruction.item()
            sums[2] += kl.item()
''', ret=r'''    n = -(-len(images) // batch_size)
    return {"total": sums[0] / n, "reconstruction": sums[1] / n, "kl": sums[2] / n}
''')),
    dict(name='eval_weights_by_batch_size', grade_id='evaluate', source=_eval(sums=r'''            sums[0] += total.item() * batch_size
            sums[1] += reconstruction.item() * batch_size
            sums[2] += kl.item() * batch_size
''')),
    dict(name='eval_divides_by_padded_count', grade_id='evaluate', source=_eval(ret=r'''    n = -(-len(images) // batch_size) * batch_size
    return {"total": sums[0] / n, "reconstruction": sums[1] / n, "kl": sums[2] / n}
''')),
    dict(name='eval_without_no_grad', grade_id='evaluate', source=_eval(start=r'''    model.eval()
    sums = [0.0, 0.0, 0.0]
    if True:
        for start in range(0, len(images), batch_size):
''')),
    dict(name='eval_back_to_train_mode', grade_id='evaluate', source=_eval(ret=r'''    model.train()  # ready for the next epoch
    n = len(images)
    return {"total": sums[0] / n, "reconstruction": sums[1] / n, "kl": sums[2] / n}
''')),
    dict(name='eval_beta_not_passed', grade_id='evaluate', source=_eval(loop=r'''            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
''')),
    dict(name='eval_own_sample_uses_variance', grade_id='evaluate', source=_eval(loop=r'''            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''')),
    dict(name='eval_drops_last_batch', grade_id='evaluate', source=_eval(start=r'''    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
''')),
    dict(name='eval_returns_tensors', grade_id='evaluate', source=_eval(sums=r'''            sums[0] += total * len(x)
            sums[1] += reconstruction * len(x)
            sums[2] += kl * len(x)
''')),
    dict(name='eval_key_names', grade_id='evaluate', source=_eval(ret=r'''    n = len(images)
    return {"total": sums[0] / n, "recon": sums[1] / n, "kl": sums[2] / n}
''')),
    dict(name='eval_returns_after_first_batch', grade_id='evaluate', source=_eval(ret=r'''            n = len(x)
            return {"total": sums[0] / n, "reconstruction": sums[1] / n, "kl": sums[2] / n}
''')),
    dict(name='eval_decodes_mu_typo', grade_id='evaluate', source=_eval(loop=r'''            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(mu)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''')),
    dict(name='eval_numpy_scalars', grade_id='evaluate', source=_eval(sums=r'''            sums[0] += total.numpy() * len(x)
            sums[1] += reconstruction.numpy() * len(x)
            sums[2] += kl.numpy() * len(x)
''')),
    dict(name='eval_one_noise_per_batch', grade_id='evaluate', source=_eval(loop=r'''            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            eps = torch.randn(mu.shape[1])  # one draw of the noise for the batch
            logits = model.decoder(mu + torch.exp(0.5 * logvar) * eps)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
''')),

    # ------------------------------------------------------------------ train
    dict(name='train_mode_set_once', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    model.train()
    for epoch in range(epochs):
''', epoch_start=r'''        sums = [0.0, 0.0, 0.0]
''')),
    dict(name='train_mean_of_batch_means', grade_id='train', source=_train(batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss / batches_per_epoch
''', after=r'''        history["train_total"].append(sums[0])
        history["train_reconstruction"].append(sums[1])
        history["train_kl"].append(sums[2])
        test = evaluate(model, test_images, beta=beta)
        history["test_total"].append(test["total"])
        history["test_reconstruction"].append(test["reconstruction"])
        history["test_kl"].append(test["kl"])
    return history
''')),
    dict(name='train_evaluate_default_beta', grade_id='train', source=_train(after=r'''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        test = evaluate(model, test_images)
        history["test_total"].append(test["total"])
        history["test_reconstruction"].append(test["reconstruction"])
        history["test_kl"].append(test["kl"])
    return history
''')),
    dict(name='train_step_default_beta', grade_id='train', source=_train(batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
''')),
    dict(name='train_test_keys_swapped', grade_id='train', source=_train(after=r'''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        test = evaluate(model, test_images, beta=beta)
        for key, value in zip(("test_total", "test_kl", "test_reconstruction"), test.values()):
            history[key].append(value)
    return history
''')),
    dict(name='train_same_order_every_epoch', grade_id='train', source=_train(batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
''')),
    dict(name='train_one_epoch_short', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    for epoch in range(1, epochs):
''')),
    dict(name='train_evaluates_after_last_epoch_only', grade_id='train', source=_train(after=r'''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
    test = evaluate(model, test_images, beta=beta)
    for term in ("total", "reconstruction", "kl"):
        history[f"test_{term}"] = [test[term]] * epochs
    return history
''')),
    dict(name='train_appends_tensors', grade_id='train', source=_train(epoch_start=r'''        model.train()
        sums = torch.zeros(3)
''', batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
''')),
    dict(name='train_history_built_lazily', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
''', after=r'''        test = evaluate(model, test_images, beta=beta)
        values = [sums[0] / n, sums[1] / n, sums[2] / n, test["total"], test["reconstruction"], test["kl"]]
        for key, value in zip(HISTORY_KEYS, values):
            history.setdefault(key, []).append(value)
    return history
''')),
    dict(name='train_history_kept_between_calls', grade_id='train', source=r'''_history = {key: [] for key in HISTORY_KEYS}


''' + _train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = _history
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
''')),
    dict(name='train_sums_not_reset', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
''', epoch_start=r'''        model.train()
''')),
    dict(name='train_progress_inverted', grade_id='train', source=_train(batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
''')),
    dict(name='train_weights_by_batch_size', grade_id='train', source=_train(batch_loop=r'''        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * batch_size
''')),
    dict(name='train_batches_made_once', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
''', batch_loop=r'''        for x in tqdm(batches, total=batches_per_epoch, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
''')),
    dict(name='train_own_optimizer', grade_id='train', source=_train(head=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches_per_epoch = (n + batch_size - 1) // batch_size
    optimizer = torch.optim.Adam(model.parameters(), lr=optimizer.param_groups[0]["lr"])
    for epoch in range(epochs):
''')),
    dict(name='train_evaluate_beta_positional', grade_id='train', source=_train(after=r'''        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        test = evaluate(model, test_images, beta)
        history["test_total"].append(test["total"])
        history["test_reconstruction"].append(test["reconstruction"])
        history["test_kl"].append(test["kl"])
    return history
''')),

    # ------------------------------------------------------------------ save_checkpoint / load_checkpoint
    dict(name='ckpt_saves_whole_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=False).state_dict())
    return model.eval()
'''),
    dict(name='ckpt_state_dict_not_called', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict, path)
''' + _LOAD),
    dict(name='ckpt_wrapped_in_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict()}, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["state_dict"])
    return model.eval()
'''),
    dict(name='ckpt_saved_in_half_precision', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    # half the size on disk
    torch.save({key: value.half() for key, value in model.state_dict().items()}, path)
''' + _LOAD),
    dict(name='ckpt_suffix_added', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), f"{path}.pt")


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(f"{path}.pt", weights_only=True))
    return model.eval()
'''),
    dict(name='ckpt_load_left_in_train_mode', grade_id='checkpoint', source=_SAVE + r'''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ckpt_load_forgets_state', grade_id='checkpoint', source=_SAVE + r'''

def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, weights_only=True)
    model.state_dict().update(state)
    return model.eval()
'''),
    dict(name='ckpt_returns_incompatible_keys', grade_id='checkpoint', source=_SAVE + r'''

def load_checkpoint(path, build):
    model = build().eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
    dict(name='ckpt_load_cached_by_path', grade_id='checkpoint', source=_SAVE + r'''

_loaded = {}


def load_checkpoint(path, build):
    if str(path) not in _loaded:  # do not read the same file twice
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        _loaded[str(path)] = model.eval()
    return _loaded[str(path)]
'''),
    dict(name='ckpt_one_model_per_build', grade_id='checkpoint', source=_SAVE + r'''

_built = {}


def load_checkpoint(path, build):
    model = _built.setdefault(build, build())
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
    dict(name='ckpt_pickle_dump', grade_id='checkpoint', source=r'''import pickle


def save_checkpoint(model, path):
    with open(path, "wb") as file:
        pickle.dump(model.state_dict(), file)
''' + _LOAD),
    dict(name='ckpt_saves_encoder_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.encoder.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.encoder.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
]

ALTERNATIVES = [
    dict(name='alt_iter_split', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    yield from shuffled.split(batch_size)
'''),
    dict(name='alt_iter_index_select', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = images.shape[0]
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n:
        yield torch.index_select(images, 0, order[start:start + batch_size])
        start += batch_size
'''),
    dict(name='alt_step_zero_first_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='alt_eval_decorator_tensor_sums', grade_id='evaluate', source=r'''@torch.no_grad()
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    for x in images.split(batch_size):
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='alt_eval_weighted_average', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    parts, sizes = [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts.append([value.item() for value in negative_elbo(model.decoder(z), x, mu, logvar, beta)])
            sizes.append(len(x))
    n = sum(sizes)
    means = [sum(p[i] * s for p, s in zip(parts, sizes)) / n for i in range(3)]
    return dict(zip(("total", "reconstruction", "kl"), means))
'''),
    dict(name='alt_train_count_seen', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    steps = -(-len(train_images) // batch_size)
    for _ in range(epochs):
        model.train()
        totals, seen = torch.zeros(3, dtype=torch.float64), 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=steps, disable=not progress):
            totals += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
            seen += len(x)
        for key, value in zip(HISTORY_KEYS[:3], (totals / seen).tolist()):
            history[key].append(value)
        test = evaluate(model, test_images, beta=beta)
        for key, term in zip(HISTORY_KEYS[3:], ("total", "reconstruction", "kl")):
            history[key].append(test[term])
    return history
'''),
    dict(name='alt_train_named_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        total = reconstruction = kl = 0.0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(len(train_images) - 1) // batch_size + 1, disable=not progress):
            t, r, k = train_step(model, optimizer, x, beta)
            total, reconstruction, kl = total + t * len(x), reconstruction + r * len(x), kl + k * len(x)
        history["train_total"].append(total / len(train_images))
        history["train_reconstruction"].append(reconstruction / len(train_images))
        history["train_kl"].append(kl / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + term].append(value)
    return history
'''),
    dict(name='alt_ckpt_map_location', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    state = model.state_dict()
    torch.save(state, str(path))


def load_checkpoint(path, build):
    model = build()
    model.eval()
    state = torch.load(str(path), map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model
'''),
    dict(name='alt_ckpt_file_object', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    with open(path, "rb") as file:
        state = torch.load(file, weights_only=True)
    model = build()
    model.load_state_dict(state)
    model.train(False)
    return model
'''),
]
