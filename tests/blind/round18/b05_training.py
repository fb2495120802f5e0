"""Blind round 18: mistakes and alternatives for notebook 05_training."""

NOTEBOOK = '05_training'


def _m(name, grade_id, source):
    return dict(name=name, grade_id=grade_id, source=source.strip('\n') + '\n')


def _sub(source, *pairs):
    """Replace each old text (which must occur exactly once) by its new text."""
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert source.count(old) == 1, old
        source = source.replace(old, new)
    return source


_ITER = '''
def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once."""
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''

_STEP = '''
def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x."""
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''

_EVAL = '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients."""
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''

_TRAIN = '''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one."""
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = -(-n // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for k in range(3):
                sums[k] += losses[k] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''

_CKPT = '''
def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''


MISTAKES = [
    # ------------------------------------------------------------------ Exercise 1: iterate_minibatches
    _m('iter_drops_last_partial_batch', 'iterate_minibatches', _sub(_ITER,
        'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)')),
    _m('iter_floor_plus_one_batches_yields_empty', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    n_batches = len(images) // batch_size + 1
    for b in range(n_batches):
        yield images[order[b * batch_size:(b + 1) * batch_size]]
'''),
    _m('iter_global_randperm_ignores_generator', 'iterate_minibatches', _sub(_ITER,
        'torch.randperm(len(images), generator=generator)', 'torch.randperm(len(images))')),
    _m('iter_randint_with_replacement', 'iterate_minibatches', _sub(_ITER,
        'torch.randperm(len(images), generator=generator)',
        'torch.randint(len(images), (len(images),), generator=generator)')),
    _m('iter_chunk_into_ceil_batches', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    n_batches = -(-len(images) // batch_size)
    for x in images[order].chunk(n_batches):
        yield x
'''),
    _m('iter_shuffles_batch_order_not_images', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    n_batches = -(-len(images) // batch_size)
    for b in torch.randperm(n_batches, generator=generator).tolist():
        yield images[b * batch_size:(b + 1) * batch_size]
'''),
    _m('iter_new_permutation_each_batch', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        order = torch.randperm(len(images), generator=generator)
        yield images[order[:min(batch_size, len(images) - start)]]
'''),
    _m('iter_slice_end_off_by_one', 'iterate_minibatches', _sub(_ITER,
        'order[start:start + batch_size]', 'order[start:start + batch_size - 1]')),
    _m('iter_offset_used_as_batch_number', 'iterate_minibatches', _sub(_ITER,
        'order[start:start + batch_size]', 'order[start * batch_size:(start + 1) * batch_size]')),
    _m('iter_no_shuffle', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),

    # ------------------------------------------------------------------ Exercise 2: train_step
    _m('step_no_zero_grad', 'train_step', _sub(_STEP, '    optimizer.zero_grad()\n', '')),
    _m('step_zero_grad_after_backward', 'train_step', _sub(_STEP,
        '    optimizer.zero_grad()\n    total.backward()\n', '    total.backward()\n    optimizer.zero_grad()\n')),
    _m('step_before_backward', 'train_step', _sub(_STEP,
        '    total.backward()\n    optimizer.step()\n', '    optimizer.step()\n    total.backward()\n')),
    _m('step_ignores_beta', 'train_step', _sub(_STEP,
        'negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, mu, logvar)')),
    _m('step_backward_on_reconstruction_only', 'train_step', _sub(_STEP,
        'total.backward()', 'reconstruction.backward()')),
    _m('step_losses_measured_after_update', 'train_step', '''
def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total = negative_elbo(logits, x, mu, logvar, beta)[0]
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the losses of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    _m('step_returns_detached_tensors', 'train_step', _sub(_STEP,
        'return total.item(), reconstruction.item(), kl.item()',
        'return total.detach(), reconstruction.detach(), kl.detach()')),
    _m('step_returns_weighted_kl', 'train_step', _sub(_STEP,
        'kl.item()', 'beta * kl.item()')),
    _m('step_divides_loss_by_batch_size_again', 'train_step', _sub(_STEP,
        'total.backward()', '(total / len(x)).backward()')),
    _m('step_clips_gradient_norm', 'train_step', _sub(_STEP,
        '    optimizer.step()\n',
        '    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)\n    optimizer.step()\n')),

    # ------------------------------------------------------------------ Exercise 3: evaluate
    _m('eval_plain_mean_of_batch_means', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    parts = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
    total, reconstruction, kl = torch.stack(parts).mean(dim=0).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    _m('eval_decodes_the_mean', 'evaluate', _sub(_EVAL,
        'logits = model.decoder(z)', 'logits = model.decoder(mu)')),
    _m('eval_ignores_beta', 'evaluate', _sub(_EVAL,
        'negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, mu, logvar)')),
    _m('eval_without_no_grad', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
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
    return {key: value / len(images) for key, value in sums.items()}
'''),
    _m('eval_divides_by_full_batches', 'evaluate', _sub(_EVAL,
        'return {key: value / len(images) for key, value in sums.items()}',
        'n_batches = -(-len(images) // batch_size)\n'
        '    return {key: value / (n_batches * batch_size) for key, value in sums.items()}')),
    _m('eval_weights_by_nominal_batch_size', 'evaluate', _sub(_EVAL,
        'total.item() * len(x)', 'total.item() * batch_size',
        'reconstruction.item() * len(x)', 'reconstruction.item() * batch_size',
        'kl.item() * len(x)', 'kl.item() * batch_size')),
    _m('eval_drops_last_partial_batch', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    seen = 0
    with torch.no_grad():
        for b in range(len(images) // batch_size):
            x = images[b * batch_size:(b + 1) * batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
            seen += len(x)
    return {key: value / seen for key, value in sums.items()}
'''),
    _m('eval_returns_tensors', 'evaluate', _sub(_EVAL,
        'total.item() * len(x)', 'total * len(x)',
        'reconstruction.item() * len(x)', 'reconstruction * len(x)',
        'kl.item() * len(x)', 'kl * len(x)')),
    _m('eval_samples_through_forward_in_train_mode', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.train()  # forward samples z in training mode: no gradients and no step, nothing is learnt
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}
'''),
    _m('eval_total_ignores_beta_weighting', 'evaluate', _sub(_EVAL,
        'sums["total"] += total.item() * len(x)',
        'sums["total"] += (reconstruction.item() + kl.item()) * len(x)')),

    # ------------------------------------------------------------------ Exercise 4: train
    _m('train_mode_set_once_before_loop', 'train', _sub(_TRAIN,
        '    for epoch in range(epochs):\n        model.train()\n',
        '    model.train()\n    for epoch in range(epochs):\n')),
    _m('train_mode_set_at_end_of_epoch', 'train', _sub(_TRAIN,
        '        model.train()\n', '',
        '        history["test_kl"].append(results["kl"])\n',
        '        history["test_kl"].append(results["kl"])\n        model.train()\n')),
    _m('train_plain_mean_over_batches', 'train', _sub(_TRAIN,
        'sums[k] += losses[k] * len(x)', 'sums[k] += losses[k] / n_batches',
        'history["train_total"].append(sums[0] / n)', 'history["train_total"].append(sums[0])',
        'history["train_reconstruction"].append(sums[1] / n)', 'history["train_reconstruction"].append(sums[1])',
        'history["train_kl"].append(sums[2] / n)', 'history["train_kl"].append(sums[2])')),
    _m('train_weights_by_nominal_batch_size', 'train', _sub(_TRAIN,
        'sums[k] += losses[k] * len(x)', 'sums[k] += losses[k] * batch_size')),
    _m('train_evaluate_without_beta', 'train', _sub(_TRAIN,
        'evaluate(model, test_images, beta=beta)', 'evaluate(model, test_images)')),
    _m('train_step_without_beta', 'train', _sub(_TRAIN,
        'train_step(model, optimizer, x, beta)', 'train_step(model, optimizer, x)')),
    _m('train_batches_iterator_made_once', 'train', _sub(_TRAIN,
        '        batches = iterate_minibatches(train_images, batch_size, generator)\n', '',
        '    for epoch in range(epochs):\n',
        '    batches = iterate_minibatches(train_images, batch_size, generator)\n    for epoch in range(epochs):\n')),
    _m('train_batches_listed_once_same_order', 'train', _sub(_TRAIN,
        '        batches = iterate_minibatches(train_images, batch_size, generator)\n', '',
        '    for epoch in range(epochs):\n',
        '    batches = list(iterate_minibatches(train_images, batch_size, generator))\n    for epoch in range(epochs):\n')),
    _m('train_evaluates_on_training_images', 'train', _sub(_TRAIN,
        'evaluate(model, test_images, beta=beta)', 'evaluate(model, train_images, beta=beta)')),
    _m('train_history_lists_shared', 'train', _sub(_TRAIN,
        'history = {key: [] for key in HISTORY_KEYS}', 'history = dict.fromkeys(HISTORY_KEYS, [])')),
    _m('train_appends_every_batch', 'train', '''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta)
            history["train_total"].append(total)
            history["train_reconstruction"].append(reconstruction)
            history["train_kl"].append(kl)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    _m('train_total_recomputed_without_beta', 'train', _sub(_TRAIN,
        'history["train_total"].append(sums[0] / n)', 'history["train_total"].append((sums[1] + sums[2]) / n)')),
    _m('train_epoch_range_off_by_one', 'train', _sub(_TRAIN,
        'for epoch in range(epochs):', 'for epoch in range(1, epochs):')),
    _m('train_progress_flag_inverted', 'train', _sub(_TRAIN,
        'disable=not progress', 'disable=progress')),

    # ------------------------------------------------------------------ Exercise 5: checkpoint
    _m('ckpt_pickles_whole_model', 'checkpoint', '''
def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    _m('ckpt_loaded_model_left_in_train_mode', 'checkpoint', _sub(_CKPT, '    model.eval()\n', '')),
    _m('ckpt_returns_load_state_dict_result', 'checkpoint', _sub(_CKPT,
        '    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n    return model\n',
        '    model.eval()\n    return model.load_state_dict(torch.load(path, weights_only=True))\n')),
    _m('ckpt_saves_encoder_only', 'checkpoint', '''
def save_checkpoint(model, path):
    torch.save(model.encoder.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.encoder.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    _m('ckpt_returns_a_second_fresh_build', 'checkpoint', '''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
'''),
    _m('ckpt_appends_suffix_to_path', 'checkpoint', '''
def save_checkpoint(model, path):
    torch.save(model.state_dict(), str(path) + ".pt")


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
'''),
    _m('ckpt_saves_parameters_not_buffers', 'checkpoint', _sub(_CKPT,
        'torch.save(model.state_dict(), path)',
        'torch.save({name: p.detach() for name, p in model.named_parameters()}, path)')),
    _m('ckpt_saves_half_precision', 'checkpoint', _sub(_CKPT,
        'torch.save(model.state_dict(), path)',
        'torch.save({name: t.half() for name, t in model.state_dict().items()}, path)  # half the file size')),
]


ALTERNATIVES = [
    _m('alt_iter_split_of_permutation', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    permutation = torch.randperm(images.shape[0], generator=generator)
    for indices in torch.split(permutation, batch_size):
        yield images.index_select(0, indices)
'''),
    _m('alt_iter_shuffled_copy_split', 'iterate_minibatches', '''
def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    yield from shuffled.split(batch_size)
'''),
    _m('alt_step_model_zero_grad_float', 'train_step', '''
def train_step(model, optimizer, x, beta=1.0):
    model.zero_grad()
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
'''),
    _m('alt_eval_split_tensor_sums', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return dict(total=total, reconstruction=reconstruction, kl=kl)
'''),
    _m('alt_train_zip_names', 'train', '''
def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    names = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(names, 0.0)
        count = 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator),
                      total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress):
            for name, value in zip(names, train_step(model, optimizer, x, beta)):
                sums[name] += value * x.shape[0]
            count += x.shape[0]
        test = evaluate(model, test_images, beta=beta)
        for name in names:
            history["train_" + name].append(sums[name] / count)
            history["test_" + name].append(test[name])
    return history
'''),
    _m('alt_ckpt_file_handles', 'checkpoint', '''
def save_checkpoint(model, path):
    with open(path, "wb") as file:
        torch.save({name: tensor.detach().clone() for name, tensor in model.state_dict().items()}, file)


def load_checkpoint(path, build):
    model = build()
    with open(path, "rb") as file:
        state = torch.load(file, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model.train(False)
'''),
    _m('alt_step_set_to_none_false', 'train_step', '''
def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad(set_to_none=False)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return (total.detach().item(), reconstruction.detach().item(), kl.detach().item())
'''),
    _m('alt_eval_index_loop_weighted', 'evaluate', '''
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    n = len(images)
    totals = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, n, batch_size):
            stop = min(start + batch_size, n)
            x = images[start:stop]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            values = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            for k in range(3):
                totals[k] += values[k].item() * (stop - start) / n
    return {"total": totals[0], "reconstruction": totals[1], "kl": totals[2]}
'''),
]
