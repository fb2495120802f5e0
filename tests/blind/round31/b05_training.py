"""Blind round 31: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='mb_drops_last_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='mb_not_shuffled', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='mb_global_random_state', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
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
    dict(name='mb_own_seeded_generator', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator = torch.Generator().manual_seed(0)  # reproducible shuffling
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_reseeds_generator', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator.manual_seed(0)  # the same seed gives the same batches
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_sampled_with_replacement', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    index = torch.randint(len(images), (len(images),), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[index[start:start + batch_size]]
'''),
    dict(name='mb_stops_one_batch_early', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - batch_size, batch_size):
        yield images[order[start:start + batch_size]]
    if len(images) % batch_size:
        yield images[order[len(images) - len(images) % batch_size:]]
'''),
    dict(name='mb_extra_empty_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for number in range(len(images) // batch_size + 1):
        yield images[order[number * batch_size:(number + 1) * batch_size]]
'''),
    dict(name='mb_pads_last_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index = order[start:start + batch_size]
        if len(index) < batch_size:  # keep every batch the same size
            index = torch.cat([index, order[:batch_size - len(index)]])
        yield images[index]
'''),
    dict(name='mb_shuffles_blocks_only', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    # cheap shuffling: contiguous blocks of the data, in a random order
    n_batches = (len(images) + batch_size - 1) // batch_size
    for number in torch.randperm(n_batches, generator=generator).tolist():
        yield images[number * batch_size:(number + 1) * batch_size]
'''),
    dict(name='mb_argsort_uniform', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.rand(len(images), generator=generator).argsort()  # a random permutation
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_chunks_not_batches', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    n_batches = -(-len(images) // batch_size)
    for index in torch.chunk(order, n_batches):
        yield images[index]
'''),
    dict(name='mb_shuffles_in_place', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]  # shuffle once, then batches are cheap views
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='mb_restores_generator_state', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    state = generator.get_state()  # leave the generator as we found it
    order = torch.randperm(len(images), generator=generator)
    generator.set_state(state)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='mb_new_permutation_per_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for start in range(0, len(images), batch_size):
        index = torch.randperm(len(images), generator=generator)[:min(batch_size, len(images) - start)]
        yield images[index]
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
    optimizer.zero_grad()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_step_before_backward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    optimizer.step()
    total.backward()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_backward_reconstruction_only', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    reconstruction.backward()
    optimizer.step()
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
    with torch.no_grad():  # report the loss of the updated model
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    return total.item(), reconstruction.item(), kl.item()
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
    return total.item() * len(x), reconstruction.item() * len(x), kl.item() * len(x)
'''),
    dict(name='ts_steps_twice', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_clips_gradients', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # stabilises training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_manual_forward', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    mu, logvar = model.encoder(x)
    z = reparameterize(mu, logvar)
    logits = model.decoder(z)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_of_mean_pixel', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total / x[0].numel()).backward()  # per pixel: keeps the gradients small
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_gradient_of_batch_sum', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total * len(x)).backward()  # the gradient of the whole batch
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='ts_total_reported_without_beta', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    reconstruction, kl = reconstruction.item(), kl.item()
    return reconstruction + kl, reconstruction, kl
'''),
    dict(name='ts_weight_decay_in_loss', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    total = total + 1e-4 * sum(p.pow(2).sum() for p in model.parameters())  # L2 regularisation
    optimizer.zero_grad()
    total.backward()
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
            logits, mu, logvar = model(x)  # the model samples z itself
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_no_eval_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_no_no_grad', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        mu, logvar = model.encoder(x)
        logits = model.decoder(reparameterize(mu, logvar))
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        for key, value in zip(sums, (total, reconstruction, kl)):
            sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_beta_ignored', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_z_is_mu', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits = model.decoder(mu)  # evaluation: no sampling
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_back_to_train_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    model.train()  # ready for the next epoch
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_returns_inside_loop', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
            return {key: value / len(x) for key, value in sums.items()}
'''),
    dict(name='ev_returns_tensors', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] = sums[key] + value * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_averages_five_samples', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for _ in range(5):  # a better estimate of the expectation over q(z|x)
                logits = model.decoder(reparameterize(mu, logvar))
                total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
                for key, value in zip(sums, (total, reconstruction, kl)):
                    sums[key] += value.item() * len(x) / 5
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_reseeds_global', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    torch.manual_seed(0)  # the same test loss on every call
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_monte_carlo_kl', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            # KL estimated with the same sample: log q(z|x) - log p(z)
            log_q = (-0.5 * (logvar + (z - mu).pow(2) / logvar.exp())).sum(dim=1)
            log_p = (-0.5 * z.pow(2)).sum(dim=1)
            kl = (log_q - log_p).mean()
            total = reconstruction + beta * kl
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_weights_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * batch_size
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='ev_full_batches_only', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    seen = 0
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
            seen += len(x)
    return {key: value / seen for key, value in sums.items()}
'''),
    dict(name='ev_variance_as_std', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            z = mu + logvar.exp() * torch.randn_like(mu)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, (total, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
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
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    model.train()
    for epoch in range(epochs):
        pass
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_never_train_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        pass
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_mean_of_batch_means', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n_batches)
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_sums_without_batch_size', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_beta_not_to_train_step', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_beta_not_to_evaluate', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_own_generator', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    generator = torch.Generator().manual_seed(0)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_batches_made_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_evaluates_training_images', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, train_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_history_created_lazily', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        for key in HISTORY_KEYS:
            history.setdefault(key, [])
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_evaluates_before_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
    return history
'''),
    dict(name='tr_leaves_train_mode', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    model.train()
    return history
'''),
    dict(name='tr_new_optimizer', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)  # a fresh Adam
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_reseeds_generator_each_epoch', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    for epoch in range(epochs):
        model.train()
        generator.manual_seed(epoch)  # a new, reproducible order per epoch
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_math_ceil', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = math.ceil(len(train_images) / batch_size)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
'''),
    dict(name='tr_step_lr_scheduler', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n_batches = (len(train_images) + batch_size - 1) // batch_size
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.9)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=n_batches, disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i, loss in enumerate(losses):
                sums[i] += loss * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / len(train_images))
        scheduler.step()
        result = evaluate(model, test_images, beta=beta)
        for key in ("total", "reconstruction", "kl"):
            history["test_" + key].append(result[key])
    return history
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
    dict(name='ck_loads_into_other_instance', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
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
    return model
'''),
    dict(name='ck_load_train_mode', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.train()  # ready to continue training
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
    model.requires_grad_(False)  # inference only
    return model.eval()
'''),
    dict(name='ck_load_eval_children_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    for child in model.children():  # put every layer in eval mode
        child.eval()
    return model
'''),
    dict(name='ck_load_cached_by_path', grade_id='checkpoint', source=r'''_LOADED = {}

def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    if str(path) in _LOADED:  # loading is slow: reuse a model already loaded from this file
        return _LOADED[str(path)]
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    _LOADED[str(path)] = model
    return model
'''),
    dict(name='ck_load_seeds_build', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    torch.manual_seed(0)  # the same fresh model every time
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model
'''),
    dict(name='ck_save_switches_to_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    model.eval()  # save the inference version
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
    dict(name='ck_save_half_copy', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    # float16 halves the file; load_state_dict casts back to the model's dtype
    torch.save({name: tensor.half() for name, tensor in model.state_dict().items()}, path)


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
    dict(name='ck_parameters_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: parameter.detach() for name, parameter in model.named_parameters()}, path)


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
]
ALTERNATIVES = [
    dict(name='mb_split', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for index in torch.split(torch.randperm(images.shape[0], generator=generator), batch_size):
        yield images.index_select(0, index)
'''),
    dict(name='mb_shuffled_copy_while', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    shuffled = images[torch.randperm(len(images), generator=generator)]
    start = 0
    while start < len(shuffled):
        yield shuffled[start:start + batch_size]
        start += batch_size
'''),
    dict(name='ts_model_zero_grad_first', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return tuple(float(loss) for loss in losses)
'''),
    dict(name='ts_set_to_none_false', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    optimizer.zero_grad(set_to_none=False)
    output = model(x)
    total, reconstruction, kl = negative_elbo(*output[:1], x, *output[1:], beta)
    total.backward()
    optimizer.step()
    return total.detach().item(), reconstruction.detach().item(), kl.detach().item()
'''),
    dict(name='ev_tensor_sums_inference_mode', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3, dtype=torch.float64)
    with torch.inference_mode():
        for x in torch.split(images, batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta=beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}
'''),
    dict(name='ev_weighted_lists', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sizes, parts = [], []
    with torch.no_grad():
        start = 0
        while start < len(images):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            parts.append([value.item() for value in negative_elbo(model.decoder(z), x, mu, logvar, beta)])
            sizes.append(len(x))
            start += batch_size
    names = ("total", "reconstruction", "kl")
    return {name: sum(part[i] * size for part, size in zip(parts, sizes)) / sum(sizes) for i, name in enumerate(names)}
'''),
    dict(name='tr_optional_progress_bar', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        batches = iterate_minibatches(train_images, batch_size, generator)
        if progress:
            batches = tqdm(batches, total=-(-len(train_images) // batch_size))
        totals = torch.zeros(3, dtype=torch.float64)
        for x in batches:
            totals += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
        for key, value in zip(HISTORY_KEYS[:3], (totals / len(train_images)).tolist()):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for key, name in zip(HISTORY_KEYS[3:], ("total", "reconstruction", "kl")):
            history[key].append(result[name])
    return history
'''),
    dict(name='tr_per_epoch_records', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    records = []
    for epoch in range(epochs):
        model.train()
        losses, sizes = [], []
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses.append(train_step(model, optimizer, x, beta))
            sizes.append(x.shape[0])
        n = sum(sizes)
        train_means = [sum(l[i] * s for l, s in zip(losses, sizes)) / n for i in range(3)]
        test = evaluate(model, test_images, beta=beta)
        records.append(train_means + [test["total"], test["reconstruction"], test["kl"]])
    return {key: [record[i] for record in records] for i, key in enumerate(HISTORY_KEYS)}
'''),
    dict(name='ck_path_str_and_train_false', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), str(path))


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(str(path), map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    return model.train(False)
'''),
    dict(name='ck_open_file_handles', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as file:
        torch.save(model.state_dict(), file)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    with open(path, "rb") as file:
        state = torch.load(file, weights_only=True)
    model = build()
    model.load_state_dict(state)
    model.eval()
    return model
'''),
]
