"""Blind round 20: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'

# The correct pieces, used to build whole cells that change one thing.
_SAVE_OK = '''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)
'''

_LOAD_OK = '''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''


def _ck(save=_SAVE_OK, load=_LOAD_OK):
    return save + load


MISTAKES = [
    # ------------------------------------------------------------------ iterate_minibatches
    dict(name='im_no_shuffle', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.arange(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_global_random_state', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_own_seeded_generator', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(0))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_order_cached_between_calls', grade_id='iterate_minibatches', source=r'''_orders = {}


def iterate_minibatches(images, batch_size, generator):
    if len(images) not in _orders:  # draw the permutation once, reuse it
        _orders[len(images)] = torch.randperm(len(images), generator=generator)
    order = _orders[len(images)]
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_drops_partial_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='im_empty_batch_when_divisible', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='im_loses_last_single_image', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_randperm_of_n_minus_one', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n - 1, generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_shuffles_batch_order_only', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
    n_batches = math.ceil(len(images) / batch_size)
    for number in torch.randperm(n_batches, generator=generator).tolist():
        yield images[number * batch_size:(number + 1) * batch_size]
'''),
    dict(name='im_sampled_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    for start in range(0, n, batch_size):
        size = min(batch_size, n - start)
        yield images[torch.randint(n, (size,), generator=generator)]
'''),
    dict(name='im_new_permutation_per_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    for start in range(0, n, batch_size):
        size = min(batch_size, n - start)
        yield images[torch.randperm(n, generator=generator)[:size]]
'''),
    dict(name='im_permutation_unused', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='im_argsort_of_uniforms', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.rand(len(images), generator=generator).argsort()
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_shuffles_images_in_place', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    images[:] = images[torch.randperm(len(images), generator=generator)]
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='im_returns_list', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    return [images[order[start:start + batch_size]] for start in range(0, len(images), batch_size)]
'''),
    dict(name='im_float64_batches', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].double()
'''),

    # ------------------------------------------------------------------ train_step
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_after_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_losses_after_the_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_beta_not_passed', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_unweighted_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_of_batch_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the loss of the whole batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_divided_by_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_optimizer_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=5.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_sets_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.eval()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_leaves_eval_mode_behind', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.train()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_decodes_the_mean', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    mu, logvar = model.encoder(x)
    logits = model.decoder(mu)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_weighted_kl', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), beta * kl.item()
'''),

    # ------------------------------------------------------------------ evaluate
    dict(name='ev_no_eval_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_restores_train_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    model.train()
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_gradients_recorded', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).detach() * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_decodes_the_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_sample_drawn_but_mean_decoded', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(mu)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_train_mode_for_sampling', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.train()  # forward samples z in training mode
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    model.eval()
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_mean_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    dict(name='ev_weighted_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * batch_size
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_drops_partial_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums, count = torch.zeros(3), 0
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            x = images[number * batch_size:(number + 1) * batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
            count += len(x)
    total, reconstruction, kl = (sums / count).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_slices_one_short', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums, count = torch.zeros(3), 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            end = min(start + batch_size, len(images) - 1)
            x = images[start:end]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
            count += len(x)
    total, reconstruction, kl = (sums / count).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_last_batch_only', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return {"total": total.item(), "reconstruction": reconstruction.item(), "kl": kl.item()}
'''),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = sums / len(images)
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_beta_ignored', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_two_samples_averaged', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            for _ in range(2):  # two samples per image: a less noisy estimate
                logits = model.decoder(reparameterize(mu, logvar))
                sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x) / 2
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    normal = torch.distributions.Normal
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            kl = (normal(mu, torch.exp(0.5 * logvar)).log_prob(z) - normal(0.0, 1.0).log_prob(z)).sum(dim=1).mean()
            sums += torch.stack([reconstruction + beta * kl, reconstruction, kl]) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_default_batch_size_changed', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=128, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),

    # ------------------------------------------------------------------ train
    dict(name='tr_train_mode_only_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_never_train_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_mean_of_batch_averages', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums, batches = [0.0, 0.0, 0.0], 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss for s, loss in zip(sums, losses)]
            batches += 1
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / batches)
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_sums_not_weighted', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_weighted_by_batch_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * batch_size for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_sums_not_reset_each_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    sums, seen = [0.0, 0.0, 0.0], 0
    for epoch in range(epochs):
        model.train()
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
            seen += len(x)
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / seen)
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_evaluate_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_train_step_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_evaluates_training_images', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, train_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_evaluates_only_after_last_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
    for term, value in evaluate(model, test_images, beta=beta).items():
        history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_extra_evaluation_before_training', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for term, value in evaluate(model, test_images, beta=beta).items():  # the starting point
        history[f"test_{term}"].append(value)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_one_epoch_short', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(1, epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_fresh_generator_each_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    seed = generator.initial_seed()
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(seed))
        for x in tqdm(batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_own_optimizer', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    adam = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, adam, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_batch_size_hardcoded', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, 128, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_progress_flag_inverted', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_reconstruction_and_kl_swapped', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "kl", "reconstruction"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_history_holds_tensors', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
        for term, value in zip(("total", "reconstruction", "kl"), sums / len(train_images)):
            history[f"train_{term}"].append(value)
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_uses_course_evaluate', grade_id='train', source=r'''from vaecourse.training import evaluate as course_evaluate


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in course_evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),
    dict(name='tr_step_written_inline', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            optimizer.zero_grad()
            total.backward()
            optimizer.step()
            sums = [s + loss.item() * len(x) for s, loss in zip(sums, (total, reconstruction, kl))]
        for term, value in zip(("total", "reconstruction", "kl"), sums):
            history[f"train_{term}"].append(value / len(train_images))
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return history
'''),

    # ------------------------------------------------------------------ checkpoint
    dict(name='ck_pickles_whole_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    return model.eval()
'''),
    dict(name='ck_load_left_in_train_mode', grade_id='checkpoint', source=_ck(load='''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
''')),
    dict(name='ck_load_sets_train_mode', grade_id='checkpoint', source=_ck(load='''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.train()
''')),
    dict(name='ck_load_returns_state_dict', grade_id='checkpoint', source=_ck(load='''

def load_checkpoint(path, build):
    model = build().eval()
    state = torch.load(path, weights_only=True)
    return state
''')),
    dict(name='ck_load_returns_fresh_model', grade_id='checkpoint', source=_ck(load='''

def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
''')),
    dict(name='ck_save_half_precision', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    # half the file size
    torch.save({key: value.half() for key, value in model.state_dict().items()}, path)
''', load='''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict({key: value.float() for key, value in torch.load(path, weights_only=True).items()})
    return model.eval()
''')),
    dict(name='ck_save_encoder_only', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    torch.save(model.encoder.state_dict(), path)
''', load='''

def load_checkpoint(path, build):
    model = build()
    model.encoder.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
''')),
    dict(name='ck_save_wrapped_in_dict', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    torch.save({"model": model.state_dict()}, path)
''', load='''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["model"])
    return model.eval()
''')),
    dict(name='ck_save_adds_suffix', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), str(path) + ".pt")
''', load='''

def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    return model.eval()
''')),
    dict(name='ck_save_switches_model_to_eval', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    model.eval()
    torch.save(model.state_dict(), path)
''')),
    dict(name='ck_save_parameters_only', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    torch.save({name: parameter.detach() for name, parameter in model.named_parameters()}, path)
''')),
    dict(name='ck_save_numpy_arrays', grade_id='checkpoint', source=_ck(save='''def save_checkpoint(model, path):
    torch.save({key: value.cpu().numpy() for key, value in model.state_dict().items()}, path)
''', load='''

def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, weights_only=False)
    model.load_state_dict({key: torch.from_numpy(value) for key, value in state.items()})
    return model.eval()
''')),
    dict(name='ck_load_hardcoded_architecture', grade_id='checkpoint', source=_ck(load='''

def load_checkpoint(path, build):
    model = VAE(DenseEncoder(20), DenseDecoder(20), 20)
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
''')),
]

ALTERNATIVES = [
    dict(name='alt_im_shuffle_once_then_slice', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    for start in range(0, len(shuffled), batch_size):
        yield shuffled[start:start + batch_size]
'''),
    dict(name='alt_im_split_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    for indices in torch.randperm(images.shape[0], generator=generator).split(batch_size):
        yield images.index_select(0, indices)
'''),
    dict(name='alt_im_ceil_loop', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for number in range(math.ceil(n / batch_size)):
        start = number * batch_size
        end = min(start + batch_size, n)
        yield images[order[start:end]]
'''),
    dict(name='alt_ts_model_zero_grad_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='alt_ts_explicit_parts', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    mu, logvar = model.encoder(x)
    z = reparameterize(mu, logvar)
    logits = model.decoder(z)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad(set_to_none=False)
    total.backward()
    optimizer.step()
    total, reconstruction, kl = torch.stack([total, reconstruction, kl]).detach().tolist()
    return total, reconstruction, kl
'''),
    dict(name='alt_ev_decorator_and_python_floats', grade_id='evaluate', source=r'''@torch.no_grad()
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    total = reconstruction = kl = 0.0
    for x in torch.split(images, batch_size):
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        parts = negative_elbo(logits, x, mu, logvar, beta)
        total += parts[0].item() * len(x)
        reconstruction += parts[1].item() * len(x)
        kl += parts[2].item() * len(x)
    n = len(images)
    return {"total": total / n, "reconstruction": reconstruction / n, "kl": kl / n}
'''),
    dict(name='alt_ev_per_image_sums', grade_id='evaluate', source=r'''from vaecourse.models import bernoulli_reconstruction, kl_to_standard_normal


def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    reconstruction_sum = torch.zeros(())
    kl_sum = torch.zeros(())
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            reconstruction_sum += bernoulli_reconstruction(logits, x).sum()
            kl_sum += kl_to_standard_normal(mu, logvar).sum()
    reconstruction = (reconstruction_sum / len(images)).item()
    kl = (kl_sum / len(images)).item()
    return {"total": reconstruction + beta * kl, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='alt_ev_inference_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return dict(total=total, reconstruction=reconstruction, kl=kl)
'''),
    dict(name='alt_tr_tensor_sums_and_bar', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = math.ceil(len(train_images) / batch_size)
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3, dtype=torch.float64)
        bar = tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches,
                   desc=f"epoch {epoch + 1}", disable=not progress)
        for x in bar:
            sums += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
        train_values = (sums / len(train_images)).tolist()
        test_values = evaluate(model, test_images, beta=beta)
        for term, value in zip(("total", "reconstruction", "kl"), train_values):
            history["train_" + term].append(value)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(test_values[term])
    return history
'''),
    dict(name='alt_tr_plain_floats', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {"train_total": [], "train_reconstruction": [], "train_kl": [],
               "test_total": [], "test_reconstruction": [], "test_kl": []}
    n = len(train_images)
    for _ in range(epochs):
        model.train()
        total_sum = reconstruction_sum = kl_sum = 0.0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress, leave=False):
            total, reconstruction, kl = train_step(model, optimizer, x, beta=beta)
            total_sum += total * len(x)
            reconstruction_sum += reconstruction * len(x)
            kl_sum += kl * len(x)
        history["train_total"].append(total_sum / n)
        history["train_reconstruction"].append(reconstruction_sum / n)
        history["train_kl"].append(kl_sum / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='alt_ck_file_handle_and_map_location', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    model = build()
    model.eval()
    with open(path, "rb") as file:
        state = torch.load(file, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model
'''),
    dict(name='alt_ck_cloned_state', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    state = {key: value.detach().clone() for key, value in model.state_dict().items()}
    torch.save(state, Path(path))


def load_checkpoint(path, build):
    model = build()
    missing, unexpected = model.load_state_dict(torch.load(Path(path)), strict=True)
    model.train(False)
    return model
'''),
]
