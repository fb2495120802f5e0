"""Train the small pretrained models that ship with the course (vaecourse/checkpoints/).

    python tools/train_checkpoints.py                     # all of them (about 10 minutes on 2 idle cores)
    python tools/train_checkpoints.py mlp_vae_z20         # just one
    python tools/train_checkpoints.py --measure           # only re-measure the shipped files

Each model is trained on the 60,000 training images (in-memory batches, Adam with a one-cycle
schedule, seed 0): the VAEs with vaecourse.training.fit, the autoencoders and the digit classifier with
vaecourse.training.fit_deterministic. Each is stored as a float16 state dict, <name>.pt, and measured
*after* the float16 round trip on the 10,000 test images: VAEs by their single-sample negative ELBO
(seeded noise, vaecourse.training.evaluate), autoencoders by their reconstruction loss, classifiers by
their accuracy. The metrics go to metrics.json; the "subset_" entries (the first 1,000 test images) are
what tests/test_training.py re-measures quickly.
"""

import argparse
import json
import platform
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaecourse.models import VAE  # noqa: E402
from vaecourse.runtime import setup_tool  # noqa: E402
from vaecourse.training import (ARCHITECTURES, CHECKPOINT_DIR, METRICS_FILE, fit, fit_deterministic,  # noqa: E402
                                load_pretrained, measure, mnist_tensors, save_checkpoint)

# name -> training recipe; the architectures are vaecourse.training.ARCHITECTURES
RECIPES = {
    "mlp_vae_z2": dict(epochs=10, batch_size=128, lr=2e-3),
    "mlp_vae_z20": dict(epochs=30, batch_size=128, lr=2e-3),
    "conv_vae_z2": dict(epochs=10, batch_size=128, lr=2e-3),
    "conv_vae_z20": dict(epochs=16, batch_size=128, lr=2e-3),
    "mlp_ae_z2": dict(epochs=10, batch_size=128, lr=2e-3),
    "mlp_aeclassifier_z2": dict(epochs=10, batch_size=128, lr=2e-3, weight=10.0),
    "digit_classifier": dict(epochs=6, batch_size=128, lr=3e-3),
}


def measure_shipped(name, test_images, test_labels) -> dict:
    """Metrics of the checkpoint as shipped (float16 weights): the whole test set, and its first 1,000 images."""
    model = load_pretrained(name)
    result = {f"test_{key}": round(value, 4) for key, value in measure(model, test_images, test_labels).items()}
    subset = measure(model, test_images[:1000], test_labels[:1000])
    return {**result, **{f"subset_test_{key}": round(value, 4) for key, value in subset.items()}}


def train(name, train_images, train_labels, test_images) -> dict:
    """Train the model `name` by its recipe, save it; returns what metrics.json records of the training."""
    recipe = RECIPES[name]
    torch.manual_seed(0)
    model = ARCHITECTURES[name]()
    if isinstance(model, VAE):
        history = fit(model, train_images, test_images, schedule="onecycle", seed=0, progress=False,
                      on_epoch=lambda epoch, h: print(f"  {name} epoch {epoch + 1}: test {h['test_total'][-1]:.2f} "
                                                      f"({h['seconds'][-1]:.0f} s)", flush=True),
                      **recipe)
        record = {"train_seconds": round(history["seconds"][-1], 1),
                  "test_total_per_epoch": [round(value, 2) for value in history["test_total"]]}
    else:
        seconds = []
        fit_deterministic(model, train_images, train_labels, seed=0, **recipe,
                          on_epoch=lambda epoch, elapsed: (seconds.append(elapsed),
                                                           print(f"  {name} epoch {epoch + 1} ({elapsed:.0f} s)", flush=True)))
        record = {"train_seconds": round(seconds[-1], 1)}
    save_checkpoint(model, CHECKPOINT_DIR / f"{name}.pt")
    return {**recipe, "schedule": "onecycle", **record, "torch": torch.__version__, "machine": platform.machine()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=sorted(RECIPES), help=f"which ones (default: all of {sorted(RECIPES)})")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's choice; 1 is "
                        "faster on a machine that other jobs keep busy)")
    parser.add_argument("--measure", action="store_true", help="do not train: re-measure the existing checkpoints")
    args = parser.parse_args()
    setup_tool(args.threads)
    train_images, train_labels = mnist_tensors("train")
    test_images, test_labels = mnist_tensors("test")
    CHECKPOINT_DIR.mkdir(exist_ok=True)
    for name in args.names:
        record = {} if args.measure else train(name, train_images, train_labels, test_images)
        result = measure_shipped(name, test_images, test_labels)
        # re-read: another run may have written other entries meanwhile
        metrics = json.loads(METRICS_FILE.read_text()) if METRICS_FILE.is_file() else {}
        metrics[name] = {**metrics.get(name, {}), **record, **result}
        METRICS_FILE.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n")
        size = (CHECKPOINT_DIR / f"{name}.pt").stat().st_size / 1e6
        print(f"{name}: {', '.join(f'{key} {value}' for key, value in result.items())}; {size:.2f} MB", flush=True)


if __name__ == "__main__":
    main()
