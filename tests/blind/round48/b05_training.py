"""Blind round 48: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='it_global_randperm', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_fresh_generator_from_seed', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    # a copy of the generator, so that the caller's stays untouched
    local = torch.Generator().manual_seed(generator.initial_seed())
    order = torch.randperm(len(images), generator=local)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_reseeds_generator', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator.manual_seed(generator.initial_seed())  # reproducible batches
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_shuffles_caller_images', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]  # shuffle the data set in place, no copy of 188 MB
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='it_merges_small_tail', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randperm(n, generator=generator)
    starts = list(range(0, n, batch_size))
    if len(starts) > 1 and n - starts[-1] < batch_size // 2:
        starts.pop()  # a tiny last batch gives a noisy step: merge it with the one before
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else n
        yield images[order[start:end]]
'''),
    dict(name='it_multinomial_order', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.multinomial(torch.ones(n), n, replacement=False, generator=generator) if n else torch.arange(0)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randint(0, n, (n,), generator=generator)
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_count_plus_one', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for i in range(n // batch_size + 1):
        yield images[order[i * batch_size:(i + 1) * batch_size]]
'''),
    dict(name='it_drop_last', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randperm(n, generator=generator)
    for start in range(0, n - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_cached_order', grade_id='iterate_minibatches', source=r'''_orders = {}


def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    if n not in _orders:
        _orders[n] = torch.randperm(n, generator=generator)
    order = _orders[n]
    for start in range(0, n, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='it_float32_batches', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].float()
'''),
    dict(name='it_batches_sorted_within', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index = order[start:start + batch_size].sort().values  # contiguous reads are faster
        yield images[index]
'''),
    dict(name='it_shuffle_batches_not_images', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    starts = torch.arange(0, n, batch_size)
    order = torch.randperm(len(starts), generator=generator)  # shuffle the batches: cheaper than the images
    for i in order.tolist():
        yield images[starts[i]:starts[i] + batch_size]
'''),
    dict(name='ts_losses_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
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
    dict(name='ts_no_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_zero_grad_before_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    optimizer.zero_grad()  # clear for the next step
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_beta_not_passed', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_grad_clip_norm_5', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)  # no exploding steps
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_unweighted', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (reconstruction + kl).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_returns_tensors', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.detach(), reconstruction.detach(), kl.detach()
'''),
    dict(name='ts_returns_batch_sums', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    n = len(x)
    return total.item() * n, reconstruction.item() * n, kl.item() * n
'''),
    dict(name='ts_loss_divided_by_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    (total / len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_rounded', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return round(total.item(), 2), round(reconstruction.item(), 2), round(kl.item(), 2)
'''),
    dict(name='ts_order_swapped', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), kl.item(), reconstruction.item()
'''),
    dict(name='ts_weighted_kl_returned', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), (beta * kl).item()
'''),
    dict(name='ts_sets_train_mode_then_eval', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    model.train()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_separate_logging_pass', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    with torch.no_grad():  # the numbers for the history, without a graph
        logits, mu, logvar = model(x)
        reported = [t.item() for t in negative_elbo(logits, x, mu, logvar, beta)]
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return tuple(reported)
'''),
    dict(name='ts_x_binarised', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    x = torch.bernoulli(x)  # dynamic binarisation, as in the papers
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_skip_if_loss_huge', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    for parameter in model.parameters():  # no NaN steps
        if parameter.grad is not None:
            parameter.grad.nan_to_num_(0.0, 0.0, 0.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ev_mean_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * 1
            sums["reconstruction"] += reconstruction.item() * 1
            sums["kl"] += kl.item() * 1
    return {key: value / max(1, -(-n // batch_size)) for key, value in sums.items()}
'''),
    dict(name='ev_decodes_mu', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = mu
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_no_eval_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_restores_train_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    was_training = model.training
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    model.train(was_training)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_with_gradients', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    if True:
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_beta_ignored', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, 1.0)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_reseeds_global_rng', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    torch.manual_seed(0)  # the same noise on every call: comparable numbers
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_drops_partial_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / max(1, n - n % batch_size) for key, value in sums.items()}
'''),
    dict(name='ev_weight_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * batch_size
            sums["reconstruction"] += reconstruction.item() * batch_size
            sums["kl"] += kl.item() * batch_size
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            # the KL estimated with the same sample: log q(z|x) - log p(z)
            log_q = (-0.5 * (logvar + (z - mu) ** 2 / logvar.exp())).sum(1)
            log_p = (-0.5 * z ** 2).sum(1)
            kl = (log_q - log_p).mean()
            sums["total"] += (reconstruction + beta * kl).item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_training_flag_only', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.training = False
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_two_samples_averaged', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            z2 = reparameterize(mu, logvar)
            z = 0.5 * (z + z2)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_shuffled_order', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    order = torch.randperm(n)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[order[start:start + batch_size]]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_samples_via_train_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    model.train()  # forward samples z in training mode
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    model.eval()
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    n = len(images)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, n, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] = sums["total"] + total * len(x)
            sums["reconstruction"] = sums["reconstruction"] + reconstruction * len(x)
            sums["kl"] = sums["kl"] + kl * len(x)
    return {key: value / n for key, value in sums.items()}
'''),
    dict(name='tr_no_train_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_train_mode_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_divide_by_batches', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n_batches)
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_eval_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_eval_on_train', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, train_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_reseed_generator_per_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        generator.manual_seed(epoch)  # a known order for each epoch
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_hardcoded_batch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, 128, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_weight_by_batch_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * batch_size
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_sum_of_batch_means', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_iterator_made_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_last_batch_loss', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train()
        losses = (float("nan"),) * 3
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), losses):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_evaluate_before_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)  # the test loss at the start of the epoch
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
    return history
'''),
    dict(name='tr_global_seed', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    torch.manual_seed(0)  # reproducible runs
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_beta_not_passed_to_step', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_kl_annealing', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta * min(1.0, (epoch + 1) / max(1, epochs // 2)))
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='tr_back_to_train_after_eval', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        model.train()  # evaluate left it in eval mode
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
    dict(name='ck_whole_model', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = torch.load(path, weights_only=False)
    model.eval()
    return model
'''),
    dict(name='ck_load_not_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return model
'''),
    dict(name='ck_strict_false', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model
'''),
    dict(name='ck_returns_fresh_build', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
'''),
    dict(name='ck_float16_on_disk', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    # half precision: half the file size
    torch.save({key: value.half() for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict({key: value.float() for key, value in state.items()})
    model.eval()
    return model
'''),
    dict(name='ck_save_sets_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    model.eval()  # save the model as it will be used
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ck_load_frozen', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.requires_grad_(False)  # a loaded model is for inference
    model.eval()
    return model
'''),
    dict(name='ck_encoder_decoder_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"encoder": model.encoder.state_dict(), "decoder": model.decoder.state_dict()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, weights_only=True)
    model.encoder.load_state_dict(state["encoder"])
    model.decoder.load_state_dict(state["decoder"])
    model.eval()
    return model
'''),
    dict(name='ck_parameters_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: p.detach() for name, p in model.named_parameters()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model
'''),
    dict(name='ck_load_no_grad_context', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    with torch.inference_mode():
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
]
ALTERNATIVES = [
    dict(name='alt_it_split', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(images.shape[0], generator=generator)
    yield from (images[index] for index in torch.split(order, batch_size))
'''),
    dict(name='alt_it_index_select', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = images.size(0)
    order = torch.randperm(n, generator=generator)
    start = 0
    while start < n:
        yield images.index_select(0, order[start:start + batch_size])
        start += batch_size
'''),
    dict(name='alt_ts_model_zero_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    model.zero_grad()
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)
'''),
    dict(name='alt_ts_set_to_none_false', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    optimizer.zero_grad(set_to_none=False)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)
'''),
    dict(name='alt_ev_tensor_sums', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.no_grad():
        for x in torch.split(images, batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    averages = (sums / images.shape[0]).tolist()
    return dict(zip(("total", "reconstruction", "kl"), averages))
'''),
    dict(name='alt_ev_inference_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    totals, count = [0.0, 0.0, 0.0], 0
    with torch.inference_mode():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            totals = [t + p.item() * len(x) for t, p in zip(totals, parts)]
            count += len(x)
    return {"total": totals[0] / count, "reconstruction": totals[1] / count, "kl": totals[2] / count}
'''),
    dict(name='alt_tr_dict_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    parts = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(parts, 0.0)
        seen = 0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress):
            for part, loss in zip(parts, train_step(model, optimizer, x, beta)):
                sums[part] += loss * len(x)
            seen += len(x)
        test = evaluate(model, test_images, beta=beta)
        for part in parts:
            history[f"train_{part}"].append(sums[part] / seen)
            history[f"test_{part}"].append(test[part])
    return history
'''),
    dict(name='alt_ck_file_object', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    with open(path, "rb") as file:
        state = torch.load(file, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    return model.eval()
'''),
    dict(name='alt_ck_cpu_copy', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({key: value.detach().cpu().clone() for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='alt_tr_enumerate', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    for epoch in range(epochs):
        model.train()
        model.encoder.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for part in ("total", "reconstruction", "kl"):
            history["test_" + part].append(result[part])
    return history
'''),
]
