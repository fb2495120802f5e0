"""Blind round 24: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    # ------------------------------------------------------------------ iterate_minibatches
    dict(name='mb_not_shuffled', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='mb_global_random_state', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_drops_last_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='mb_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    for start in range(0, n, batch_size):
        index = torch.randint(n, (min(batch_size, n - start),), generator=generator)
        yield images[index]
'''),
    dict(name='mb_shuffle_batch_order_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    starts = torch.arange(0, len(images), batch_size)
    for number in torch.randperm(len(starts), generator=generator):
        start = int(starts[number])
        yield images[start:start + batch_size]
'''),
    dict(name='mb_new_permutation_each_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        order = torch.randperm(len(images), generator=generator)
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_chunk_count_for_size', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    yield from torch.chunk(images[order], batch_size)
'''),
    dict(name='mb_chunk_ceil_batches', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    yield from images[order].chunk(math.ceil(len(images) / batch_size))
'''),
    dict(name='mb_remainder_merged_into_last', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    count = max(1, len(images) // batch_size)
    for number in range(count):
        stop = (number + 1) * batch_size if number < count - 1 else len(images)
        yield images[order[number * batch_size:stop]]
'''),
    dict(name='mb_last_batch_padded', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    missing = -len(images) % batch_size
    order = torch.cat([order, order[:missing]])  # every batch of the same size
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_generator_state_restored', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    state = generator.get_state()
    order = torch.randperm(len(images), generator=generator)
    generator.set_state(state)  # do not disturb the caller's generator
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_shuffles_images_in_place', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]  # shuffle once, then take slices
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='mb_yields_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield order[start:start + batch_size]
'''),
    dict(name='mb_slice_one_short', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size - 1]]
'''),
    dict(name='mb_numpy_permutation', grade_id='iterate_minibatches', source=r'''import numpy as np


def iterate_minibatches(images, batch_size, generator):
    order = torch.from_numpy(np.random.permutation(len(images)))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    # ------------------------------------------------------------------ train_step
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_before_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_reconstruction', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_not_passed', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_scales_total', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    loss = beta * total
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return loss.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the loss of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_summed_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the loss of the whole batch, as in the PyTorch example
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_batch_sums', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)
'''),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_decodes_mean', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    mu, logvar = model.encoder(x)
    logits = model.decoder(mu)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_leaves_eval_mode', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()  # the step is done
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_return_order', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item(), kl.item(), total.item()
'''),
    dict(name='ts_kl_counted_twice', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    loss = total + beta * kl
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    # ------------------------------------------------------------------ evaluate
    dict(name='ev_decodes_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_unweighted_batch_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    parts = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
    means = torch.stack(parts).mean(dim=0)
    return {"total": means[0].item(), "reconstruction": means[1].item(), "kl": means[2].item()}
'''),
    dict(name='ev_no_eval_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_graph_kept_detach', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).detach() * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
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
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_weights_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * batch_size
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_divides_by_padded_count', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums, batches = torch.zeros(3), 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
            batches += 1
    return dict(zip(("total", "reconstruction", "kl"), (sums / (batches * batch_size)).tolist()))
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
    return dict(zip(("total", "reconstruction", "kl"), (sums / count).tolist()))
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
    averages = sums / len(images)
    return {"total": averages[0], "reconstruction": averages[1], "kl": averages[2]}
'''),
    dict(name='ev_restores_training_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    model.train()  # back to training
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_samples_in_training_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.train()  # forward samples z in training mode; nothing is learnt here
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    model.eval()
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_grad_disabled_globally', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    torch.set_grad_enabled(False)
    sums = torch.zeros(3)
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=r'''import math


def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            # KL estimated with the same sample: log q(z|x) - log p(z)
            log_q = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar + math.log(2 * math.pi))).sum(dim=1)
            log_p = (-0.5 * (z ** 2 + math.log(2 * math.pi))).sum(dim=1)
            kl = (log_q - log_p).mean()
            sums += torch.stack([reconstruction + beta * kl, reconstruction, kl]) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))
'''),
    dict(name='ev_key_names', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    return dict(zip(("total", "recon", "kl"), (sums / len(images)).tolist()))
'''),
    # ------------------------------------------------------------------ train
    dict(name='tr_train_mode_once', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_train_mode_after_evaluate', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
        model.train()  # evaluate left it in eval mode
    return history
'''),
    dict(name='tr_beta_not_to_step', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_beta_not_to_evaluate', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_mean_of_batch_means', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        losses = []
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            losses.append(train_step(model, optimizer, x, beta))
        for key, values in zip(HISTORY_KEYS[:3], zip(*losses)):
            history[key].append(sum(values) / len(values))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_weights_by_batch_size', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * batch_size
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_sums_not_reset', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_history_reset_each_epoch', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    for epoch in range(epochs):
        history = {key: [] for key in HISTORY_KEYS}
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_evaluates_before_epoch', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
    return history
'''),
    dict(name='tr_one_epoch_short', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(1, epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_progress_inverted', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_generator_reseeded_per_epoch', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        generator.manual_seed(epoch)  # a different, reproducible order in every epoch
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_tensor_entries', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3)
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums / len(train_images)):
            history[key].append(value)
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_extra_seconds_key', grade_id='train', source=r'''import math
import time


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS + ("seconds",)}
    started = time.perf_counter()
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        history["seconds"].append(time.perf_counter() - started)
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_inline_evaluation', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        model.eval()
        with torch.no_grad():
            logits, mu, logvar = model(test_images)
            test = negative_elbo(logits, test_images, mu, logvar, beta)
        for key, value in zip(HISTORY_KEYS[3:], test):
            history[key].append(value.item())
    return history
'''),
    dict(name='tr_own_optimizer', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_divides_by_test_count', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(len(train_images) / batch_size), disable=not progress):
            for i, value in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(test_images))
        test = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history[f"test_{term}"].append(test[term])
    return history
'''),
    # ------------------------------------------------------------------ checkpoint
    dict(name='ck_whole_model_pickled', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    return model.eval()
'''),
    dict(name='ck_not_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ck_not_strict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    return model.eval()
'''),
    dict(name='ck_returns_load_result', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build().eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
    dict(name='ck_half_precision', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    state = {key: value.half() if value.is_floating_point() else value for key, value in model.state_dict().items()}
    torch.save(state, path)  # half the size on disk


def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict({key: value.float() for key, value in state.items()})
    return model.eval()
'''),
    dict(name='ck_returns_fresh_build', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    model = build()
    model.eval()
    return model
'''),
    dict(name='ck_wrapped_in_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save({"model_state_dict": model.state_dict()}, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["model_state_dict"])
    return model.eval()
'''),
    dict(name='ck_suffix_added', grade_id='checkpoint', source=r'''from pathlib import Path


def save_checkpoint(model, path):
    torch.save(model.state_dict(), Path(path).with_suffix(".pth"))


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(Path(path).with_suffix(".pth"), weights_only=True))
    return model.eval()
'''),
    dict(name='ck_save_switches_to_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    model.eval()  # save the model ready for use
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
    dict(name='ck_save_halves_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.half().state_dict(), path)  # half the size on disk


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
    dict(name='ck_pickle_module', grade_id='checkpoint', source=r'''import pickle


def save_checkpoint(model, path):
    with open(path, "wb") as file:
        pickle.dump(model.state_dict(), file)


def load_checkpoint(path, build):
    model = build()
    with open(path, "rb") as file:
        model.load_state_dict(pickle.load(file))
    return model.eval()
'''),
]
ALTERNATIVES = [
    dict(name='alt_mb_split_order', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(images.shape[0], generator=generator)
    for index in order.split(batch_size):
        yield images.index_select(0, index)
'''),
    dict(name='alt_mb_shuffled_copy_views', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    for number in range(math.ceil(len(shuffled) / batch_size)):
        yield shuffled[number * batch_size:(number + 1) * batch_size]
'''),
    dict(name='alt_mb_list', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    return [images[order[start:start + batch_size]] for start in range(0, len(images), batch_size)]
'''),
    dict(name='alt_ts_model_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='alt_ts_stack_tolist', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    values = torch.stack([total, reconstruction, kl]).detach().tolist()
    return values[0], values[1], values[2]
'''),
    dict(name='alt_ev_decorator_python_sums', grade_id='evaluate', source=r'''@torch.no_grad()
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    total = reconstruction = kl = 0.0
    for x in images.split(batch_size):
        mu, logvar = model.encoder(x)
        z = reparameterize(mu, logvar)
        logits = model.decoder(z)
        parts = negative_elbo(logits, x, mu, logvar, beta)
        total += parts[0].item() * len(x)
        reconstruction += parts[1].item() * len(x)
        kl += parts[2].item() * len(x)
    n = len(images)
    return {"total": total / n, "reconstruction": reconstruction / n, "kl": kl / n}
'''),
    dict(name='alt_ev_inference_mode_weighted', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    rows, sizes = [], []
    with torch.inference_mode():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            rows.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
            sizes.append(len(x))
        weights = torch.tensor(sizes, dtype=torch.float32) / len(images)
        averages = (torch.stack(rows) * weights[:, None]).sum(dim=0)
    return {"total": float(averages[0]), "reconstruction": float(averages[1]), "kl": float(averages[2])}
'''),
    dict(name='alt_tr_collect_then_average', grade_id='train', source=r'''import math


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for _ in range(epochs):
        model.train()
        losses, sizes = [], []
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses.append(train_step(model, optimizer, x, beta))
            sizes.append(len(x))
        weighted = torch.tensor(losses, dtype=torch.float64) * torch.tensor(sizes, dtype=torch.float64)[:, None]
        averages = (weighted.sum(dim=0) / len(train_images)).tolist()
        history["train_total"].append(averages[0])
        history["train_reconstruction"].append(averages[1])
        history["train_kl"].append(averages[2])
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='alt_tr_bar_only_when_asked', grade_id='train', source=r'''from collections import defaultdict


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = defaultdict(list)
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        totals = dict.fromkeys(("total", "reconstruction", "kl"), 0.0)
        batches = iterate_minibatches(train_images, batch_size, generator)
        if progress:
            batches = tqdm(batches, total=(n + batch_size - 1) // batch_size, desc=f"epoch {epoch + 1}")
        for x in batches:
            for term, value in zip(totals, train_step(model, optimizer, x, beta)):
                totals[term] += value * len(x)
        for term, value in totals.items():
            history[f"train_{term}"].append(value / n)
        for term, value in evaluate(model, test_images, beta=beta).items():
            history[f"test_{term}"].append(value)
    return {key: history[key] for key in HISTORY_KEYS}
'''),
    dict(name='alt_ck_map_location_file_handle', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    model.eval()
    return model
'''),
    dict(name='alt_ck_cloned_state', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    state = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}
    torch.save(state, str(path))


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path)))
    return model.eval()
'''),
]
