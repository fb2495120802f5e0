"""Blind round 16: mistakes and alternatives for notebook 05_training."""

NOTEBOOK = '05_training'

MISTAKES = [
    dict(name='iter_drops_last_partial_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_no_shuffle', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='iter_order_computed_but_unused', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        batch = order[start:start + batch_size]
        yield images[start:start + len(batch)]
'''),
    dict(name='iter_global_random_state', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_new_fixed_generator', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=torch.Generator().manual_seed(0))
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_reseeds_callers_generator', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    generator.manual_seed(0)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_extra_empty_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for number in range(n // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='iter_round_batch_count', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for number in range(max(1, round(n / batch_size))):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='iter_sampling_with_replacement', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randint(n, (n,), generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='iter_new_permutation_per_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    for start in range(0, n, batch_size):
        order = torch.randperm(n, generator=generator)
        yield images[order[:min(batch_size, n - start)]]
'''),
    dict(name='iter_chunk_instead_of_split', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    for batch in torch.chunk(images[order], batch_size):
        yield batch
'''),
    dict(name='iter_shuffles_images_in_place', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    images[:] = images[torch.randperm(n, generator=generator)]
    for start in range(0, n, batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='iter_remainder_merged_into_last_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    count = max(1, n // batch_size)
    for number in range(count):
        end = n if number == count - 1 else (number + 1) * batch_size
        yield images[order[number * batch_size:end]]
'''),
    dict(name='iter_casts_to_float32', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]].float()
'''),
    dict(name='step_no_zero_grad', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_zero_grad_after_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_backward_reconstruction_only', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    reconstruction.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_beta_not_passed', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_returns_tensors', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='step_losses_after_update', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='step_two_optimizer_steps', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_loss_summed_over_batch', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total * len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_default_beta_changed', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=0.5):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_gradient_clipping', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_rescales_x_by_255', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    x = x / 255
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_return_order_kl_reconstruction', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='step_leaves_model_in_eval', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='step_reports_weighted_kl', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), beta * kl.item()
'''),
    dict(name='eval_unweighted_mean_of_batches', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    parts = []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            parts.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
    total, reconstruction, kl = torch.stack(parts).mean(dim=0).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='eval_decodes_mean', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_decoder_of_mu', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(mu)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_no_eval_mode', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
'''),
    dict(name='eval_switches_back_to_train', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    model.train()
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_sampling_via_train_mode_forward', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    model.train()
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
    dict(name='eval_beta_ignored', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_without_no_grad', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    dict(name='eval_assumes_full_batches', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    batches = (len(images) + batch_size - 1) // batch_size
    return {key: value / (batches * batch_size) for key, value in sums.items()}
'''),
    dict(name='eval_weights_by_batch_size_argument', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * batch_size
            sums["reconstruction"] += reconstruction.item() * batch_size
            sums["kl"] += kl.item() * batch_size
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_drops_last_partial_batch', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    count = 0
    with torch.no_grad():
        for number in range(len(images) // batch_size):
            x = images[number * batch_size:(number + 1) * batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
            count += len(x)
    return {key: value / count for key, value in sums.items()}
'''),
    dict(name='eval_returns_tensors', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total * len(x)
            sums["reconstruction"] += reconstruction * len(x)
            sums["kl"] += kl * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_key_KL_uppercase', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    n = len(images)
    return {"total": sums["total"] / n, "reconstruction": sums["reconstruction"] / n, "KL": sums["kl"] / n}
'''),
    dict(name='eval_default_batch_size_128', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=128, beta=1.0):
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
'''),
    dict(name='eval_reseeds_global_rng', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    torch.manual_seed(0)
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
'''),
    dict(name='eval_averages_five_samples', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            parts = []
            for _ in range(5):
                logits = model.decoder(reparameterize(mu, logvar))
                parts.append(torch.stack(negative_elbo(logits, x, mu, logvar, beta)))
            total, reconstruction, kl = torch.stack(parts).mean(dim=0)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='eval_ignores_batch_size', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    with torch.no_grad():
        mu, logvar = model.encoder(images)
        logits = model.decoder(reparameterize(mu, logvar))
        total, reconstruction, kl = negative_elbo(logits, images, mu, logvar, beta)
    return {"total": total.item(), "reconstruction": reconstruction.item(), "kl": kl.item()}
'''),
    dict(name='train_mode_set_once_before_epochs', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_beta_not_passed_to_step', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_beta_not_passed_to_evaluate', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_unweighted_batch_mean', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        count = 0
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
            count += 1
        history["train_total"].append(sums[0] / count)
        history["train_reconstruction"].append(sums[1] / count)
        history["train_kl"].append(sums[2] / count)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_divides_by_full_batches', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / (n_batches * batch_size))
        history["train_reconstruction"].append(sums[1] / (n_batches * batch_size))
        history["train_kl"].append(sums[2] / (n_batches * batch_size))
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_own_fixed_generator', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    shuffler = torch.Generator().manual_seed(0)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, shuffler)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_evaluates_on_training_images', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, train_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_evaluates_before_the_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_new_optimizer_inside', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_own_shuffling_not_iterate_minibatches', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        order = torch.randperm(n, generator=generator)
        batches = (train_images[order[start:start + batch_size]] for start in range(0, n, batch_size))
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_progress_bar_always_on', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_progress_flag_inverted', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_sums_not_reset_each_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_batches_created_once', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_history_reset_each_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        history = {key: [] for key in HISTORY_KEYS}
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_evaluates_once_per_key', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(evaluate(model, test_images, beta=beta)[part])
    return history
'''),
    dict(name='train_divides_by_test_size', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / len(test_images))
        history["train_reconstruction"].append(sums[1] / len(test_images))
        history["train_kl"].append(sums[2] / len(test_images))
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_sums_not_averaged', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0])
        history["train_reconstruction"].append(sums[1])
        history["train_kl"].append(sums[2])
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_default_progress_false', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=False):
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='train_reseeds_global_rng', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    torch.manual_seed(0)
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    n_batches = (n + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        result = evaluate(model, test_images, beta=beta)
        history["test_total"].append(result["total"])
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
    return history
'''),
    dict(name='ckpt_saves_whole_model', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save(model, path)


def load_checkpoint(path, build):
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    dict(name='ckpt_load_not_in_eval_mode', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ckpt_returns_load_state_dict_result', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model = model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ckpt_returns_fresh_build', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    build().load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
'''),
    dict(name='ckpt_save_switches_to_eval', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    model.eval()
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ckpt_wrapped_in_dict', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save({"model_state_dict": model.state_dict()}, path)


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["model_state_dict"])
    model.eval()
    return model
'''),
    dict(name='ckpt_appends_extension', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save(model.state_dict(), str(path) + ".pt")


def load_checkpoint(path, build):
    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ckpt_half_precision', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save({name: tensor.half() for name, tensor in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict({name: tensor.float() for name, tensor in state.items()})
    model.eval()
    return model
'''),
    dict(name='ckpt_parameter_list', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    torch.save([parameter.detach() for parameter in model.parameters()], path)


def load_checkpoint(path, build):
    model = build()
    with torch.no_grad():
        for parameter, saved in zip(model.parameters(), torch.load(path, weights_only=True)):
            parameter.copy_(saved)
    model.eval()
    return model
'''),
]

ALTERNATIVES = [
    dict(name='iter_split_yield_from', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    shuffled = images[torch.randperm(images.shape[0], generator=generator)]
    yield from torch.split(shuffled, batch_size)
'''),
    dict(name='iter_while_index_select', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    order = torch.randperm(len(images), generator=generator)
    start = 0
    while start < len(order):
        yield images.index_select(0, order[start:start + batch_size])
        start += batch_size
'''),
    dict(name='step_model_zero_grad_tuple', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
    model.zero_grad()
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(loss.item() for loss in losses)
'''),
    dict(name='eval_stacked_weighted_sums', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta=beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return dict(total=total, reconstruction=reconstruction, kl=kl)
'''),
    dict(name='train_dict_sums_and_counts', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    history = dict((key, []) for key in HISTORY_KEYS)
    parts = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(parts, 0.0)
        seen = 0
        bar = tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress,
                   total=-(-len(train_images) // batch_size))
        for x in bar:
            for part, value in zip(parts, train_step(model, optimizer, x, beta=beta)):
                sums[part] += value * x.shape[0]
            seen += x.shape[0]
        measured = evaluate(model, test_images, beta=beta)
        for part in parts:
            history["train_" + part].append(sums[part] / seen)
            history["test_" + part].append(measured[part])
    return history
'''),
    dict(name='ckpt_map_location_and_chained_eval', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    state = model.state_dict()
    torch.save(state, Path(path))


def load_checkpoint(path, build):
    state = torch.load(Path(path), map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state, strict=True)
    return model.eval()
'''),
    dict(name='ckpt_file_handles', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    with open(path, "wb") as handle:
        torch.save(model.state_dict(), handle)


def load_checkpoint(path, build):
    with open(path, "rb") as handle:
        state = torch.load(handle, weights_only=True)
    model = build()
    model.load_state_dict(state)
    model.train(False)
    return model
'''),
    dict(name='eval_list_of_batches_tensor_sums', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    model.eval()
    n = len(images)
    batches = [images[i:i + batch_size] for i in range(0, n, batch_size)]
    totals = [0.0, 0.0, 0.0]
    for x in batches:
        with torch.no_grad():
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            values = negative_elbo(model.decoder(z), x, mu, logvar, beta)
        totals = [old + value.item() * len(x) for old, value in zip(totals, values)]
    return {"total": totals[0] / n, "reconstruction": totals[1] / n, "kl": totals[2] / n}
'''),
]
