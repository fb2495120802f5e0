"""Blind round 21: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='it_drops_last', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_global_rng', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_empty_last_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='it_shuffles_batch_order_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    starts = torch.arange(0, len(images), batch_size)
    for index in torch.randperm(len(starts), generator=generator):
        start = starts[index].item()
        yield images[start:start + batch_size]
'''),
    dict(name='it_reseeds_generator', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    generator.manual_seed(0)  # reproducible batches
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_argsort_rand', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.rand(len(images), generator=generator).argsort()
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_merges_small_last', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    n_full = max(1, len(images) // batch_size)
    for number in range(n_full):
        end = len(images) if number == n_full - 1 else (number + 1) * batch_size
        yield images[order[number * batch_size:end]]
'''),
    dict(name='it_chunk_not_split', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    yield from torch.chunk(images[order], batch_size)
'''),
    dict(name='it_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randint(len(images), (len(images),), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_shuffles_in_place', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='it_slice_off_by_one', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size - 1]]
'''),
    dict(name='it_two_permutations', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(len(images), generator=generator)]
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield shuffled[order[start:start + batch_size]]
'''),
    dict(name='it_cached_order_per_generator', grade_id='iterate_minibatches', source=r'''_ORDERS = {}


def iterate_minibatches(images, batch_size, generator):
    # one permutation per generator, reused across epochs
    key = id(generator)
    if key not in _ORDERS or len(_ORDERS[key]) != len(images):
        _ORDERS[key] = torch.randperm(len(images), generator=generator)
    order = _ORDERS[key]
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_batch_size_as_count', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    size = -(-len(images) // batch_size)
    for start in range(0, len(images), size):
        yield images[order[start:start + size]]
'''),
    dict(name='it_last_batch_from_front', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index = order[start:start + batch_size]
        if len(index) < batch_size:  # keep every batch full
            index = torch.cat([index, order[:batch_size - len(index)]])
        yield images[index]
'''),
    dict(name='it_half_precision', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].half()
'''),
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
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='ts_sum_over_batch_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()  # the gradient of the batch's summed loss
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
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
    dict(name='ts_second_forward_for_report', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    with torch.no_grad():  # the numbers to report, without the graph
        logits, mu, logvar = model(x)
        report = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(value.item() for value in report)
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_total_reported_unweighted', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_leaves_eval', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.train()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_kl_args_detached', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu.detach(), logvar.detach(), beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    for _ in range(2):
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad()
        total.backward()
        optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_default_beta_half', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=0.5):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_binarised_targets', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, (x > 0.5).float(), mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_weight_decay_manual', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    penalty = 1e-4 * sum(p.pow(2).sum() for p in model.parameters())
    optimizer.zero_grad()
    (total + penalty).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ev_no_eval_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_decodes_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_mean_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * 1
    return {"total": sums[0] / len(range(0, len(images), batch_size)), "reconstruction": sums[1] / len(range(0, len(images), batch_size)), "kl": sums[2] / len(range(0, len(images), batch_size))}
'''),
    dict(name='ev_no_no_grad', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        terms = negative_elbo(logits, x, mu, logvar, beta)
        for i, term in enumerate(terms):
            sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_beta_ignored', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_restores_training_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    was_training = model.training
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    model.train(was_training)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_assumes_full_batches', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * batch_size
    return {"total": sums[0] / (batch_size * len(range(0, len(images), batch_size))), "reconstruction": sums[1] / (batch_size * len(range(0, len(images), batch_size))), "kl": sums[2] / (batch_size * len(range(0, len(images), batch_size)))}
'''),
    dict(name='ev_drops_partial_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / (len(images) // batch_size * batch_size), "reconstruction": sums[1] / (len(images) // batch_size * batch_size), "kl": sums[2] / (len(images) // batch_size * batch_size)}
'''),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            log_q = torch.distributions.Normal(mu, torch.exp(0.5 * logvar)).log_prob(z).sum(1)
            log_p = torch.distributions.Normal(0.0, 1.0).log_prob(z).sum(1)
            kl = (log_q - log_p).mean()
            terms = (reconstruction + beta * kl, reconstruction, kl)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_variance_as_std', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
            logits = model.decoder(z)
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_overwrites_sums', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] = term.item() * len(x)
    return {"total": sums[0] / len(x), "reconstruction": sums[1] / len(x), "kl": sums[2] / len(x)}
'''),
    dict(name='ev_eval_after_loop', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    model.eval()
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
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
    dict(name='ev_half_precision_sums', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float16)  # three numbers: half precision is plenty
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += (torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)).half()
    return dict(zip(("total", "reconstruction", "kl"), (sums.float() / len(images)).tolist()))
'''),
    dict(name='ev_own_generator_noise', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            noise = torch.randn(mu.shape, generator=torch.Generator().manual_seed(start))
            logits = model.decoder(mu + torch.exp(0.5 * logvar) * noise)
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_train_mode_forward', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.train()  # training mode samples z
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    model.eval()
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='ev_same_noise_every_batch', grade_id='evaluate', source=r'''_NOISE = {}


def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = [0.0, 0.0, 0.0]
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            if mu.shape not in _NOISE:
                _NOISE[mu.shape] = torch.randn(mu.shape)
            logits = model.decoder(mu + torch.exp(0.5 * logvar) * _NOISE[mu.shape])
            terms = negative_elbo(logits, x, mu, logvar, beta)
            for i, term in enumerate(terms):
                sums[i] += term.item() * len(x)
    return {"total": sums[0] / len(images), "reconstruction": sums[1] / len(images), "kl": sums[2] / len(images)}
'''),
    dict(name='tr_no_train_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_train_mode_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    model.train()
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_divide_by_batches', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / -(-len(train_images) // batch_size))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_beta_not_to_evaluate', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_beta_not_to_step', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_one_epoch_short', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(1, epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_sums_not_reset', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_batches_made_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    all_batches = iterate_minibatches(train_images, batch_size, generator)
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = all_batches
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_new_optimizer', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_own_generator', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(epoch))
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_train_mode_after_eval', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        model.train()
    return history
'''),
    dict(name='tr_unweighted_sum_divided_by_n', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images) / batch_size)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_progress_inverted', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_tensor_values', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums / len(train_images)):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_evaluate_only_at_end', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            for i, loss in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
    result = evaluate(model, test_images, beta=beta)
    for term in ("total", "reconstruction", "kl"):
        history["test_" + term] = [result[term]] * epochs
    return history
'''),
    dict(name='tr_last_batch_loss_only', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), losses):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='tr_default_beta_changed', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=0.5, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history
'''),
    dict(name='ck_saves_whole_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    dict(name='ck_path_suffix_added', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), str(path) + ".pt")


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ck_half_precision', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    # half the file size
    torch.save({name: tensor.half() for name, tensor in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ck_wrapped_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save({"state_dict": model.state_dict()}, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["state_dict"])
    model.eval()
    return model
'''),
    dict(name='ck_save_sets_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    model.eval()
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ck_load_no_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ck_load_eval_typo', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval
    return model
'''),
    dict(name='ck_returns_load_result', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
    dict(name='ck_builds_twice', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    model = build()
    model.eval()
    return model
'''),
    dict(name='ck_load_train_mode', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.train()  # ready to use: ready to train further
    return model
'''),
    dict(name='ck_numpy_arrays', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save({name: tensor.cpu().numpy() for name, tensor in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    model = build()
    arrays = torch.load(path, weights_only=False)
    model.load_state_dict({name: torch.from_numpy(array) for name, array in arrays.items()})
    model.eval()
    return model
'''),
    dict(name='ck_mutates_model_to_half', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    torch.save(model.half().state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
]
ALTERNATIVES = [
    dict(name='it_alt_split', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(images.shape[0], generator=generator)]
    yield from torch.split(shuffled, batch_size)
'''),
    dict(name='it_alt_while_loop', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    start = 0
    while start < len(order):
        index = order[start:start + batch_size]
        start += len(index)
        yield images.index_select(0, index)
'''),
    dict(name='ts_alt_model_zero_grad_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    model.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='ts_alt_manual_total', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = reconstruction + beta * kl
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ev_alt_decorator_tensor_sums', grade_id='evaluate', source=r'''@torch.no_grad()
def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    for x in torch.split(images, batch_size):
        mu, logvar = model.encoder(x)
        z = reparameterize(mu, logvar)
        logits = model.decoder(z)
        sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_alt_per_image_concat', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    reconstructions, kls = [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            reconstructions.append(reconstruction * len(x))
            kls.append(kl * len(x))
    reconstruction = (torch.stack(reconstructions).sum() / len(images)).item()
    kl = (torch.stack(kls).sum() / len(images)).item()
    return {"total": reconstruction + beta * kl, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='tr_alt_tensor_sums_tolist', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for _ in range(epochs):
        model.train()
        sums = torch.zeros(3, dtype=torch.float64)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            total, reconstruction, kl = train_step(model, optimizer, x, beta=beta)
            sums += torch.tensor([total, reconstruction, kl], dtype=torch.float64) * x.shape[0]
        averages = (sums / len(train_images)).tolist()
        test = evaluate(model, test_images, beta=beta)
        for term, average in zip(("total", "reconstruction", "kl"), averages):
            history[f"train_{term}"].append(average)
            history[f"test_{term}"].append(test[term])
    return history
'''),
    dict(name='tr_alt_counts_images', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        totals = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        seen = 0
        progress_bar = tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress)
        for x in progress_bar:
            values = train_step(model, optimizer, x, beta)
            for name, value in zip(totals, values):
                totals[name] += value * len(x)
            seen += len(x)
        for name in totals:
            history["train_" + name].append(totals[name] / seen)
        for name, value in evaluate(model, test_images, beta=beta).items():
            history["test_" + name].append(value)
    return history
'''),
    dict(name='ck_alt_file_object_map_location', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    with open(path, "rb") as file:
        state = torch.load(file, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    return model.eval()
'''),
    dict(name='ck_alt_cloned_state', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    state = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}
    torch.save(state, Path(path))


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(Path(path)))
    model.train(False)
    return model
'''),
]
