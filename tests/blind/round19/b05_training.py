"""Blind round 19: mistakes and alternatives for notebook 05_training."""

NOTEBOOK = '05_training'

_IM_DOC = '''    """Yield the images in shuffled mini-batches, every image exactly once."""
'''
_TS_DOC = '''    """One gradient step of the negative ELBO on the batch x."""
'''
_EV_DOC = '''    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients."""
'''
_TR_DOC = '''    """Train the model for `epochs` epochs and evaluate it on test_images after each one."""
'''

MISTAKES = [
    # ------------------------------------------------------------------ iterate_minibatches
    dict(name='im_drops_partial_last_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_sampling_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randint(n, (n,), generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_shuffles_batch_order_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    starts = list(range(0, n, batch_size))
    for index in torch.randperm(len(starts), generator=generator).tolist():  # contiguous batches, shuffled
        yield images[starts[index]:starts[index] + batch_size]
'''),
    dict(name='im_shuffles_within_contiguous_batches', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    for start in range(0, len(images), batch_size):
        chunk = images[start:start + batch_size]
        yield chunk[torch.randperm(len(chunk), generator=generator)]
'''),
    dict(name='im_extra_empty_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='im_last_batch_wraps_around', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        index = order[start:start + batch_size]
        if len(index) < batch_size:  # keep every batch full: complete it with the first images
            index = torch.cat([index, order[:batch_size - len(index)]])
        yield images[index]
'''),
    dict(name='im_last_batch_merged', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    count = max(1, n // batch_size)
    for number in range(count):
        end = n if number == count - 1 else (number + 1) * batch_size  # the rest goes with the last batch
        yield images[order[number * batch_size:end]]
'''),
    dict(name='im_permutation_drawn_twice', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    order = order[torch.randperm(n, generator=generator)]  # shuffle well
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_generator_state_copied', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    local = torch.Generator()
    local.set_state(generator.get_state())  # do not disturb the caller's generator
    order = torch.randperm(len(images), generator=local)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_yields_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield order[start:start + batch_size]
'''),
    dict(name='im_yields_one_tuples', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield (images[order[start:start + batch_size]],)
'''),
    dict(name='im_torch_chunk_balanced', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for index in torch.tensor_split(order, math.ceil(len(images) / batch_size)):  # ceil(N / B) batches
        yield images[index]
'''),
    dict(name='im_sorted_within_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index, _ = order[start:start + batch_size].sort()  # sorted indices: faster memory access
        yield images[index]
'''),
    dict(name='im_indexes_reversed_images', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = n - 1 - torch.randperm(n, generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_drops_single_leftover', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n - 1:  # a batch of one image gives no useful statistics
        yield images[order[start:start + batch_size]]
        start += batch_size
'''),
    dict(name='im_inverse_permutation', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    keys = torch.randperm(n, generator=generator)
    order = torch.argsort(keys)  # the inverse permutation: also a random order
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='im_strided_batches', grade_id='iterate_minibatches', source=r'''import math


def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    count = math.ceil(n / batch_size)
    for number in range(count):
        yield images[order[number::count]]  # interleaved batches
'''),
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_before_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    with torch.no_grad():  # report the loss of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_not_passed', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_optimizer_steps', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_scaled_by_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    (total * len(x)).backward()  # the gradient of the sum over the batch, as in the PyTorch example
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_loss_per_pixel_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    (total / x[0].numel()).backward()  # smaller, better-behaved gradients
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_clipping', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_weight_decay_in_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    penalty = 1e-4 * sum(p.pow(2).sum() for p in model.parameters())
    (total + penalty).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_weighted_kl', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), beta * kl.item()
'''),
    dict(name='ts_changes_learning_rate', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    for group in optimizer.param_groups:  # scale the step to the batch size
        group["lr"] = group["lr"] * len(x) / 128
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_total_recomputed_without_beta', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_sigmoid_before_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(torch.sigmoid(logits), x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_binarised_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    x = torch.bernoulli(x)  # dynamic binarisation, as in the papers
    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_two_samples_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    losses = []
    for _ in range(2):  # two samples of z: a better gradient
        logits, mu, logvar = model(x)
        losses.append(negative_elbo(logits, x, mu, logvar, beta))
    total = (losses[0][0] + losses[1][0]) / 2
    total.backward()
    optimizer.step()
    return total.item(), losses[0][1].item(), losses[0][2].item()
'''),

    # ------------------------------------------------------------------ evaluate
    dict(name='ev_mean_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
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
    dict(name='ev_decodes_the_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    sums /= len(images)
    return {"total": sums[0], "reconstruction": sums[1], "kl": sums[2]}
'''),
    dict(name='ev_drops_partial_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums, count = torch.zeros(3), 0
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
            count += len(x)
    total, reconstruction, kl = (sums / max(count, 1)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_weights_by_batch_size_argument', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums, count = torch.zeros(3), 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * batch_size
            count += batch_size
    total, reconstruction, kl = (sums / count).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_total_without_beta', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    reconstruction = kl = 0.0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            _, r, k = negative_elbo(logits, x, mu, logvar, beta)
            reconstruction += r.item() * len(x)
            kl += k.item() * len(x)
    reconstruction, kl = reconstruction / len(images), kl / len(images)
    return {"total": reconstruction + kl, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_returns_weighted_kl', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    reconstruction = kl = 0.0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            _, r, k = negative_elbo(logits, x, mu, logvar, beta)
            reconstruction += r.item() * len(x)
            kl += beta * k.item() * len(x)
    reconstruction, kl = reconstruction / len(images), kl / len(images)
    return {"total": reconstruction + kl, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_two_samples_averaged', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            parts = [torch.stack(negative_elbo(model.decoder(reparameterize(mu, logvar)), x, mu, logvar, beta))
                     for _ in range(2)]  # two samples: a less noisy estimate
            sums += (parts[0] + parts[1]) / 2 * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_own_sampling_with_variance', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
            sums += torch.stack(negative_elbo(model.decoder(z), x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_sigmoid_logits', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            probs = torch.sigmoid(model.decoder(reparameterize(mu, logvar)))
            sums += torch.stack(negative_elbo(probs, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_sums_not_averages', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = sums.tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_key_named_KL', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "KL": kl}
'''),
    dict(name='ev_last_batch_overwrites', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums = torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(x)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_kl_monte_carlo', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            # log q(z|x) - log p(z) at the sample: the KL of this very z
            kl = (-0.5 * (logvar + (z - mu) ** 2 / logvar.exp()) + 0.5 * z ** 2).sum(dim=1).mean()
            sums += torch.stack([reconstruction + beta * kl, reconstruction, kl]) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_zero_noise_sample', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, torch.full_like(logvar, -30.0))  # sample, but keep it at the mean
            sums += torch.stack(negative_elbo(model.decoder(z), x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_binarised_images', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = (images[start:start + batch_size] > 0.5).float()  # a true likelihood needs 0/1 pixels
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_divides_by_n_minus_one', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    total, reconstruction, kl = (sums / max(len(images) - 1, 1)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_batches_overlap', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    sums, count = torch.zeros(3), 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[max(0, start - 1):start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
            count += len(x)
    total, reconstruction, kl = (sums / count).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='tr_train_mode_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_unweighted_batch_average', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums, count = [0.0, 0.0, 0.0], 0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss for s, loss in zip(sums, losses)]
            count += 1
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / count)
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_weights_by_batch_size_argument', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * batch_size for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_evaluates_training_images', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, train_images[:len(test_images)], beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_evaluate_default_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images)  # the test ELBO is the true one
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_train_step_default_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_sums_not_reset', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    sums, seen = [0.0, 0.0, 0.0], 0
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
            seen += len(x)
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / seen)  # running average since the start
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_evaluates_before_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
    return history
'''),
    dict(name='tr_appends_tensors', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = torch.zeros(3)
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums / len(train_images)):
            history[key].append(s)
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_one_epoch_too_many', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs + 1):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        if epoch == 0:
            continue  # the first epoch is a warm-up, not recorded
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_new_optimizer_each_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        # a fresh optimiser of the same kind and learning rate
        optimizer = type(optimizer)(model.parameters(), lr=optimizer.param_groups[0]["lr"])
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_test_total_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        history["test_reconstruction"].append(result["reconstruction"])
        history["test_kl"].append(result["kl"])
        history["test_total"].append(result["reconstruction"] + result["kl"])
    return history
'''),
    dict(name='tr_same_batches_every_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    batches = list(iterate_minibatches(train_images, batch_size, generator))  # shuffle once, reuse
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, total=len(batches), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_train_numbers_from_evaluate', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            train_step(model, optimizer, x, beta)
        for split, images in (("train", train_images), ("test", test_images)):  # honest numbers for both
            result = evaluate(model, images, beta=beta)
            for name in ("total", "reconstruction", "kl"):
                history[f"{split}_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_history_dict_not_lists', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return {key: tuple(values) for key, values in history.items()}
'''),
    dict(name='tr_last_batch_loss', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums, last = [0.0, 0.0, 0.0], None
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            last = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, last)]
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), last):
            history[key].append(value)  # the loss at the end of the epoch: the most up to date
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),
    dict(name='tr_test_in_training_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        with torch.no_grad():  # the test loss with the model's own forward pass
            logits, mu, logvar = model(test_images)
            parts = negative_elbo(logits, test_images, mu, logvar, beta)
        for name, value in zip(("total", "reconstruction", "kl"), parts):
            history[f"test_{name}"].append(value.item())
    return history
'''),
    dict(name='tr_generator_reseeded_per_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    start_state = generator.get_state()
    for epoch in range(epochs):
        model.train()
        generator.set_state(start_state)  # reproducible epochs
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [s + loss * len(x) for s, loss in zip(sums, losses)]
        for key, s in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(s / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for name in ("total", "reconstruction", "kl"):
            history[f"test_{name}"].append(result[name])
    return history
'''),

    # ------------------------------------------------------------------ checkpoint
    dict(name='ck_saves_whole_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = torch.load(path, weights_only=False)
    return model.eval()
'''),
    dict(name='ck_not_in_eval_mode', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ck_returns_load_result', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build().eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
    dict(name='ck_parameters_only_no_buffers', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: p.detach() for name, p in model.named_parameters()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
    dict(name='ck_pickle_dump', grade_id='checkpoint', source=r'''import pickle


def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as file:
        pickle.dump(model.state_dict(), file)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    with open(path, "rb") as file:
        model.load_state_dict(pickle.load(file))
    return model.eval()
'''),
    dict(name='ck_wrapped_in_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"model": model.state_dict()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["model"])
    return model.eval()
'''),
    dict(name='ck_freezes_parameters', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.requires_grad_(False)  # a loaded model is for inference
    return model.eval()
'''),
    dict(name='ck_changes_path', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), str(path) + ".tmp")


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(str(path) + ".tmp", weights_only=True))
    return model.eval()
'''),
    dict(name='ck_half_precision', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: tensor.half() for name, tensor in model.state_dict().items()}, path)  # half the size


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model.eval()
'''),
    dict(name='ck_returns_fresh_build', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model = build()  # a clean model object
    return model.eval()
'''),
    dict(name='ck_saves_keys_without_prefix', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    state = {name.split(".", 1)[-1]: tensor for name, tensor in model.state_dict().items()}
    torch.save(state, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    state = torch.load(path, weights_only=True)
    names = list(model.state_dict())
    model.load_state_dict(dict(zip(names, state.values())))
    return model.eval()
'''),
    dict(name='ck_saves_optimiser_style_list', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save([p.detach().clone() for p in model.parameters()], path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    model = build()
    with torch.no_grad():
        for p, saved in zip(model.parameters(), torch.load(path, weights_only=True)):
            p.copy_(saved)
    return model.eval()
'''),
]

ALTERNATIVES = [
    dict(name='im_split_permutation', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    order = torch.randperm(images.shape[0], generator=generator)
    yield from (images[index] for index in order.split(batch_size))
'''),
    dict(name='im_while_index_select', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
''' + _IM_DOC + r'''    n = len(images)
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n:
        yield images.index_select(0, order[start:min(start + batch_size, n)])
        start += batch_size
'''),
    dict(name='ts_model_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    model.zero_grad(set_to_none=True)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss) for loss in losses)
'''),
    dict(name='ts_zero_grad_first', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
''' + _TS_DOC + r'''    optimizer.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.detach().item(), reconstruction.detach().item(), kl.detach().item()
'''),
    dict(name='ev_float_accumulators', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    total = reconstruction = kl = 0.0
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            t, r, k = negative_elbo(logits, x, mu, logvar, beta)
            total += t.item() * len(x)
            reconstruction += r.item() * len(x)
            kl += k.item() * len(x)
    n = len(images)
    return {"total": total / n, "reconstruction": reconstruction / n, "kl": kl / n}
'''),
    dict(name='ev_inference_mode_weighted_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
''' + _EV_DOC + r'''    model.eval()
    parts, sizes = [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts.append(torch.stack(negative_elbo(model.decoder(z), x, mu, logvar, beta)))
            sizes.append(len(x))
    weights = torch.tensor(sizes, dtype=torch.float32) / len(images)
    total, reconstruction, kl = (torch.stack(parts) * weights[:, None]).sum(dim=0).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='tr_dict_accumulators', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
''' + _TR_DOC + r'''    history = {key: [] for key in HISTORY_KEYS}
    names = ("total", "reconstruction", "kl")
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(names, 0.0)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            for name, value in zip(names, train_step(model, optimizer, x, beta)):
                sums[name] += value * len(x)
        scores = evaluate(model, test_images, beta=beta)
        for name in names:
            history["train_" + name].append(sums[name] / len(train_images))
            history["test_" + name].append(scores[name])
    return history
'''),
    dict(name='ck_map_location_then_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    state = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}
    torch.save(state, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint."""
    state = torch.load(path, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    model.eval()
    return model
'''),
]
