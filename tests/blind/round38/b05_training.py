"""Blind round 38: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='extra_draw_rotates_order', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    shift = int(torch.randint(len(images), (1,), generator=generator))  # a random start: no image is always first
    order = order.roll(shift)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='generator_state_restored', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    state = generator.get_state()
    order = torch.randperm(len(images), generator=generator)
    generator.set_state(state)  # leave the caller's generator as it was
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='indices_sorted_within_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size].sort().values]  # contiguous reads'''),
    dict(name='empty_last_batch_when_divisible', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, (len(images) // batch_size + 1) * batch_size, batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='tiny_remainder_merged', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    starts = list(range(0, len(images), batch_size))
    if len(starts) > 1 and len(images) - starts[-1] < batch_size // 2:
        starts.pop()  # a tiny last batch gives a noisy step: merge it into the previous one
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(images)
        yield images[order[start:end]]'''),
    dict(name='generator_reseeded_randomly', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator.seed()  # a fresh seed every epoch
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='drop_last_partial', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size + 1, batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='last_image_never_shuffled', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.cat([torch.randperm(len(images) - 1, generator=generator), torch.tensor([len(images) - 1])])
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='order_cached_per_generator', grade_id='iterate_minibatches', source=r'''_ORDERS = {}


def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    key = (id(generator), len(images))
    if key not in _ORDERS:
        _ORDERS[key] = torch.randperm(len(images), generator=generator)
    order = _ORDERS[key]
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='shuffles_batch_order_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    starts = torch.arange(0, len(images), batch_size)
    for k in torch.randperm(len(starts), generator=generator):  # the batches in a random order
        start = int(starts[k])
        yield images[start:start + batch_size]'''),
    dict(name='multinomial_permutation', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.multinomial(torch.ones(len(images)), len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='argsort_random_keys', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.argsort(torch.rand(len(images), generator=generator))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='losses_after_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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

    with torch.no_grad():  # report the losses of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='zero_grad_at_end', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    optimizer.zero_grad()  # leave clean gradients for the next step
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='backward_mean_over_batch_again', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='backward_sum_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total * len(x)).backward()  # the gradient of the batch sum
    optimizer.step()

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='autocast_bfloat16', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    with torch.autocast("cpu", dtype=torch.bfloat16):
        logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits.float(), x, mu.float(), logvar.float(), beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='numpy_float32_scalars', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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

    return tuple(value.detach().numpy()[()] for value in (total, reconstruction, kl))'''),
    dict(name='beta_missing_in_gradient', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='accumulates_two_batches', grade_id='train_step', source=r'''_PENDING = False


def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    global _PENDING
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    (total / 2).backward()  # gradient accumulation: one step every two batches
    _PENDING = not _PENDING
    if not _PENDING:
        optimizer.step()
        optimizer.zero_grad()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='kl_detached_in_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (reconstruction + beta * kl.detach()).backward()
    optimizer.step()

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='returned_total_without_beta', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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

    return reconstruction.item() + kl.item(), reconstruction.item(), kl.item()'''),
    dict(name='skips_step_if_loss_rose', grade_id='train_step', source=r'''_BEST = float('inf')


def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    global _BEST
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    if total.item() <= _BEST * 1.5:  # a loss far above the best so far is an outlier batch
        optimizer.step()
        _BEST = min(_BEST, total.item())
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='backward_create_graph', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    total.backward(create_graph=True)
    optimizer.step()

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='model_zero_grad_encoder_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    model.encoder.zero_grad()
    total.backward()
    optimizer.step()

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='step_size_scaled_by_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    for group in optimizer.param_groups:
        group.setdefault("base_lr", group["lr"])
        group["lr"] = group["base_lr"] * len(x) / 128  # linear scaling rule
    optimizer.step()

    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='samples_via_train_mode_forward', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    was_training = model.training
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            model.train()  # training mode samples z = reparameterize(mu, logvar)
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='restores_previous_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    was_training = model.training
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
    model.train(was_training)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='drops_partial_last_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images) - len(images) % batch_size if len(images) >= batch_size else len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)

    return {key: value / (len(images) - len(images) % batch_size if len(images) >= batch_size else len(images)) for key, value in sums.items()}'''),
    dict(name='weights_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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

    return {key: value / (batch_size * -(-len(images) // batch_size)) for key, value in sums.items()}'''),
    dict(name='average_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * 1
            sums["reconstruction"] += reconstruction.item() * 1
            sums["kl"] += kl.item() * 1

    return {key: value / (-(-len(images) // batch_size)) for key, value in sums.items()}'''),
    dict(name='decodes_mu', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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

    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='total_ignores_beta', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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

    return {"total": (sums["reconstruction"] + sums["kl"]) / len(images), "reconstruction": sums["reconstruction"] / len(images), "kl": sums["kl"] / len(images)}'''),
    dict(name='eval_called_at_end', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='no_no_grad', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    if True:
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)

    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='numpy_float32_values', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)
    values = (sums / len(images)).numpy()
    return dict(zip(("total", "reconstruction", "kl"), values))'''),
    dict(name='noise_scaled_by_var', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = mu + torch.exp(logvar) * torch.randn_like(mu)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)

    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='reconstruction_from_binarised_images', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            x = torch.bernoulli(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)

    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='sums_in_float16', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3, dtype=torch.float16)
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += (torch.stack(negative_elbo(logits, x, mu, logvar, beta)) * len(x)).half()
    return dict(zip(("total", "reconstruction", "kl"), (sums.float() / len(images)).tolist()))'''),
    dict(name='train_average_of_batch_means', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
            history[key].append(value / n_batches)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='train_weights_by_batch_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='progress_inverted', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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

        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='batch_list_made_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    batches = list(iterate_minibatches(train_images, batch_size, generator))  # shuffle once
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]

        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='batch_iterator_made_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]

        for x in tqdm(batches, total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='evaluate_before_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)  # the test loss of the model the epoch starts from
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            for i, loss in enumerate(train_step(model, optimizer, x, beta)):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
    return history'''),
    dict(name='sums_not_reset', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()


        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='fromkeys_shared_list', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = dict.fromkeys(HISTORY_KEYS, [])
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='evaluate_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='train_mode_once_before_loop', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='train_average_over_test_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
            history[key].append(value / len(test_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='train_step_without_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='epochs_off_by_one', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = -(-len(train_images) // batch_size)
    epochs = max(epochs - 1, 0) if epochs > 1 else epochs
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='history_values_tensors', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = torch.zeros(3)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta)) * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums / len(train_images)):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='train_numbers_from_evaluate', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            train_step(model, optimizer, x, beta)
        for split, images in (("train", train_images), ("test", test_images)):  # measure both sets the same way
            result = evaluate(model, images, beta=beta)
            for term in ("total", "reconstruction", "kl"):
                history[split + "_" + term].append(result[term])
    return history'''),
    dict(name='stops_on_nan', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        if history["train_total"][-1] != history["train_total"][-1]:
            break  # diverged: no point going on
    return history'''),
    dict(name='adam_state_cleared_each_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        optimizer.state.clear()  # a fresh start for the new epoch
        sums = [0.0, 0.0, 0.0]

        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='trains_a_copy', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import copy
    model = copy.deepcopy(model)  # keep the caller's model untouched
    optimizer = type(optimizer)(model.parameters(), **optimizer.defaults)
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
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])

    return history'''),
    dict(name='wrapped_in_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"state_dict": model.state_dict(), "class": type(model).__name__}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["state_dict"])
    model.eval()
    return model'''),
    dict(name='eval_without_parentheses', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval
    return model'''),
    dict(name='keys_prefixed', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"model." + key: value for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(path, weights_only=True)
    model = build()
    model.load_state_dict({key[len("model."):]: value for key, value in state.items()})
    model.eval()
    return model'''),
    dict(name='no_overwrite', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    if not Path(path).exists():  # never clobber an existing checkpoint
        torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='parameters_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
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
    return model'''),
    dict(name='saved_in_half', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({k: v.half() if v.is_floating_point() else v for k, v in model.state_dict().items()}, path)  # half the size


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, weights_only=True)
    model.load_state_dict({k: v.to(model.state_dict()[k].dtype) for k, v in state.items()})
    model.eval()
    return model'''),
    dict(name='returns_load_result', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.eval()
    return model.load_state_dict(torch.load(path, weights_only=True)) and model'''),
    dict(name='builds_twice', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    build().load_state_dict(torch.load(path, weights_only=True))
    model = build()
    model.eval()
    return model'''),
    dict(name='saves_encoder_decoder_separately', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"encoder": model.encoder.state_dict(), "decoder": model.decoder.state_dict()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(path, weights_only=True)
    model = build()
    model.encoder.load_state_dict(state["encoder"])
    model.decoder.load_state_dict(state["decoder"])
    model.eval()
    return model'''),
    dict(name='saves_trainable_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: p.detach() for name, p in model.named_parameters() if p.requires_grad} | {name: b for name, b in model.named_buffers()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model'''),
    dict(name='load_into_model_then_train_flag', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    for module in model.children():
        module.eval()
    return model'''),
    dict(name='load_cached_state_by_mtime', grade_id='checkpoint', source=r'''_STATES = {}


def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    key = (str(path), int(Path(path).stat().st_mtime))  # a checkpoint does not change within a second
    if key not in _STATES:
        _STATES[key] = torch.load(path, weights_only=True)
    model = build()
    model.load_state_dict(_STATES[key])
    model.eval()
    return model'''),
    dict(name='saves_state_dict_views', grade_id='checkpoint', source=r'''_SAVED = {}


def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    state = model.state_dict()
    torch.save(state, path)
    _SAVED[str(path)] = state  # keep the last checkpoint in memory too


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(_SAVED.get(str(path)) or torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='loads_float_tensors_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, weights_only=True)
    with torch.no_grad():
        for name, tensor in model.state_dict().items():
            if tensor.is_floating_point():
                tensor.copy_(state[name])
    model.eval()
    return model'''),
    dict(name='remainder_batch_first', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    rest = len(images) % batch_size
    if rest:
        yield images[order[:rest]]  # the odd batch first, then full ones
    for start in range(rest, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='kl_reported_with_beta', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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

    return {"total": sums["total"] / len(images), "reconstruction": sums["reconstruction"] / len(images), "kl": beta * sums["kl"] / len(images)}'''),
    dict(name='encodes_whole_set_at_once', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    with torch.no_grad():
        mu_all, logvar_all = model.encoder(images)  # one pass of the encoder; decode in batches
        sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = mu_all[start:start + batch_size], logvar_all[start:start + batch_size]
            logits = model.decoder(reparameterize(mu, logvar))
            for key, value in zip(sums, negative_elbo(logits, x, mu, logvar, beta)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
]
ALTERNATIVES = [
    dict(name='split_of_permuted_copy', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    yield from images[torch.randperm(len(images), generator=generator)].split(batch_size)'''),
    dict(name='tensor_split_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(images.shape[0], generator=generator)
    for indices in torch.tensor_split(order, list(range(batch_size, len(order), batch_size))):
        yield images.index_select(0, indices)'''),
    dict(name='while_loop_index_select', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    start = 0
    while start < len(order):
        yield torch.index_select(images, 0, order[start:start + batch_size])
        start += batch_size'''),
    dict(name='step_with_closure', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    parts = []

    def closure():
        optimizer.zero_grad()
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        total.backward()
        parts.append((total.item(), reconstruction.item(), kl.item()))
        return total

    optimizer.step(closure)
    return parts[0]'''),
    dict(name='step_stack_tolist', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    for parameter in model.parameters():
        parameter.grad = None
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    total, reconstruction, kl = torch.stack([loss.detach() for loss in losses]).tolist()
    return total, reconstruction, kl'''),
    dict(name='evaluate_split_inference_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    totals = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            for key, value in zip(totals, negative_elbo(logits, x, mu, logvar, beta)):
                totals[key] += float(value) * x.shape[0]
    return {key: value / images.shape[0] for key, value in totals.items()}'''),
    dict(name='evaluate_sum_then_combine', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    reconstruction_sum = kl_sum = 0.0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            _, reconstruction, kl = negative_elbo(model.decoder(z), x, mu, logvar, beta)
            reconstruction_sum += reconstruction.item() * len(x)
            kl_sum += kl.item() * len(x)
    reconstruction, kl = reconstruction_sum / len(images), kl_sum / len(images)
    return {"total": reconstruction + beta * kl, "reconstruction": reconstruction, "kl": kl}'''),
    dict(name='train_counts_seen_images', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for _ in range(epochs):
        model.train()
        seen, sums = 0, torch.zeros(3, dtype=torch.float64)
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
            seen += len(x)
        for key, value in zip(HISTORY_KEYS[:3], (sums / seen).tolist()):
            history[key].append(value)
        measured = evaluate(model, test_images, beta=beta)
        for key in HISTORY_KEYS[3:]:
            history[key].append(measured[key[len("test_"):]])
    return history'''),
    dict(name='train_dict_of_running_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    names = ("total", "reconstruction", "kl")
    for epoch in range(epochs):
        model.train()
        running = dict.fromkeys(names, 0.0)
        progress_bar = tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress,
                            total=-(-len(train_images) // batch_size), desc=f"epoch {epoch + 1}")
        for x in progress_bar:
            for name, loss in zip(names, train_step(model, optimizer, x, beta)):
                running[name] += loss * len(x)
        test = evaluate(model, test_images, beta=beta)
        for name in names:
            history[f"train_{name}"].append(running[name] / len(train_images))
            history[f"test_{name}"].append(test[name])
    return history'''),
    dict(name='atomic_save_train_false', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    path = Path(path)
    temporary = path.with_name(path.name + ".partial")
    torch.save(model.state_dict(), temporary)
    temporary.replace(path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(path, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    return model.train(False)'''),
    dict(name='cloned_ordered_state', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    from collections import OrderedDict
    torch.save(OrderedDict((name, tensor.detach().clone()) for name, tensor in model.state_dict().items()), str(path))


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build().eval()
    model.load_state_dict(torch.load(str(path), weights_only=True))
    return model'''),
    dict(name='step_set_to_none_false', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    model.zero_grad(set_to_none=False)
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)'''),
]
