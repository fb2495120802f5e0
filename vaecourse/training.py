"""Training and evaluation of the reference VAEs, and the pretrained checkpoints: for notebooks 06-08.

Never import this in notebook 05: it solves its exercises (batching, a training step, evaluation, the
training loop; iterate_minibatches is 05's model answer word for word, see tests/test_one_source.py).
Notebooks 06-08 use it so that each of them stands alone.

The fast path keeps MNIST in memory as one float32 tensor (N, 1, 28, 28) and draws mini-batches by
indexing it with a shuffled permutation: no per-image Python work, no DataLoader workers.

Losses are Bernoulli negative ELBOs in nats per image (see vaecourse.models.negative_elbo). Test numbers
are single-sample ELBO estimates: z is *sampled* from q(z|x) (not set to its mean), the KL is analytic.

    python -m vaecourse.training              # list the shipped checkpoints and their metrics
    python -m vaecourse.training fast [--seed 0]   # train the reference MLP with FAST_RECIPE, print its test NELBO
"""

import json
import math
import time
from pathlib import Path

import torch
from torch import nn

from .models import (VAE, AEClassifier, DigitClassifier, ae_classifier_loss, bernoulli_reconstruction, conv_vae,
                     dense_autoencoder, dense_vae, negative_elbo, reparameterize)

CHECKPOINT_DIR = Path(__file__).resolve().parent / "checkpoints"
METRICS_FILE = CHECKPOINT_DIR / "metrics.json"
HISTORY_KEYS = ("train_total", "train_reconstruction", "train_kl", "test_total", "test_reconstruction", "test_kl")


# --- data -----------------------------------------------------------------------------------------

def images_to_float(images: torch.Tensor) -> torch.Tensor:
    """uint8 images (N, 28, 28) in 0..255 -> float32 (N, 1, 28, 28) in [0, 1]."""
    return images.reshape(-1, 1, 28, 28).to(torch.float32).div_(255.0)


def mnist_tensors(split: str = "train"):
    """MNIST `split` in memory: images (N, 1, 28, 28) float32 in [0, 1], labels (N,) int64."""
    from .data import load_mnist

    images, labels = load_mnist(split)
    return images_to_float(images), labels


def iterate_minibatches(images, batch_size, generator):
    """Yield the images in shuffled mini-batches, every image exactly once.

    images: (N, 1, 28, 28) float tensor
    batch_size: B, the size of every batch but the last (which holds the N % B remaining images, if any)
    generator: a torch.Generator that drives the shuffling, torch.randperm(N, generator=generator)
    Yields x: (B, 1, 28, 28) batches of images, ceil(N / B) of them
    """
    order = torch.randperm(len(images), generator=generator)
    for start in range(0, len(images), batch_size):
        yield images[order[start:start + batch_size]]


def batch_indices(n: int, batch_size: int, shuffle: bool = True, generator=None):
    """Yield index tensors that cover range(n) once, in mini-batches (the last one may be smaller)."""
    order = torch.randperm(n, generator=generator) if shuffle else torch.arange(n)
    for start in range(0, n, batch_size):
        yield order[start:start + batch_size]


# --- one epoch, evaluation, training loop ---------------------------------------------------------

def _vae_terms(model, x, beta):
    """(total, reconstruction, kl) of one batch with z sampled from q(z|x), whatever the model's mode."""
    mu, logvar = model.encoder(x)
    logits = model.decoder(reparameterize(mu, logvar))
    return negative_elbo(logits, x, mu, logvar, beta)


def train_epoch(model, optimizer, images, batch_size: int = 128, beta: float = 1.0, generator=None,
                scheduler=None, progress=None) -> dict:
    """One pass over `images` (N, 1, 28, 28) in shuffled mini-batches; updates the model in place.

    Returns the per-image averages over the epoch of the training losses: {"total", "reconstruction", "kl"}
    (they lag behind the model, which improves during the epoch). scheduler.step() is called per batch.
    """
    model.train()
    sums = torch.zeros(3)
    for x in iterate_minibatches(images, batch_size, generator):
        logits, mu, logvar = model(x)
        total, reconstruction, kl = negative_elbo(logits, x, mu, logvar, beta)
        optimizer.zero_grad(set_to_none=True)
        total.backward()
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
        sums += torch.stack([total.detach(), reconstruction.detach(), kl.detach()]) * len(x)
        if progress is not None:
            progress.update(1)
            progress.set_postfix(loss=f"{total.item():.1f}", refresh=False)
    averages = sums / len(images)
    return dict(zip(("total", "reconstruction", "kl"), averages.tolist()))


@torch.no_grad()
def evaluate(model, images, batch_size: int = 2000, beta: float = 1.0, seed: int = 0) -> dict:
    """Per-image averages of the negative ELBO and its terms on `images`, in eval mode, without gradients.

    Single-sample estimate: one z ~ q(z|x) per image (noise from torch's random state seeded with `seed`,
    then restored: evaluating does not change what the caller draws next), analytic KL.
    Returns {"total", "reconstruction", "kl"} as floats. Leaves the model in eval mode.
    """
    model.eval()
    sums = torch.zeros(3)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for start in range(0, len(images), batch_size):
            x = images[start:start + batch_size]
            sums += torch.stack(_vae_terms(model, x, beta)) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))


def make_adam(model, lr: float = 1e-3, betas=(0.9, 0.999)):
    """Adam over the model's parameters; the fused implementation (one kernel per step) when available."""
    try:
        return torch.optim.Adam(model.parameters(), lr=lr, betas=betas, fused=True)
    except (RuntimeError, TypeError):  # older torch, or a device without a fused Adam
        return torch.optim.Adam(model.parameters(), lr=lr, betas=betas)


def one_cycle(optimizer, lr: float, steps: int, warmup: float = 0.15):
    """The course's one-cycle schedule: warm-up to lr over a fraction `warmup` of the steps, then cosine
    decay to ~0.

    Call .step() after every optimizer step. Shared by fit and fit_deterministic, so all checkpoints
    follow the same recipe.
    """
    return torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=steps, pct_start=warmup)


def initialise(model, images) -> None:
    """Re-initialise a VAE for fast training on `images`: the fast path's start (see fit).

    * He (Kaiming) normal weights for every dense layer that feeds a ReLU: their outputs keep the scale of
      their inputs, where torch's default initialisation shrinks them layer after layer;
    * the bias of the decoder's output layer at the logits of the mean of `images` (per pixel for a dense
      output layer, one value for a convolutional one): an untrained decoder outputs about 0.5 for every
      pixel (about 540 nats per image); started at the mean image, it begins near the best loss a model
      that ignores z can have, and its first steps go to what z explains.
    """
    for sequence in model.modules():
        if isinstance(sequence, nn.Sequential):
            for layer, following in zip(sequence, list(sequence)[1:]):
                if isinstance(layer, nn.Linear) and isinstance(following, nn.ReLU):
                    nn.init.kaiming_normal_(layer.weight, nonlinearity="relu")
    layers = [layer for layer in model.decoder.modules() if isinstance(layer, (nn.Linear, nn.ConvTranspose2d))]
    last = layers[-1] if layers else None
    bias = getattr(last, "bias", None)
    mean = images.mean(dim=0).reshape(-1)
    if bias is None or bias.numel() not in (1, mean.numel()):
        raise ValueError("initialise needs a decoder whose last layer has one bias per pixel or a single bias; "
                         f"got {last!r}")
    if bias.numel() == 1:
        mean = mean.mean().reshape(1)
    with torch.no_grad():
        bias.copy_(torch.logit(mean.clamp(1e-3, 1 - 1e-3)))  # clamped: some pixels are 0 in every image


def fit(model, train_images, test_images, epochs: int, batch_size: int = 128, lr: float = 1e-3,
        schedule: str = "constant", beta: float = 1.0, seed: int = 0, progress: bool = True,
        on_epoch=None, warmup: float = 0.15, betas=(0.9, 0.999), reinitialise: bool = False,
        test_every_epoch: bool = True) -> dict:
    """Train `model` with Adam for `epochs` epochs; evaluate on `test_images` after each epoch (or, with
    test_every_epoch=False, after the last one only: the test_* lists then hold one value).

    schedule: "constant" (Adam at lr) or "onecycle" (warm-up to lr over a fraction `warmup` of the run,
    then cosine decay to ~0: reaches a given loss in fewer epochs). betas: Adam's. reinitialise: first
    call initialise(model, train_images). Shuffling uses a generator seeded with `seed`.
    on_epoch(epoch, history) is called after each epoch (e.g. to plot reconstructions).
    Returns the history: {key: list with one float per epoch} for key in HISTORY_KEYS, plus "seconds"
    (cumulative training time, evaluation excluded).
    """
    from tqdm.auto import tqdm

    if schedule not in ("constant", "onecycle"):
        raise ValueError(f"schedule must be 'constant' or 'onecycle', not {schedule!r}")
    if reinitialise:
        initialise(model, train_images)
    generator = torch.Generator().manual_seed(seed)
    optimizer = make_adam(model, lr, betas)
    steps = epochs * math.ceil(len(train_images) / batch_size)
    # epochs = 0 (an untrained baseline) has no steps to schedule: OneCycleLR refuses total_steps = 0
    scheduler = one_cycle(optimizer, lr, steps, warmup) if schedule == "onecycle" and steps > 0 else None
    history = {key: [] for key in HISTORY_KEYS + ("seconds",)}
    elapsed = 0.0
    with tqdm(total=steps, desc="training", disable=not progress) as bar:
        for epoch in range(epochs):
            started = time.perf_counter()
            train = train_epoch(model, optimizer, train_images, batch_size, beta, generator, scheduler, bar)
            elapsed += time.perf_counter() - started
            for term, value in train.items():
                history[f"train_{term}"].append(value)
            if test_every_epoch or epoch == epochs - 1:
                for term, value in evaluate(model, test_images, beta=beta).items():
                    history[f"test_{term}"].append(value)
            history["seconds"].append(elapsed)
            if on_epoch is not None:
                on_epoch(epoch, history)
    model.eval()
    return history


# --- autoencoder with a classifier head -------------------------------------------------------------

def reconstruction_loss(logits, x):
    """Bernoulli reconstruction loss (BCE summed over pixels) in nats per image, averaged over the batch."""
    return bernoulli_reconstruction(logits, x).mean()


def batch_loss(model, x, labels, weight: float = 1.0):
    """The training loss of a batch for the models that are not VAEs, by their kind (a scalar):

    AutoEncoder: reconstruction; AEClassifier: reconstruction + weight * cross-entropy;
    DigitClassifier: cross-entropy.
    """
    if isinstance(model, AEClassifier):
        return ae_classifier_loss(*model(x), x, labels, weight)[0]
    if isinstance(model, DigitClassifier):
        return nn.functional.cross_entropy(model(x), labels)
    return reconstruction_loss(model(x), x)


def fit_deterministic(model, images, labels, epochs: int, batch_size: int = 128, lr: float = 2e-3,
                      weight: float = 1.0, seed: int = 0, on_epoch=None) -> nn.Module:
    """Train an AutoEncoder, AEClassifier or DigitClassifier with Adam and a one-cycle schedule.

    The loss is batch_loss(model, x, labels, weight). on_epoch(epoch, seconds) is called after each epoch.
    Returns the model in eval mode.
    """
    generator = torch.Generator().manual_seed(seed)
    optimizer = make_adam(model, lr)
    steps = epochs * math.ceil(len(images) / batch_size)
    scheduler = one_cycle(optimizer, lr, steps)
    started = time.perf_counter()
    for epoch in range(epochs):
        model.train()
        for index in batch_indices(len(images), batch_size, True, generator):
            loss = batch_loss(model, images[index], labels[index], weight)
            optimizer.zero_grad(set_to_none=True)
            loss.backward()
            optimizer.step()
            scheduler.step()
        if on_epoch is not None:
            on_epoch(epoch, time.perf_counter() - started)
    return model.eval()


@torch.no_grad()
def predict_digits(classifier, images, batch_size: int = 2000) -> torch.Tensor:
    """The classes (N,) int64 that `classifier` (images -> logits) gives to `images` (N, 1, 28, 28) in [0, 1]."""
    classifier.eval()
    return torch.cat([classifier(images[start:start + batch_size]).argmax(dim=1)
                      for start in range(0, len(images), batch_size)])


# --- pretrained checkpoints -------------------------------------------------------------------------

# name -> how to build the untrained model; the files are CHECKPOINT_DIR/<name>.pt (float16 state dicts).
ARCHITECTURES = {
    "mlp_vae_z2": lambda: dense_vae(latent_dim=2),
    "mlp_vae_z20": lambda: dense_vae(latent_dim=20, hidden=(512, 256)),
    "conv_vae_z2": lambda: conv_vae(latent_dim=2, channels=(32, 64), hidden=256),
    "conv_vae_z20": lambda: conv_vae(latent_dim=20, channels=(32, 64), hidden=256),
    "mlp_ae_z2": lambda: dense_autoencoder(latent_dim=2),
    "mlp_aeclassifier_z2": lambda: AEClassifier(dense_autoencoder(latent_dim=2)),
    "digit_classifier": DigitClassifier,
}

# The fast path: a short recipe for the reference MLP (tools/benchmark.py times it against the PyTorch example).
# initialise() starts it well (He weights, the decoder at the mean image); a long warm-up lets it take a high peak
# rate; Adam's second-moment average is short (beta2 0.95) so that the step size follows the fast-changing
# gradients; batches of 224 run faster per image than 128, and 3 epochs of them still reach 105.5 nats with a
# margin (256 do not, with every seed).
FAST_RECIPE = dict(epochs=3, batch_size=224, lr=6e-3, schedule="onecycle", warmup=0.3, betas=(0.9, 0.95),
                   reinitialise=True)
FAST_SEEDS = (0, 1, 2)  # the speed target must hold for each


def fast_path(seed: int = 0) -> dict:
    """Train the reference MLP VAE (latent 20) from scratch with FAST_RECIPE; its history (see fit)."""
    torch.manual_seed(seed)
    train_images, test_images = mnist_tensors("train")[0], mnist_tensors("test")[0]
    # the test set only after the last epoch: the other evaluations are not part of the result
    return fit(ARCHITECTURES["mlp_vae_z20"](), train_images, test_images, seed=seed, progress=False,
               test_every_epoch=False, **FAST_RECIPE)


@torch.no_grad()
def measure(model, images, labels) -> dict:
    """What the checkpoints' metrics record, by kind of model, on `images` (N, 1, 28, 28) and `labels` (N,):

    VAE: {"total", "reconstruction", "kl"} (single-sample negative ELBO, evaluate with seed 0);
    AutoEncoder: {"reconstruction"}; AEClassifier: {"reconstruction", "accuracy"}; DigitClassifier: {"accuracy"}.
    """
    model.eval()
    if isinstance(model, VAE):
        return evaluate(model, images)
    if isinstance(model, DigitClassifier):
        return {"accuracy": (predict_digits(model, images) == labels).float().mean().item()}
    if isinstance(model, AEClassifier):
        logits, class_logits = model(images)  # one pass gives both
        return {"reconstruction": reconstruction_loss(logits, images).item(),
                "accuracy": (class_logits.argmax(dim=1) == labels).float().mean().item()}
    return {"reconstruction": reconstruction_loss(model(images), images).item()}


def pretrained_metrics() -> dict:
    """{name: {"test_total", "test_reconstruction", "test_kl", "epochs", ...}} of the shipped checkpoints."""
    if not METRICS_FILE.is_file():
        return {}
    return json.loads(METRICS_FILE.read_text())


def pretrained_names() -> list:
    """Names of the checkpoints shipped with the package (those load_pretrained accepts)."""
    return sorted(name for name in ARCHITECTURES if (CHECKPOINT_DIR / f"{name}.pt").is_file())


def save_checkpoint(model: nn.Module, path, half: bool = True) -> None:
    """torch.save the model's state_dict (float16 if `half`: half the size, no visible loss)."""
    state = {key: value.half() if half and value.is_floating_point() else value
             for key, value in model.state_dict().items()}
    torch.save(state, path)


def shipped_file(name: str, known, script: str) -> Path:
    """CHECKPOINT_DIR/<name>.pt, after checking that `name` is one of `known` and that the file exists.

    script: the project's script that makes the file, named in the error a student would see.
    """
    if name not in known:
        raise ValueError(f"unknown name {name!r}; choose one of {sorted(known)}")
    path = CHECKPOINT_DIR / f"{name}.pt"
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run `python {script}` in the course folder, "
                                "or reinstall the vaecourse package.")
    return path


def load_pretrained(name: str) -> nn.Module:
    """A shipped, trained model in float32 and eval mode: one of pretrained_names(), e.g. "mlp_vae_z20".

    Its test metrics are in pretrained_metrics()[name]: single-sample negative ELBO on the 10,000 test
    images for the VAEs, reconstruction loss for the autoencoders, accuracy for the classifiers.
    """
    path = shipped_file(name, ARCHITECTURES, "tools/train_checkpoints.py")
    model = ARCHITECTURES[name]()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict({key: value.float() for key, value in state.items()})
    return model.eval()


def _main(argv=None) -> None:
    import argparse
    import gc

    from .runtime import setup_tool

    parser = argparse.ArgumentParser(prog="python -m vaecourse.training", description=__doc__.splitlines()[0])
    parser.add_argument("command", nargs="?", choices=["fast"], help="fast: train with FAST_RECIPE (the fast path)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.command == "fast":
        setup_tool()
        # A process that ends in seconds: the millions of objects torch's import made (and torch._dynamo's, which
        # the first optimizer imports) live until the end, so the cycle collector need not walk them again, during
        # that import and at exit (0.5 s of a 8.5 s process, measured whole).
        gc.freeze()
        history = fast_path(args.seed)
        print(f"test NELBO {history['test_total'][-1]:.2f} nats per image after {len(history['train_total'])} epochs "
              f"(seed {args.seed}, {history['seconds'][-1]:.1f} s of training)")
        gc.freeze()
        return
    for name, metrics in pretrained_metrics().items():
        print(f"{name:20s}", ", ".join(f"{key} {value}" for key, value in sorted(metrics.items())
                                      if key.startswith("test_") and not key.endswith("per_epoch")))


if __name__ == "__main__":
    _main()
