"""Blind round 26: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'

_BASE = {
'iterate_minibatches': '''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
''',
'train_step': '''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
''',
'evaluate': '''def evaluate(model, images, batch_size=1000, beta=1.0):
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
''',
'train': '''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, value in enumerate(losses):
                sums[i] += value * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
''',
'checkpoint': '''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
''',
}


def _m(name, gid, *pairs):
    src = _BASE[gid]
    for old, new in zip(pairs[::2], pairs[1::2]):
        assert old in src, (name, old)
        src = src.replace(old, new, 1)
    assert src != _BASE[gid], name
    return dict(name=name, grade_id=gid, source=src)


I, S, E, T, C = 'iterate_minibatches', 'train_step', 'evaluate', 'train', 'checkpoint'

MISTAKES = [
    # iterate_minibatches
    _m('it_drop_last', I, 'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)'),
    _m('it_no_shuffle', I, 'torch.randperm(len(images), generator=generator)', 'torch.arange(len(images))'),
    _m('it_global_rng', I, 'torch.randperm(len(images), generator=generator)', 'torch.randperm(len(images))'),
    dict(name='it_order_cached_per_generator', grade_id=I, source='''_orders = {}


def iterate_minibatches(images, batch_size, generator):
    key = (id(generator), len(images))
    if key not in _orders:
        _orders[key] = torch.randperm(len(images), generator=generator)
    order = _orders[key]
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_shuffle_batches_only', grade_id=I, source='''def iterate_minibatches(images, batch_size, generator):
    starts = list(range(0, len(images), batch_size))
    for b in torch.randperm(len(starts), generator=generator).tolist():
        yield images[starts[b]:starts[b] + batch_size]
'''),
    _m('it_batch_one_short', I, 'order[start:start + batch_size]', 'order[start:start + batch_size - 1]'),
    _m('it_reseeds_generator', I, 'order = torch.randperm', 'generator.manual_seed(0)\n    order = torch.randperm'),
    _m('it_double_draw', I, 'order = torch.randperm(len(images), generator=generator)',
       'order = torch.randperm(len(images), generator=generator)\n    order = torch.randperm(len(images), generator=generator)'),
    _m('it_with_replacement', I, 'torch.randperm(len(images), generator=generator)', 'torch.randint(len(images), (len(images),), generator=generator)'),
    dict(name='it_numpy_permutation', grade_id=I, source='''import numpy as np


def iterate_minibatches(images, batch_size, generator):
    order = torch.from_numpy(np.random.permutation(len(images)))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    _m('it_yields_tuple', I, 'yield images[order[start:start + batch_size]]', 'yield (images[order[start:start + batch_size]],)'),
    dict(name='it_remainder_merged', grade_id=I, source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    n_batches = max(1, len(images) // batch_size)
    for b in range(n_batches):
        end = len(images) if b == n_batches - 1 else (b + 1) * batch_size
        yield images[order[b * batch_size:end]]
'''),
    _m('it_shuffles_caller_tensor', I, 'for start in range(0, len(images), batch_size):\n        yield images[order[start:start + batch_size]]',
       'images[:] = images[order]\n    for start in range(0, len(images), batch_size):\n        yield images[start:start + batch_size]'),
    _m('it_single_batch_unshuffled', I, 'order = torch.randperm',
       'if batch_size >= len(images):\n        yield images\n        return\n    order = torch.randperm'),
    _m('it_extra_empty_batch', I, 'for start in range(0, len(images), batch_size):', 'for start in range(0, len(images) + batch_size, batch_size):'),
    _m('it_views_of_sorted', I, 'yield images[order[start:start + batch_size]]', 'yield images[order[start:start + batch_size].sort().values]'),
    _m('it_float64_batches', I, 'yield images[order[start:start + batch_size]]', 'yield images[order[start:start + batch_size]].double()'),
    # train_step
    _m('ts_no_zero_grad', S, '    optimizer.zero_grad()\n', ''),
    _m('ts_zero_after_backward', S, '    optimizer.zero_grad()\n    total.backward()\n', '    total.backward()\n    optimizer.zero_grad()\n'),
    _m('ts_beta_dropped', S, 'negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, mu, logvar)'),
    _m('ts_backward_reconstruction', S, 'total.backward()', 'reconstruction.backward()'),
    _m('ts_losses_after_update', S, 'return total.item(), reconstruction.item(), kl.item()',
       'with torch.no_grad():\n        logits, mu, logvar = model(x)\n        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item(), reconstruction.item(), kl.item()'),
    _m('ts_returns_tensors', S, 'return total.item(), reconstruction.item(), kl.item()', 'return total.detach(), reconstruction.detach(), kl.detach()'),
    _m('ts_eval_mode', S, 'logits, mu, logvar = model(x)', 'model.eval()\n    logits, mu, logvar = model(x)'),
    _m('ts_two_steps', S, 'optimizer.step()', 'optimizer.step()\n    optimizer.step()'),
    _m('ts_sum_over_batch', S, 'total.backward()', '(total * len(x)).backward()'),
    _m('ts_order_swapped', S, 'return total.item(), reconstruction.item(), kl.item()', 'return total.item(), kl.item(), reconstruction.item()'),
    _m('ts_mu_logvar_swapped', S, 'negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, logvar, mu, beta)'),
    _m('ts_binarises_in_place', S, 'logits, mu, logvar = model(x)', 'x.round_()\n    logits, mu, logvar = model(x)'),
    _m('ts_mean_of_mean', S, 'total.backward()', '(total / len(x)).backward()'),
    _m('ts_grad_clipping', S, 'optimizer.step()', 'torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\n    optimizer.step()'),
    _m('ts_second_forward_for_report', S, 'return total.item(), reconstruction.item(), kl.item()',
       'logits, mu, logvar = model(x)\n    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    return total.item(), reconstruction.item(), kl.item()'),
    _m('ts_step_before_backward', S, '    total.backward()\n    optimizer.step()\n', '    optimizer.step()\n    total.backward()\n'),
    _m('ts_beta_default_changed', S, 'beta=1.0):', 'beta=0.0):'),
    # evaluate
    dict(name='ev_mean_of_batch_means', grade_id=E, source=_BASE[E].replace('.item() * len(x)', '.item()').replace(
        'value / len(images)', 'value / ((len(images) + batch_size - 1) // batch_size)')),
    _m('ev_decodes_mean', E, 'z = reparameterize(mu, logvar)', 'z = mu'),
    _m('ev_model_forward', E, 'mu, logvar = model.encoder(x)\n            z = reparameterize(mu, logvar)\n            logits = model.decoder(z)',
       'logits, mu, logvar = model(x)'),
    _m('ev_no_eval', E, '    model.eval()\n', ''),
    _m('ev_train_at_end', E, '    return {key', '    model.train()\n    return {key'),
    _m('ev_restores_mode', E, '    model.eval()\n', '    was_training = model.training\n    model.eval()\n').replace('    return {key', '    model.train(was_training)\n    return {key') if False else
    dict(name='ev_restores_mode', grade_id=E, source=_BASE[E].replace('    model.eval()\n', '    was_training = model.training\n    model.eval()\n').replace(
        '    return {key', '    model.train(was_training)\n    return {key')),
    _m('ev_no_no_grad', E, 'with torch.no_grad():', 'if True:'),
    _m('ev_beta_ignored', E, 'negative_elbo(logits, x, mu, logvar, beta)', 'negative_elbo(logits, x, mu, logvar)'),
    _m('ev_full_batches_assumed', E, 'value / len(images)', 'value / (batch_size * ((len(images) + batch_size - 1) // batch_size))'),
    _m('ev_drop_last', E, 'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)').__setitem__('source', _BASE[E].replace(
        'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)').replace(
        'value / len(images)', 'value / (len(images) // batch_size * batch_size)')) or
    dict(name='ev_drop_last', grade_id=E, source=_BASE[E].replace(
        'range(0, len(images), batch_size)', 'range(0, len(images) - batch_size + 1, batch_size)').replace(
        'value / len(images)', 'value / max(1, len(images) // batch_size * batch_size)')),
    _m('ev_key_KL', E, '"kl": 0.0', '"KL": 0.0', 'sums["kl"]', 'sums["KL"]'),
    _m('ev_returns_tensors', E, 'return {key: value / len(images) for key, value in sums.items()}',
       'return {key: torch.tensor(value / len(images)) for key, value in sums.items()}'),
    _m('ev_two_samples', E, 'z = reparameterize(mu, logvar)\n            logits = model.decoder(z)\n            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)',
       'parts = [negative_elbo(model.decoder(reparameterize(mu, logvar)), x, mu, logvar, beta) for _ in range(2)]\n            total, reconstruction, kl = [sum(p[i] for p in parts) / 2 for i in range(3)]'),
    _m('ev_sums_not_averages', E, 'value / len(images)', 'value'),
    _m('ev_monte_carlo_kl', E, 'total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)',
       'total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n'
       '            std = torch.exp(0.5 * logvar)\n'
       '            kl = (torch.distributions.Normal(mu, std).log_prob(z) - torch.distributions.Normal(0.0, 1.0).log_prob(z)).sum(1).mean()\n'
       '            total = reconstruction + beta * kl'),
    _m('ev_flattens', E, 'model.encoder(x)', 'model.encoder(x.reshape(len(x), -1))'),
    _m('ev_return_in_loop', E, '    return {key: value / len(images) for key, value in sums.items()}\n', '').replace('', '') if False else
    dict(name='ev_return_in_loop', grade_id=E, source=_BASE[E].replace(
        '            sums["kl"] += kl.item() * len(x)\n    return {key: value / len(images)',
        '            sums["kl"] += kl.item() * len(x)\n            return {key: value / len(x)')),
    _m('ev_batch_size_default', E, 'batch_size=1000,', 'batch_size=128,').__class__ and
    _m('ev_logvar_zero_kl', E, 'z = reparameterize(mu, logvar)', 'z = reparameterize(mu, torch.zeros_like(logvar))'),
    # train
    _m('tr_train_mode_once', T, '    for epoch in range(epochs):\n        model.train()\n', '    model.train()\n    for epoch in range(epochs):\n'),
    _m('tr_beta_not_to_step', T, 'train_step(model, optimizer, x, beta)', 'train_step(model, optimizer, x)'),
    _m('tr_beta_not_to_evaluate', T, 'evaluate(model, test_images, beta=beta)', 'evaluate(model, test_images)'),
    _m('tr_mean_of_batch_means', T, 'sums[i] += value * len(x)', 'sums[i] += value / n_batches * len(train_images)'.replace(' * len(train_images)', '') + ' * len(train_images)'),
    _m('tr_unweighted_sum_over_n', T, 'sums[i] += value * len(x)', 'sums[i] += value'),
    _m('tr_full_batches_assumed', T, 'history[key].append(value / len(train_images))', 'history[key].append(value / (n_batches * batch_size))'),
    _m('tr_one_epoch_short', T, 'for epoch in range(epochs):', 'for epoch in range(1, epochs):'),
    _m('tr_fresh_generator', T, 'iterate_minibatches(train_images, batch_size, generator)', 'iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))'),
    _m('tr_global_generator', T, 'iterate_minibatches(train_images, batch_size, generator)', 'iterate_minibatches(train_images, batch_size, torch.default_generator)'),
    _m('tr_evaluates_train', T, 'evaluate(model, test_images, beta=beta)', 'evaluate(model, train_images, beta=beta)'),
    _m('tr_keys_crossed', T, 'history["test_reconstruction"].append(result["reconstruction"])\n        history["test_kl"].append(result["kl"])',
       'history["test_reconstruction"].append(result["kl"])\n        history["test_kl"].append(result["reconstruction"])'),
    dict(name='tr_module_history', grade_id=T, source='_history = {key: [] for key in HISTORY_KEYS}\n\n\n' + _BASE[T].replace(
        '    history = {key: [] for key in HISTORY_KEYS}\n', '    history = _history\n')),
    _m('tr_last_batch_only', T, 'sums[i] += value * len(x)', 'sums[i] = value * len(train_images)'),
    _m('tr_evaluate_once', T, '        result = evaluate(model, test_images, beta=beta)\n        history["test_total"]',
       '    result = evaluate(model, test_images, beta=beta)\n    for _ in range(1):\n        history["test_total"]'),
    _m('tr_progress_inverted', T, 'disable=not progress', 'disable=progress'),
    _m('tr_new_optimizer', T, 'history = {key: [] for key in HISTORY_KEYS}\n',
       'history = {key: [] for key in HISTORY_KEYS}\n    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)\n'),
    _m('tr_extra_key', T, '    return history', '    history["epochs"] = list(range(1, epochs + 1))\n    return history'),
    _m('tr_train_keys_misordered', T, '("train_total", "train_reconstruction", "train_kl")', '("train_total", "train_kl", "train_reconstruction")'),
    _m('tr_evaluate_before_epoch', T, '        model.train()\n        sums = [0.0, 0.0, 0.0]\n',
       '        result = evaluate(model, test_images, beta=beta)\n        model.train()\n        sums = [0.0, 0.0, 0.0]\n',
       '        result = evaluate(model, test_images, beta=beta)\n        history["test_total"]', '        history["test_total"]'),
    _m('tr_model_left_training', T, '    return history', '    model.train()\n    return history'),
    _m('tr_zero_epochs_one', T, 'for epoch in range(epochs):', 'for epoch in range(max(1, epochs)):'),
    # checkpoint
    dict(name='ck_whole_model_pickled', grade_id=C, source='''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    _m('ck_no_eval', C, '    model.eval()\n', ''),
    _m('ck_train_mode', C, 'model.eval()', 'model.train()'),
    _m('ck_returns_fresh_model', C, '    model.eval()\n    return model', '    model = build()\n    model.eval()\n    return model'),
    _m('ck_half_precision', C, 'torch.save(model.state_dict(), path)', 'torch.save({k: v.half() for k, v in model.state_dict().items()}, path)'),
    _m('ck_suffix_added', C, 'torch.save(model.state_dict(), path)', 'torch.save(model.state_dict(), str(path) + ".pt")',
       'torch.load(path, weights_only=True)', 'torch.load(str(path) + ".pt", weights_only=True)'),
    _m('ck_encoder_only', C, 'torch.save(model.state_dict(), path)', 'torch.save(model.encoder.state_dict(), path)',
       'model.load_state_dict(torch.load(path, weights_only=True))', 'model.encoder.load_state_dict(torch.load(path, weights_only=True))'),
    _m('ck_returns_tuple', C, '    return model', '    return model, path'),
    _m('ck_wrapped_dict', C, 'torch.save(model.state_dict(), path)', 'torch.save({"state_dict": model.state_dict()}, path)',
       'torch.load(path, weights_only=True)', 'torch.load(path, weights_only=True)["state_dict"]'),
    _m('ck_frozen', C, '    model.eval()\n    return model', '    model.eval()\n    model.requires_grad_(False)\n    return model'),
    _m('ck_save_sets_eval', C, '    torch.save(model.state_dict(), path)', '    model.eval()\n    torch.save(model.state_dict(), path)'),
    _m('ck_bfloat16', C, 'torch.save(model.state_dict(), path)', 'torch.save({k: v.to(torch.bfloat16) for k, v in model.state_dict().items()}, path)'),
]

_DROP = set(['ts_beta_default_changed', 'tr_progress_inverted', 'ev_returns_tensors', 'it_yields_tuple', 'ts_returns_tensors', 'tr_extra_key', 'ck_train_mode', 'ts_order_swapped'])
MISTAKES = [m for m in MISTAKES if m['name'] not in _DROP]

ALTERNATIVES = [
    dict(name='it_split', grade_id=I, source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    yield from (images[chunk] for chunk in order.split(batch_size))
'''),
    dict(name='it_list_indices', grade_id=I, source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(images.shape[0], generator=generator).tolist()
    n_batches = -(-len(order) // batch_size)
    for b in range(n_batches):
        yield images[order[b * batch_size:(b + 1) * batch_size]]
'''),
    _m('ts_set_to_none_false', S, 'optimizer.zero_grad()', 'optimizer.zero_grad(set_to_none=False)'),
    _m('ts_float_conversion', S, 'return total.item(), reconstruction.item(), kl.item()',
       'return float(total.detach()), float(reconstruction.detach()), float(kl.detach())'),
    _m('ts_zero_grad_first', S, '    logits, mu, logvar = model(x)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n    optimizer.zero_grad()\n',
       '    optimizer.zero_grad()\n    logits, mu, logvar = model(x)\n    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)\n'),
    dict(name='ev_inference_mode_lists', grade_id=E, source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    per_batch = []
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            per_batch.append([len(x) * value for value in negative_elbo(logits, x, mu, logvar, beta)])
    totals = torch.tensor([[float(v) for v in row] for row in per_batch]).sum(0) / len(images)
    return {"total": totals[0].item(), "reconstruction": totals[1].item(), "kl": totals[2].item()}
'''),
    _m('ev_sum_tensors', E, 'sums["total"] += total.item() * len(x)', 'sums["total"] += float(total) * x.shape[0]'),
    _m('tr_dict_of_sums', T, 'for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):\n            history[key].append(value / len(train_images))',
       'history["train_total"].append(sums[0] / len(train_images))\n        history["train_reconstruction"].append(sums[1] / len(train_images))\n        history["train_kl"].append(sums[2] / len(train_images))'),
    _m('tr_count_seen', T, '            for i, value in enumerate(losses):', '            seen = len(x)\n            for i, value in enumerate(losses):',
       'sums[i] += value * len(x)', 'sums[i] += value * seen'),
    _m('tr_loop_over_keys', T, 'history["test_total"].append(result["total"])\n        history["test_reconstruction"].append(result["reconstruction"])\n        history["test_kl"].append(result["kl"])',
       'for term in ("total", "reconstruction", "kl"):\n            history["test_" + term].append(result[term])'),
    _m('ck_map_location', C, 'torch.load(path, weights_only=True)', 'torch.load(path, map_location="cpu", weights_only=True)'),
    _m('ck_str_path', C, 'torch.save(model.state_dict(), path)', 'torch.save(model.state_dict(), str(path))'),
    _m('ck_eval_then_load', C, '    model = build()\n    model.load_state_dict(torch.load(path, weights_only=True))\n    model.eval()\n',
       '    state = torch.load(path, weights_only=True)\n    model = build().eval()\n    model.load_state_dict(state)\n'),
]
