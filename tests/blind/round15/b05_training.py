"""Blind round 15: mistakes and alternatives for notebook 05_training."""

NOTEBOOK = '05_training'

MISTAKES = [
    dict(name='no_shuffling', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='randperm_global_rng', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
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
    dict(name='drops_last_partial_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for i in range(len(images) // batch_size):
        yield images[order[i * batch_size:(i + 1) * batch_size]]
'''),
    dict(name='extra_empty_batch_when_divisible', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for i in range(len(images) // batch_size + 1):
        yield images[order[i * batch_size:(i + 1) * batch_size]]
'''),
    dict(name='sampling_with_replacement', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    for start in range(0, n, batch_size):
        size = min(batch_size, n - start)
        yield images[torch.randint(n, (size,), generator=generator)]
'''),
    dict(name='fresh_generator_ignores_argument', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=torch.Generator().manual_seed(0))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='shuffles_argument_in_place', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    images[:] = images[order]
    for start in range(0, len(images), batch_size):
        yield images[start:start + batch_size]
'''),
    dict(name='yields_indices_not_images', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield order[start:start + batch_size]
'''),
    dict(name='chunk_takes_number_of_chunks', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for batch in torch.chunk(images[order], batch_size):
        yield batch
'''),
    dict(name='new_permutation_per_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    for start in range(0, len(images), batch_size):
        order = torch.randperm(len(images), generator=generator)
        yield images[order[:min(batch_size, len(images) - start)]]
'''),
    dict(name='reseeds_the_generator', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    generator.manual_seed(0)  # reproducible
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='numpy_permutation', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    import numpy as np
    order = torch.from_numpy(np.random.permutation(len(images)))
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='remainder_merged_into_last_batch', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    n_batches = max(1, len(images) // batch_size)
    for i in range(n_batches):
        end = len(images) if i == n_batches - 1 else (i + 1) * batch_size
        yield images[order[i * batch_size:end]]
'''),
    dict(name='slice_end_off_by_one', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size - 1]]
'''),
    dict(name='stop_before_last_image', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images) - 1, batch_size):
        yield images[order[start:start + batch_size]]
'''),
    dict(name='no_zero_grad', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='zero_grad_after_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='step_before_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='backward_reconstruction_only', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='beta_not_passed', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='returns_tensors', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return total, reconstruction, kl
'''),
    dict(name='returns_detached_tensors', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='losses_recomputed_after_step', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='returns_wrong_order', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return reconstruction.item(), kl.item(), total.item()
'''),
    dict(name='loss_summed_over_batch_for_backward', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='returns_beta_weighted_kl', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), beta * kl.item()
'''),
    dict(name='gradient_clipping_added', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='default_beta_changed', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=0.5):
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
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='switches_model_to_eval_after_step', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    model.eval()
    return total.item(), reconstruction.item(), kl.item()
'''),
    dict(name='unweighted_mean_of_batch_means', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    totals, reconstructions, kls = [], [], []
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            totals.append(total.item())
            reconstructions.append(reconstruction.item())
            kls.append(kl.item())
    count = len(totals)
    return {"total": sum(totals) / count, "reconstruction": sum(reconstructions) / count, "kl": sum(kls) / count}
'''),
    dict(name='decodes_mean_via_model_forward', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='no_eval_mode', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='switches_back_to_train_mode', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    model.train()
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='no_torch_no_grad', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
        z = reparameterize(mu, logvar)
        logits = model.decoder(z)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        sums["total"] += total.item() * len(x)
        sums["reconstruction"] += reconstruction.item() * len(x)
        sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='beta_ignored', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='returns_tensors_not_floats', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            sums["total"] += total * len(x)
            sums["reconstruction"] += reconstruction * len(x)
            sums["kl"] += kl * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='key_KL_uppercase', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "KL": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["KL"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='evaluate_drops_last_partial_batch', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    count = 0
    with torch.no_grad():
        for start in range(0, len(images) - batch_size + 1, batch_size):
            x = images[start:start + batch_size]
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
    dict(name='divides_by_batches_times_batch_size', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    import math
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
    count = math.ceil(len(images) / batch_size) * batch_size
    return {key: value / count for key, value in sums.items()}
'''),
    dict(name='returns_inside_loop', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            return {key: value / len(x) for key, value in sums.items()}
'''),
    dict(name='overwrites_instead_of_accumulating', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            sums["total"] = total.item() * len(x)
            sums["reconstruction"] = reconstruction.item() * len(x)
            sums["kl"] = kl.item() * len(x)
    return {key: value / len(x) for key, value in sums.items()}
'''),
    dict(name='uses_global_test_images', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(test_images), batch_size):
            x = test_images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            z = reparameterize(mu, logvar)
            logits = model.decoder(z)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(test_images) for key, value in sums.items()}
'''),
    dict(name='samples_in_training_mode_then_eval', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.train()  # so that forward samples z
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
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
    dict(name='default_batch_size_changed', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=128, beta=1.0):
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
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='total_recomputed_without_beta', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            sums["total"] += (reconstruction + kl).item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='decodes_mu_after_sampling', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits = model.decoder(mu)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            sums["total"] += total.item() * len(x)
            sums["reconstruction"] += reconstruction.item() * len(x)
            sums["kl"] += kl.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}
'''),
    dict(name='train_mode_set_once_before_loop', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='train_mode_after_evaluate', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
        model.train()
    return history
'''),
    dict(name='unweighted_mean_of_batch_losses', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        losses = []
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses.append(train_step(model, optimizer, x, beta))
        history["train_total"].append(sum(loss[0] for loss in losses) / len(losses))
        history["train_reconstruction"].append(sum(loss[1] for loss in losses) / len(losses))
        history["train_kl"].append(sum(loss[2] for loss in losses) / len(losses))
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='beta_not_passed_to_train_step', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='beta_not_passed_to_evaluate', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='evaluates_on_training_images', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, train_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='hardcoded_batch_size_128', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, 128, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='new_generator_every_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, torch.Generator().manual_seed(0))
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='sums_not_reset_each_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    sums = [0.0, 0.0, 0.0]
    for epoch in range(epochs):
        model.train()
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='evaluates_once_after_all_epochs', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
    results = evaluate(model, test_images, beta=beta)
    history["test_total"].append(results["total"])
    history["test_reconstruction"].append(results["reconstruction"])
    history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='evaluates_before_the_epoch', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
    return history
'''),
    dict(name='inline_step_instead_of_train_step', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            logits, mu, logvar = model(x)
            total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
            optimizer.zero_grad()
            total.backward()
            optimizer.step()
            losses = (total.item(), reconstruction.item(), kl.item())
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='progress_bar_always_on', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=False, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='records_last_batch_loss', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            total, reconstruction, kl = train_step(model, optimizer, x, beta)
        history["train_total"].append(total)
        history["train_reconstruction"].append(reconstruction)
        history["train_kl"].append(kl)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='one_epoch_too_few', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(1, epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='train_total_without_beta', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append((sums[1] + sums[2]) / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='seeds_global_rng', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    torch.manual_seed(0)  # reproducible training
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='divides_by_number_of_batches_times_b', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        seen = math.ceil(n / batch_size) * batch_size
        history["train_total"].append(sums[0] / seen)
        history["train_reconstruction"].append(sums[1] / seen)
        history["train_kl"].append(sums[2] / seen)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["reconstruction"])
        history["test_kl"].append(results["kl"])
    return history
'''),
    dict(name='test_keys_swapped', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import math
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=math.ceil(n / batch_size), disable=not progress, leave=False):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        history["train_total"].append(sums[0] / n)
        history["train_reconstruction"].append(sums[1] / n)
        history["train_kl"].append(sums[2] / n)
        results = evaluate(model, test_images, beta=beta)
        history["test_total"].append(results["total"])
        history["test_reconstruction"].append(results["kl"])
        history["test_kl"].append(results["reconstruction"])
    return history
'''),
    dict(name='saves_whole_model', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
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
    dict(name='load_not_in_eval_mode', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
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
    dict(name='returns_load_state_dict_result', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.eval()
    return model.load_state_dict(torch.load(path, weights_only=True))
'''),
    dict(name='state_dict_method_not_called', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict, path)


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
    dict(name='save_switches_to_eval', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    model.eval()
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
    dict(name='nested_checkpoint_dict', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({"state_dict": model.state_dict()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True)["state_dict"])
    model.eval()
    return model
'''),
    dict(name='returns_a_fresh_build', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    build().load_state_dict(torch.load(path, weights_only=True))
    return build().eval()
'''),
    dict(name='appends_pt_suffix', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), str(path) + ".pt")


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(str(path) + ".pt", weights_only=True))
    model.eval()
    return model
'''),
    dict(name='saves_half_precision', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
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
    dict(name='eval_without_parentheses', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
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
    return model
'''),
    dict(name='load_puts_model_in_train_mode', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.train()
    return model
'''),
]

ALTERNATIVES = [
    dict(name='alt_split_of_permuted', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(images.shape[0], generator=generator)
    yield from torch.split(images[order], batch_size)
'''),
    dict(name='alt_list_of_batches_ceil', grade_id='iterate_minibatches',
         source='''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = len(images)
    order = torch.randperm(n, generator=generator)
    count = (n + batch_size - 1) // batch_size
    return [images[order[k * batch_size:min(n, (k + 1) * batch_size)]] for k in range(count)]
'''),
    dict(name='alt_train_step_tuple_comprehension', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return tuple(loss.item() for loss in losses)
'''),
    dict(name='alt_evaluate_stacked_sums', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    parts = torch.zeros(3, dtype=torch.float64)
    with torch.no_grad():
        for x in images.split(batch_size):
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    parts /= images.shape[0]
    return dict(zip(("total", "reconstruction", "kl"), parts.tolist()))
'''),
    dict(name='alt_evaluate_decorator_no_grad', grade_id='evaluate',
         source='''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    @torch.no_grad()
    def batch_losses(x):
        mu, logvar = model.encoder(x)
        z = reparameterize(mu, logvar)
        return [value.item() * len(x) for value in negative_elbo(model.decoder(z), x, mu, logvar, beta)]

    model.eval()
    totals = [0.0, 0.0, 0.0]
    start = 0
    while start < len(images):
        for i, value in enumerate(batch_losses(images[start:start + batch_size])):
            totals[i] += value
        start += batch_size
    return {"total": totals[0] / len(images), "reconstruction": totals[1] / len(images), "kl": totals[2] / len(images)}
'''),
    dict(name='alt_train_zip_keys', grade_id='train',
         source='''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    steps_per_epoch = -(-len(train_images) // batch_size)
    for _ in range(epochs):
        model.train()
        sums = torch.zeros(3, dtype=torch.float64)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=steps_per_epoch,
                      disable=not progress):
            sums += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
        averages = (sums / len(train_images)).tolist()
        results = evaluate(model, test_images, beta=beta)
        for key, value in zip(HISTORY_KEYS, averages + [results["total"], results["reconstruction"], results["kl"]]):
            history[key].append(value)
    return history
'''),
    dict(name='alt_checkpoint_file_handles', grade_id='checkpoint',
         source='''def save_checkpoint(model, path):
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
    dict(name='alt_train_step_set_to_none_false', grade_id='train_step',
         source='''def train_step(model, optimizer, x, beta=1.0):
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
    return float(total.detach()), float(reconstruction.detach()), float(kl.detach())
'''),
]
