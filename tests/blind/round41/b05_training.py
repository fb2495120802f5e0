"""Blind round 41: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='remainder_batch_yielded_first', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    rest = len(images) % batch_size
    if rest:
        yield images[order[len(images) - rest:]]
    for start in range(0, len(images) - rest, batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='range_stop_n_minus_one', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - 1, batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='extra_empty_batch_when_divisible', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]'''),
    dict(name='single_batch_not_shuffled', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    if len(images) <= batch_size:
        yield images
        return
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='rolled_permutation_with_extra_draw', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    shift = int(torch.randint(len(images), (1,), generator=generator))
    order = torch.roll(order, shift)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='argsort_of_uniforms', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.argsort(torch.rand(len(images), generator=generator))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='rolled_arange_not_permuted', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.roll(torch.arange(len(images)), int(torch.randint(len(images), (1,), generator=generator)))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='last_batch_padded_from_start', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index = order[start:start + batch_size]
        if len(index) < batch_size and len(images) >= batch_size:
            index = torch.cat([index, order[:batch_size - len(index)]])
        yield images[index]'''),
    dict(name='small_remainder_merged_into_previous', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    starts = list(range(0, len(images), batch_size))
    if len(starts) > 1 and len(images) - starts[-1] < batch_size // 2:
        starts.pop()
    for number, start in enumerate(starts):
        stop = start + batch_size if number < len(starts) - 1 else len(images)
        yield images[order[start:stop]]'''),
    dict(name='reseeds_callers_generator_each_epoch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator.manual_seed(generator.initial_seed())
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='block_shuffle_of_contiguous_blocks', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    blocks = torch.randperm(-(-len(images) // batch_size), generator=generator)
    for block in blocks.tolist():
        yield images[block * batch_size:(block + 1) * batch_size]'''),
    dict(name='batches_cast_to_float32', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].float()'''),
    dict(name='empty_input_yields_one_empty_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, max(len(images), 1), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='permutation_drawn_twice', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    torch.randperm(len(images), generator=generator)  # warm up the generator
    order = torch.randperm(len(images), generator=generator)
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
        yield images[order[start:start + batch_size].sort().values]'''),
    dict(name='permutation_as_int16', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator).to(torch.int16).long()
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='batch_size_capped_at_4096', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), min(batch_size, 4096)):
        yield images[order[start:start + min(batch_size, 4096)]]'''),
    dict(name='permutation_of_n_plus_one_dropping_last_index', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images) + 1, generator=generator)
    order = order[order < len(images)]
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='batch_views_of_a_kept_shuffled_copy', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    global _SHUFFLED
    order = torch.randperm(len(images), generator=generator)
    if "_SHUFFLED" not in globals() or _SHUFFLED.shape != images.shape:
        _SHUFFLED = images[order]
    else:
        torch.index_select(images, 0, order, out=_SHUFFLED)
    for start in range(0, len(images), batch_size):
        yield _SHUFFLED[start:start + batch_size]'''),
    dict(name='losses_reported_after_update', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    with torch.no_grad():
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='zero_grad_after_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    optimizer.zero_grad()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='beta_not_passed_to_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='backward_of_batch_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total * len(x)).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='total_reported_unweighted', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return (reconstruction + kl).item(), reconstruction.item(), kl.item()'''),
    dict(name='kl_reported_weighted_by_beta', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), (beta * kl).item()'''),
    dict(name='lr_decayed_every_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    for group in optimizer.param_groups:
        group["lr"] *= 0.999
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='reported_losses_from_second_forward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    loss, _, _ = negative_elbo(logits, x, mu, logvar, beta)
    with torch.no_grad():
        logits2, mu2, logvar2 = model(x)
        total, reconstruction, kl = negative_elbo(logits2, x, mu2, logvar2, beta)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='grad_value_clipped_at_100', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    torch.nn.utils.clip_grad_value_(model.parameters(), 100.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='manual_weight_decay', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    with torch.no_grad():
        for p in model.parameters():
            if p.grad is not None:
                p.grad.add_(p, alpha=1e-4)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='returns_rounded_floats', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return round(total.item(), 3), round(reconstruction.item(), 3), round(kl.item(), 3)'''),
    dict(name='returns_numpy_scalars', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return total.detach().numpy(), reconstruction.detach().numpy(), kl.detach().numpy()'''),
    dict(name='two_micro_batches_equal_weight', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    half = max(1, len(x) // 2)
    optimizer.zero_grad()
    parts = []
    for chunk in (x[:half], x[half:]):
        if len(chunk) == 0:
            continue
        logits, mu, logvar = model(chunk)
        total, reconstruction, kl = negative_elbo(logits, chunk, mu, logvar, beta)
        (total / 2).backward()
        parts.append(torch.stack([total, reconstruction, kl]).detach())
    optimizer.step()
    mean = torch.stack(parts).mean(0)
    return mean[0].item(), mean[1].item(), mean[2].item()'''),
    dict(name='zero_grad_encoder_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='step_skipped_for_tiny_loss_change', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    if total.item() > 1e-3:
        optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='loss_divided_by_pixels_for_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total / 784).backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='noise_reseeded_per_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    torch.manual_seed(len(x))
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='batch_converted_to_float32_for_model', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    x = x.float()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='backward_with_retain_graph_and_kept_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    global _LAST_LOSS
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward(retain_graph=True)
    optimizer.step()
    _LAST_LOSS = total
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='unweighted_mean_of_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            n = 1
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    batches = -(-len(images) // batch_size)
    return {key: value / batches for key, value in sums.items()}'''),
    dict(name='beta_ignored_in_total', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            n = len(x)
            sums["total"] += (reconstruction + kl).item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='divides_by_batches_times_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / (-(-len(images) // batch_size) * batch_size) for key, value in sums.items()}'''),
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
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    seen = max(batch_size, len(images) // batch_size * batch_size)
    return {key: value / seen for key, value in sums.items()}'''),
    dict(name='reseeds_global_rng_each_call', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
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
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ignores_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for x in (images,):
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='kl_unweighted_mean_of_batches', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    batches = 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            _, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item()
            batches += 1
    result = {"reconstruction": sums["reconstruction"] / len(images), "kl": sums["kl"] / batches}
    result["total"] = result["reconstruction"] + beta * result["kl"]
    return result'''),
    dict(name='samples_via_training_mode_forward', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            model.train()
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='one_noise_row_for_whole_batch', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu[:1])
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='noise_halved_for_honest_estimate', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            z = mu + 0.5 * torch.exp(0.5 * logvar) * torch.randn_like(mu)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='mean_of_two_samples', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            z = torch.cat([reparameterize(mu, logvar), reparameterize(mu, logvar)])
            mu, logvar, x = mu.repeat(2, 1), logvar.repeat(2, 1), x.repeat(2, 1, 1, 1)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x) / 2
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='images_clamped_to_unit_interval', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            x = images[start:start + batch_size].clamp(1e-3, 1 - 1e-3)
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='kl_from_sampled_code_per_image', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            _, reconstruction, _ = negative_elbo(logits, x, mu, logvar, beta)
            kl = (0.5 * z.pow(2) - 0.5 * (z - mu).pow(2) / logvar.exp() - 0.5 * logvar).sum(1).mean()
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
            sums["total"] += (reconstruction + beta * kl).item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='sums_in_float16_tensor', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).half() * len(x)
    values = (sums.float() / len(images)).tolist()
    return dict(zip(("total", "reconstruction", "kl"), values))'''),
    dict(name='batch_size_rounded_to_power_of_two', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    batch_size = 1 << (max(1, batch_size).bit_length() - 1)
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='model_put_back_in_training_mode_when_it_was', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    model.train(was_training)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='evaluates_first_batch_twice_last_never', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in [0] + list(range(0, len(images), batch_size))[:-1]:
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            n = len(x)
            sums["total"] += total.item() * n
            sums["reconstruction"] += reconstruction.item() * n
            sums["kl"] += kl.item() * n
    return {key: value / sum(len(images[s:s + batch_size]) for s in [0] + list(range(0, len(images), batch_size))[:-1]) for key, value in sums.items()}'''),
    dict(name='train_loss_divided_by_batches', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / -(-len(train_images) // batch_size))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='sums_without_batch_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * batch_size
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='train_mode_set_only_first_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        model.train() if epoch == 0 else None
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
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
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='one_epoch_fewer', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(1, max(epochs, 2)) if epochs > 1 else range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='last_batch_loss_recorded', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            sums = [value for value in losses]
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='history_shared_between_calls', grade_id='train', source=r'''_HISTORY = {key: [] for key in ("train_total", "train_reconstruction", "train_kl", "test_total", "test_reconstruction", "test_kl")}


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = _HISTORY
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='test_evaluated_before_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    model.eval()
    return history'''),
    dict(name='kl_annealing_added', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        weight = beta * min(1.0, (epoch + 1) / max(1, epochs))
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, weight)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='batches_generator_built_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        pass
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='early_stopping_on_test_loss', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
        if len(history["test_total"]) > 1 and history["test_total"][-1] > history["test_total"][-2]:
            break
    return history'''),
    dict(name='running_sums_not_reset', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = sums if epoch else [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / ((epoch + 1) * len(train_images)))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='evaluate_on_subset_of_test', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images[:5000], beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='history_values_as_tensors', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(torch.tensor(value / len(train_images)))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='train_images_counted_by_batches', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / (len(train_images) // batch_size * batch_size or len(train_images)))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history'''),
    dict(name='model_left_in_training_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=-(-len(train_images) // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for index, value in enumerate(losses):
                sums[index] += value * len(x)
        for key, value in zip(HISTORY_KEYS[:3], sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    model.train()
    return history'''),
    dict(name='whole_model_pickled', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = torch.load(path, weights_only=False)
    model.eval()
    return model'''),
    dict(name='saved_in_half_precision', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({key: value.half() if value.is_floating_point() else value for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='copies_parameters_by_position', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
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
        for parameter, value in zip(model.parameters(), state.values()):
            parameter.copy_(value)
    model.eval()
    return model'''),
    dict(name='saves_to_path_with_extra_suffix', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), str(path) + ".tmp")
    import os
    os.replace(str(path) + ".tmp", str(path) + ".pt") if not str(path).endswith(".pt") else os.replace(str(path) + ".tmp", path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    import os
    source = path if os.path.exists(path) else str(path) + ".pt"
    model = build()
    model.load_state_dict(torch.load(source, weights_only=True))
    model.eval()
    return model'''),
    dict(name='state_dict_wrapped_in_dict', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"state_dict": model.state_dict(), "format": 1}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["state_dict"])
    model.eval()
    return model'''),
    dict(name='loaded_model_frozen', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    model.requires_grad_(False)
    return model'''),
    dict(name='save_moves_model_to_cpu', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.cpu().state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='load_returns_untrained_copy', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    fresh = build()
    fresh.load_state_dict({key: value for key, value in model.state_dict().items() if "weight" in key}, strict=False)
    fresh.eval()
    return fresh'''),
    dict(name='saves_rounded_weights', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({key: (value * 1e4).round() / 1e4 if value.is_floating_point() else value for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='save_keeps_only_parameters_with_grad', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: value for name, value in model.state_dict().items() if name in dict(model.named_parameters())}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model'''),
    dict(name='load_skips_build_if_cached', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    global _LOADED
    if "_LOADED" in globals() and _LOADED[0] == str(path):
        return _LOADED[1]
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    _LOADED = (str(path), model)
    return model'''),
    dict(name='load_eval_only_top_flag', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.training = False
    return model'''),
    dict(name='load_casts_model_to_float32', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build().float()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
]
ALTERNATIVES = [
    dict(name='split_of_permuted_indices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for index in torch.randperm(len(images), generator=generator).split(batch_size):
        yield images.index_select(0, index)'''),
    dict(name='shuffled_copy_then_slices', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    shuffled = images[torch.randperm(images.shape[0], generator=generator)]
    start = 0
    while start < len(shuffled):
        yield shuffled[start:start + batch_size]
        start += batch_size'''),
    dict(name='while_loop_with_stop', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    count = -(-len(images) // batch_size)
    for number in range(count):
        yield images[order[number * batch_size:min(len(images), (number + 1) * batch_size)]]'''),
    dict(name='zero_grad_first_then_forward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    optimizer.zero_grad(set_to_none=True)
    logits, mu, logvar = model(x)
    losses = negative_elbo(logits, x, mu, logvar, beta=beta)
    losses[0].backward()
    optimizer.step()
    return tuple(float(loss.detach()) for loss in losses)'''),
    dict(name='model_zero_grad_and_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    out = model(x)
    total, reconstruction, kl = negative_elbo(*out[:1], x, *out[1:], beta)
    model.zero_grad()
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)'''),
    dict(name='inference_mode_and_split', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    totals = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            totals += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * len(x)
    totals /= len(images)
    return {"total": totals[0].item(), "reconstruction": totals[1].item(), "kl": totals[2].item()}'''),
    dict(name='running_weighted_mean', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    means = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    seen = 0
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            values = negative_elbo(logits, x, mu, logvar, beta)
            seen += len(x)
            for key, value in zip(means, values):
                means[key] += (value.item() - means[key]) * len(x) / seen
    return means'''),
    dict(name='train_dict_of_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    names = ("total", "reconstruction", "kl")
    for _ in range(epochs):
        model.train()
        sums = dict.fromkeys(names, 0.0)
        count = 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            for name, value in zip(names, train_step(model, optimizer, x, beta=beta)):
                sums[name] += value * len(x)
            count += len(x)
        scores = evaluate(model, test_images, beta=beta)
        for name in names:
            history[f"train_{name}"].append(sums[name] / count)
            history[f"test_{name}"].append(scores[name])
    return history'''),
    dict(name='train_tensor_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums = torch.zeros(3, dtype=torch.float64)
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress, leave=False):
            sums += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * x.shape[0]
        averages = (sums / len(train_images)).tolist()
        tested = evaluate(model, test_images, beta=beta)
        for key, value in zip(HISTORY_KEYS, averages + [tested["total"], tested["reconstruction"], tested["kl"]]):
            history[key].append(value)
    return history'''),
    dict(name='checkpoint_map_location_and_train_false', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    state = {name: tensor.detach().clone() for name, tensor in model.state_dict().items()}
    torch.save(state, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict(state)
    return model.train(False)'''),
    dict(name='checkpoint_open_file_handles', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as handle:
        torch.save(model.state_dict(), handle)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    with open(path, "rb") as handle:
        state = torch.load(handle, weights_only=True)
    model = build()
    model.load_state_dict(state, strict=True)
    model.eval()
    return model'''),
    dict(name='iterate_argsort_free_index_list', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator).tolist()
    for start in range(0, len(order), batch_size):
        yield images[order[start:start + batch_size]]'''),
]
