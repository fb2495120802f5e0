"""Training and evaluation of the reference VAEs, and the pretrained checkpoints: for notebooks 06-08.

Never import this in notebook 05: it solves its exercises (batching, a training step, evaluation, the
training loop). Notebooks 06-08 use it so that each of them stands alone.

The fast path keeps MNIST in memory as one float32 tensor (N, 1, 28, 28) and draws mini-batches by
indexing it with a shuffled permutation: no per-image Python work, no DataLoader workers.

Losses are Bernoulli negative ELBOs in nats per image (see vaecourse.models.negative_elbo). Test numbers
are single-sample ELBO estimates: z is *sampled* from q(z|x) (not set to its mean), the KL is analytic.

    python -m vaecourse.training              # list the shipped checkpoints and their metrics
"""

import json
import math
import time
from pathlib import Path

import torch
from torch import nn

from .models import conv_vae, mlp_vae, negative_elbo, reparameterize

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


def batch_indices(n: int, batch_size: int, shuffle: bool = True, generator=None):
    """Yield index tensors that cover range(n) once, in mini-batches (the last one may be smaller)."""
    order = torch.randperm(n, generator=generator) if shuffle else torch.arange(n)
    for start in range(0, n, batch_size):
        yield order[start:start + batch_size]


# --- one epoch, evaluation, training loop ---------------------------------------------------------

def _vae_terms(model, x, beta, generator=None):
    """(total, reconstruction, kl) of one batch with z sampled from q(z|x), whatever the model's mode."""
    mu, logvar = model.encoder(x)
    logits = model.decoder(reparameterize(mu, logvar, generator))
    return negative_elbo(logits, x, mu, logvar, beta)


def train_epoch(model, optimizer, images, batch_size: int = 128, beta: float = 1.0, generator=None,
                scheduler=None, progress=None) -> dict:
    """One pass over `images` (N, 1, 28, 28) in shuffled mini-batches; updates the model in place.

    Returns the per-image averages over the epoch of the training losses: {"total", "reconstruction", "kl"}
    (they lag behind the model, which improves during the epoch). scheduler.step() is called per batch.
    """
    model.train()
    sums = torch.zeros(3)
    for index in batch_indices(len(images), batch_size, True, generator):
        x = images[index]
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

    Single-sample estimate: one z ~ q(z|x) per image (noise from a generator seeded with `seed`), analytic
    KL. Returns {"total", "reconstruction", "kl"} as floats. Leaves the model in eval mode.
    """
    model.eval()
    generator = torch.Generator().manual_seed(seed)
    sums = torch.zeros(3)
    for start in range(0, len(images), batch_size):
        x = images[start:start + batch_size]
        sums += torch.stack(_vae_terms(model, x, beta, generator)) * len(x)
    return dict(zip(("total", "reconstruction", "kl"), (sums / len(images)).tolist()))


def make_adam(model, lr: float = 1e-3):
    """Adam over the model's parameters; the fused implementation (one kernel per step) when available."""
    try:
        return torch.optim.Adam(model.parameters(), lr=lr, fused=True)
    except (RuntimeError, TypeError):  # older torch, or a device without a fused Adam
        return torch.optim.Adam(model.parameters(), lr=lr)


def fit(model, train_images, test_images, epochs: int, batch_size: int = 128, lr: float = 1e-3,
        schedule: str = "constant", beta: float = 1.0, seed: int = 0, progress: bool = True,
        on_epoch=None) -> dict:
    """Train `model` with Adam for `epochs` epochs; evaluate on `test_images` after each epoch.

    schedule: "constant" (Adam at lr) or "onecycle" (warm-up to lr, then cosine decay to ~0 over the
    run: reaches a given loss in fewer epochs). Shuffling uses a generator seeded with `seed`.
    on_epoch(epoch, history) is called after each epoch (e.g. to plot reconstructions).
    Returns the history: {key: list with one float per epoch} for key in HISTORY_KEYS, plus "seconds"
    (cumulative training time, evaluation excluded).
    """
    from tqdm.auto import tqdm

    generator = torch.Generator().manual_seed(seed)
    optimizer = make_adam(model, lr)
    steps = epochs * math.ceil(len(train_images) / batch_size)
    scheduler = None
    if schedule == "onecycle":
        scheduler = torch.optim.lr_scheduler.OneCycleLR(optimizer, max_lr=lr, total_steps=steps, pct_start=0.15)
    elif schedule != "constant":
        raise ValueError(f"schedule must be 'constant' or 'onecycle', not {schedule!r}")
    history = {key: [] for key in HISTORY_KEYS + ("seconds",)}
    elapsed = 0.0
    with tqdm(total=steps, desc="training", disable=not progress) as bar:
        for epoch in range(epochs):
            started = time.perf_counter()
            train = train_epoch(model, optimizer, train_images, batch_size, beta, generator, scheduler, bar)
            elapsed += time.perf_counter() - started
            test = evaluate(model, test_images, beta=beta)
            for split, values in (("train", train), ("test", test)):
                for term, value in values.items():
                    history[f"{split}_{term}"].append(value)
            history["seconds"].append(elapsed)
            if on_epoch is not None:
                on_epoch(epoch, history)
    model.eval()
    return history


# --- autoencoder with a classifier head -------------------------------------------------------------

def reconstruction_loss(logits, x):
    """Bernoulli reconstruction loss (BCE summed over pixels) in nats per image, averaged over the batch."""
    return nn.functional.binary_cross_entropy_with_logits(
        logits.reshape(len(x), -1), x.reshape(len(x), -1), reduction="none").sum(dim=1).mean()


def ae_classifier_loss(logits, class_logits, x, labels, weight: float = 1.0):
    """Loss of an AEClassifier: reconstruction (nats per image) + weight * cross-entropy (nats per image).

    Returns (total, reconstruction, cross_entropy), scalars.
    """
    reconstruction = reconstruction_loss(logits, x)
    cross_entropy = nn.functional.cross_entropy(class_logits, labels)
    return reconstruction + weight * cross_entropy, reconstruction, cross_entropy


# --- pretrained checkpoints -------------------------------------------------------------------------

# name -> how to build the untrained model; the files are CHECKPOINT_DIR/<name>.pt (float16 state dicts).
ARCHITECTURES = {
    "mlp_vae_z2": lambda: mlp_vae(latent_dim=2),
    "mlp_vae_z20": lambda: mlp_vae(latent_dim=20),
    "conv_vae_z2": lambda: conv_vae(latent_dim=2),
    "conv_vae_z20": lambda: conv_vae(latent_dim=20),
}


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


def load_pretrained(name: str) -> nn.Module:
    """A shipped, trained model in float32 and eval mode: one of pretrained_names(), e.g. "mlp_vae_z20".

    Its test metrics (single-sample ELBO on the 10,000 test images) are in pretrained_metrics()[name].
    """
    if name not in ARCHITECTURES:
        raise ValueError(f"unknown checkpoint {name!r}; choose one of {sorted(ARCHITECTURES)}")
    path = CHECKPOINT_DIR / f"{name}.pt"
    if not path.is_file():
        raise FileNotFoundError(f"checkpoint {path} is missing: run `python tools/train_checkpoints.py` "
                                "in the course folder, or reinstall the vaecourse package.")
    model = ARCHITECTURES[name]()
    state = torch.load(path, map_location="cpu", weights_only=True)
    model.load_state_dict({key: value.float() for key, value in state.items()})
    return model.eval()


if __name__ == "__main__":
    for name, metrics in pretrained_metrics().items():
        print(f"{name:14s} test NELBO {metrics['test_total']:.2f} nats "
              f"(reconstruction {metrics['test_reconstruction']:.2f}, KL {metrics['test_kl']:.2f})")
