"""Blind round 46: mistakes and alternatives for notebook 05_training."""
NOTEBOOK = '05_training'
MISTAKES = [
    dict(name='im_reseeded_from_initial_seed', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    shuffler = torch.Generator().manual_seed(generator.initial_seed())  # do not disturb the caller's generator
    order = torch.randperm(len(images), generator=shuffler)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='im_small_tail_merged', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    starts = list(range(0, len(images), batch_size))
    if len(starts) > 1 and len(images) - starts[-1] < batch_size // 2:
        starts.pop()  # a tiny last batch gives a noisy step: merge it into the one before
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(images)
        yield images[order[start:end]]'''),
    dict(name='im_drops_single_tail', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        index = order[start:start + batch_size]
        if len(index) == 1 and len(images) > 1:
            continue  # a batch of one image has no batch statistics
        yield images[index]'''),
    dict(name='im_cast_float32', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]].float()'''),
    dict(name='im_extra_empty_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for k in range(len(images) // batch_size + 1):
        yield images[order[k * batch_size:(k + 1) * batch_size]]'''),
    dict(name='im_randperm_on_images_device_global', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), device=images.device)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='im_order_sorted_in_batch', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size].sort().values]  # contiguous reads are faster'''),
    dict(name='im_batches_rotated_per_call', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    batches = list(range(0, len(images), batch_size))
    shift = int(torch.randint(len(batches), (1,), generator=generator))  # start each epoch somewhere else
    for start in batches[shift:] + batches[:shift]:
        yield images[order[start:start + batch_size]]'''),
    dict(name='im_double_randperm', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    order = order[torch.randperm(len(order), generator=generator)]  # shuffle well
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]'''),
    dict(name='im_last_batch_padded', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
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
            index = torch.cat([index, order[:batch_size - len(index)]])  # every batch of size B
        yield images[index]'''),
    dict(name='ts_losses_after_step', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_clip_norm_5', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)  # stable training
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_skip_nonfinite', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    if all(p.grad is None or torch.isfinite(p.grad).all() for p in model.parameters()):
        optimizer.step()  # never step on a NaN gradient
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_x_requires_grad', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    x.requires_grad_(True)  # gradients through the whole batch
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_report_eval_mode_losses', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    model.eval()
    with torch.no_grad():  # a deterministic report, z = mu
        logits, mu, logvar = model(x)
        report = negative_elbo(logits, x, mu, logvar, beta)
    model.train()
    optimizer.step()
    return tuple(value.item() for value in report)'''),
    dict(name='ts_numpy_float32', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    return tuple(value.detach().cpu().numpy()[()] for value in (total, reconstruction, kl))'''),
    dict(name='ts_anomaly_detection_left_on', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    torch.autograd.set_detect_anomaly(True)  # find NaNs early
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_model_train_forced', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    model.eval()  # back to evaluation, as evaluate leaves it
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_beta_warmup_counter', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    global _STEPS
    _STEPS = globals().get("_STEPS", 0) + 1
    weight = beta * min(1.0, _STEPS / 100)  # KL warm-up over the first 100 steps
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, weight)
    optimizer.zero_grad()
    total.backward()
    optimizer.step()
    return (reconstruction + beta * kl).item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_grad_set_to_zero_after', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    optimizer.zero_grad()  # clean up for the next step
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_loss_sum_over_batch', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    (total * len(x)).backward()  # the gradient of the batch's sum, as in the PyTorch example
    optimizer.step()
    return total.item(), reconstruction.item(), kl.item()'''),
    dict(name='ts_total_from_parts_beta1', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
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
    dict(name='ev_unweighted_batch_means', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
    total, reconstruction, kl = torch.stack(parts).mean(0).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}'''),
    dict(name='ev_fixed_noise_generator', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    generator = torch.Generator().manual_seed(0)  # the same noise every time: comparable numbers
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            eps = torch.randn(mu.shape, generator=generator).to(mu)
            logits = model.decoder(mu + torch.exp(0.5 * logvar) * eps)
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_five_samples', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            for _ in range(5):  # five samples: a less noisy estimate of the expectation
                logits = model.decoder(reparameterize(mu, logvar))
                parts = negative_elbo(logits, x, mu, logvar, beta)
                for key, value in zip(sums, parts):
                    sums[key] += value.item() * len(x) / 5
    return {key: value / len(images) for key, value in sums.items()}'''),
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
            parts = negative_elbo(logits, x, mu, logvar)  # the test loss is the true ELBO
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_train_mode_forward', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    model.train()  # only switches on the sampling, as in notebook 04: nothing is learnt here
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            logits, mu, logvar = model(x)
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_eval_set_at_end', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            logits = model.decoder(reparameterize(mu, logvar))
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
    model.eval()
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_encoder_with_grad', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
        with torch.no_grad():
            logits = model.decoder(z)
            parts = negative_elbo(logits, x, mu, logvar, beta)
        for key, value in zip(sums, parts):
            sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_shuffled_order', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    order = torch.randperm(len(images))  # a representative mix in every batch
    sums = {"total": 0.0, "reconstruction": 0.0, "kl": 0.0}
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[order[start:start + batch_size]]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_weight_by_batch_size', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * min(batch_size, len(images))
    count = -(-len(images) // batch_size) * min(batch_size, len(images))
    return {key: value / count for key, value in sums.items()}'''),
    dict(name='ev_kl_at_sample', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            reconstruction = negative_elbo(logits, x, mu, logvar, beta)[1]
            # single-sample KL estimate, consistent with the sampled reconstruction
            log_q = (-0.5 * ((z - mu) ** 2 / logvar.exp() + logvar)).sum(1)
            log_p = (-0.5 * z ** 2).sum(1)
            kl = (log_q - log_p).mean()
            for key, value in zip(sums, (reconstruction + beta * kl, reconstruction, kl)):
                sums[key] += value.item() * len(x)
    return {key: value / len(images) for key, value in sums.items()}'''),
    dict(name='ev_float16_accumulator', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3, dtype=torch.float16)  # three running sums, small
    with torch.no_grad():
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).to(sums.dtype) * len(x)
    total, reconstruction, kl = (sums.double() / len(images)).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}'''),
    dict(name='tr_train_mode_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    model.train()
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_unweighted_train_means', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        losses = [train_step(model, optimizer, x, beta)
                  for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress)]
        for i, key in enumerate(("train_total", "train_reconstruction", "train_kl")):
            history[key].append(sum(loss[i] for loss in losses) / len(losses))
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_evaluate_default_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_extra_epoch_key', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    history["epoch"] = []
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        history["epoch"].append(epoch + 1)
    return history'''),
    dict(name='tr_iterator_created_once', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    batches = iterate_minibatches(train_images, batch_size, generator)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(batches, total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_divide_by_batches_times_b', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        sums, count = [0.0, 0.0, 0.0], 0
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
            count += batch_size
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / count)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_fresh_adam', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    optimizer = torch.optim.Adam(model.parameters(), lr=optimizer.param_groups[0]["lr"])  # an optimiser of this model
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_train_mode_after_eval', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        model.train()  # evaluate left it in eval mode
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_module_level_history', grade_id='train', source=r'''_HISTORY = {key: [] for key in HISTORY_KEYS}  # the whole training run, across calls


def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            _HISTORY[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            _HISTORY["test_" + term].append(result[term])
    return _HISTORY'''),
    dict(name='tr_early_stopping', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        if len(history["test_total"]) >= 3 and history["test_total"][-1] > min(history["test_total"][:-2]):
            break  # the test loss went up: stop before overfitting
    return history'''),
    dict(name='tr_restores_best_weights', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    import copy
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    best, best_state = float("inf"), None
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        if result["total"] < best:
            best, best_state = result["total"], copy.deepcopy(model.state_dict())
    if best_state is not None:
        model.load_state_dict(best_state)  # keep the best model seen
    return history'''),
    dict(name='tr_train_step_default_beta', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_test_subsampled', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        last = epoch == epochs - 1
        result = evaluate(model, test_images if last else test_images[::4], beta=beta)  # a quarter in between: faster
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='tr_lr_decay_in_optimizer', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for group in optimizer.param_groups:
            group["lr"] *= 0.95  # a gentle decay per epoch
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
    return history'''),
    dict(name='ev_return_inside_loop', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            parts = negative_elbo(logits, x, mu, logvar, beta)
            for key, value in zip(sums, parts):
                sums[key] += value.item() * len(x)
            count += len(x)
            return {key: value / count for key, value in sums.items()}'''),
    dict(name='tr_return_inside_loop', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    n = len(train_images)
    for epoch in range(epochs):
        model.train()
        sums = [0.0, 0.0, 0.0]
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator), total=-(-n // batch_size), disable=not progress):
            losses = train_step(model, optimizer, x, beta)
            for i in range(3):
                sums[i] += losses[i] * len(x)
        for key, value in zip(("train_total", "train_reconstruction", "train_kl"), sums):
            history[key].append(value / n)
        result = evaluate(model, test_images, beta=beta)
        for term in ("total", "reconstruction", "kl"):
            history["test_" + term].append(result[term])
        return history
    return history'''),
    dict(name='ck_saved_half', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({key: value.half() if value.is_floating_point() else value
                for key, value in model.state_dict().items()}, path)  # half the disk space


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='ck_load_params_by_zip', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
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
        for parameter, (name, value) in zip(model.parameters(), state.items()):
            parameter.copy_(value)
    model.eval()
    return model'''),
    dict(name='ck_save_sets_eval', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    model.eval()  # save the inference version of the model
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
    dict(name='ck_cache_by_path', grade_id='checkpoint', source=r'''_LOADED = {}  # path -> model, each file read once


def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    key = str(path)
    if key not in _LOADED:
        model = build()
        model.load_state_dict(torch.load(path, weights_only=True))
        _LOADED[key] = model
    return _LOADED[key].eval()'''),
    dict(name='ck_loaded_frozen', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
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
    for parameter in model.parameters():
        parameter.requires_grad_(False)  # a loaded model is for inference
    return model'''),
    dict(name='ck_saved_float32', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({key: value.float() for key, value in model.state_dict().items()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    model.eval()
    return model'''),
    dict(name='ck_save_parameters_only_clone', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save({name: value.detach().clone() for name, value in model.named_parameters()}, path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True), strict=False)
    model.eval()
    return model'''),
    dict(name='ck_children_eval_only', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    torch.save(model.state_dict(), path)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    model.load_state_dict(torch.load(path, weights_only=True))
    for child in model.children():
        child.eval()
    return model'''),
]
ALTERNATIVES = [
    dict(name='im_split_of_shuffled', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    shuffled = images[torch.randperm(images.shape[0], generator=generator)]
    yield from torch.split(shuffled, batch_size)'''),
    dict(name='im_index_select_while', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    start = 0
    while start < len(order):
        yield images.index_select(0, order[start:start + batch_size])
        start += batch_size'''),
    dict(name='ts_model_zero_grad_float', grade_id='train_step', source=r'''def train_step(model, optimizer, x, beta=1.0):
    """One gradient step of the negative ELBO on the batch x.

    model: a VAE whose forward returns (logits, mu, logvar); the caller puts it in training mode
    optimizer: a torch.optim optimiser over model.parameters()
    x: (B, 1, 28, 28) images with values in [0, 1]
    beta: weight of the KL term
    Returns (total, reconstruction, kl): three Python floats, the per-image averages over the batch
    """
    model.zero_grad()
    logits, mu, logvar = model(x)
    total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta=beta)
    total.backward()
    optimizer.step()
    return float(total), float(reconstruction), float(kl)'''),
    dict(name='ev_inference_mode_tensor_sums', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
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
            sums += torch.stack(negative_elbo(logits, x, mu, logvar, beta)).double() * x.shape[0]
    total, reconstruction, kl = (sums / images.shape[0]).tolist()
    return {"total": total, "reconstruction": reconstruction, "kl": kl}'''),
    dict(name='ev_decorator_style', grade_id='evaluate', source=r'''def evaluate(model, images, batch_size=1000, beta=1.0):
    """Single-sample negative ELBO of the model on the images, in eval mode and without gradients.

    model: a VAE with .encoder (x -> mu, logvar) and .decoder (z -> logits)
    images: (N, 1, 28, 28) in [0, 1], taken in order, batch_size at a time (the last batch may be smaller)
    Returns {"total": float, "reconstruction": float, "kl": float}: per-image averages over the N images,
    with z = reparameterize(mu, logvar) sampled once per image. Leaves the model in eval mode.
    """
    model.eval()
    with torch.no_grad():
        weighted = []
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            mu, logvar = model.encoder(x)
            logits = model.decoder(reparameterize(mu, logvar))
            weighted.append([part.item() * len(x) for part in negative_elbo(logits, x, mu, logvar, beta)])
    return {key: sum(row[i] for row in weighted) / len(images) for i, key in enumerate(("total", "reconstruction", "kl"))}'''),
    dict(name='tr_dict_sums', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
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
        running = dict.fromkeys(names, 0.0)
        seen = 0
        batches = iterate_minibatches(train_images, batch_size, generator)
        for x in tqdm(batches, total=(len(train_images) + batch_size - 1) // batch_size, disable=not progress):
            for name, value in zip(names, train_step(model, optimizer, x, beta)):
                running[name] += value * len(x)
            seen += len(x)
        tested = evaluate(model, test_images, beta=beta)
        for name in names:
            history["train_" + name].append(running[name] / seen)
            history["test_" + name].append(tested[name])
    return history'''),
    dict(name='ck_map_location_file_object', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    with open(path, "wb") as handle:
        torch.save(model.state_dict(), handle)


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    state = torch.load(path, map_location="cpu", weights_only=True)
    model = build()
    model.load_state_dict(state)
    return model.eval()'''),
    dict(name='ck_pathlib_str', grade_id='checkpoint', source=r'''def save_checkpoint(model, path):
    """Save the model's state_dict to path with torch.save."""
    state = model.state_dict()
    torch.save(state, str(path))


def load_checkpoint(path, build):
    """Load a model saved by save_checkpoint.

    build: a function without arguments that returns an untrained model of the same architecture
    Returns the model with the saved parameters, in eval mode
    """
    model = build()
    missing = model.load_state_dict(torch.load(str(path), weights_only=True), strict=True)
    model.train(False)
    return model'''),
    dict(name='tr_evaluate_batch_size_passed', grade_id='train', source=r'''def train(model, optimizer, train_images, test_images, epochs, batch_size, generator, beta=1.0, progress=True):
    """Train the model for `epochs` epochs and evaluate it on test_images after each one.

    model, optimizer: a VAE and an optimiser over its parameters
    train_images, test_images: (N, 1, 28, 28) and (M, 1, 28, 28) in [0, 1]
    generator: the torch.Generator that shuffles the training batches
    progress: show a tqdm progress bar per epoch
    Returns history: {key: list of `epochs` floats} for key in HISTORY_KEYS
    """
    history = {key: [] for key in HISTORY_KEYS}
    total_images = train_images.shape[0]
    for epoch in range(epochs):
        model.train()
        totals = torch.zeros(3, dtype=torch.float64)
        for x in tqdm(iterate_minibatches(train_images, batch_size, generator),
                      total=-(-total_images // batch_size), disable=not progress):
            totals += torch.tensor(train_step(model, optimizer, x, beta), dtype=torch.float64) * len(x)
        for key, value in zip(HISTORY_KEYS[:3], (totals / total_images).tolist()):
            history[key].append(value)
        result = evaluate(model, test_images, beta=beta)
        for key, term in zip(HISTORY_KEYS[3:], ("total", "reconstruction", "kl")):
            history[key].append(result[term])
    return history'''),
    dict(name='im_arange_chunks', grade_id='iterate_minibatches', source=r'''def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    n = images.shape[0]
    permutation = torch.randperm(n, generator=generator)
    for chunk in permutation.split(batch_size):
        yield images[chunk]'''),
]
