"""Train the small pretrained models that ship with the course (vaecourse/checkpoints/).

    python tools/train_checkpoints.py                     # all of them (about 10 minutes on 2 idle cores)
    python tools/train_checkpoints.py mlp_vae_z20         # just one
    python tools/train_checkpoints.py --measure           # only re-measure the shipped files

Each model is trained on the 60,000 training images with vaecourse.training.fit (in-memory batches,
Adam with a one-cycle schedule, seed 0), stored as a float16 state dict, <name>.pt, and measured
*after* the float16 round trip on the 10,000 test images (single-sample negative ELBO, seeded noise,
vaecourse.training.evaluate). The metrics go to metrics.json; "subset_test_total" (the first 1,000 test
images, same seed) is what tests/test_training.py re-measures quickly.
"""

import argparse
import json
import platform
import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaecourse.training import (ARCHITECTURES, CHECKPOINT_DIR, METRICS_FILE, evaluate, fit,  # noqa: E402
                                load_pretrained, mnist_tensors, save_checkpoint)

# name -> training recipe; the architectures are vaecourse.training.ARCHITECTURES
RECIPES = {
    "mlp_vae_z2": dict(epochs=10, batch_size=128, lr=2e-3),
    "mlp_vae_z20": dict(epochs=30, batch_size=128, lr=2e-3),
    "conv_vae_z2": dict(epochs=4, batch_size=128, lr=2e-3),
    "conv_vae_z20": dict(epochs=5, batch_size=128, lr=2e-3),
}


def measure(name, test_images) -> dict:
    """Metrics of the checkpoint as shipped (float16 weights): the whole test set, and its first 1,000 images."""
    model = load_pretrained(name)
    result = {f"test_{key}": round(value, 3) for key, value in evaluate(model, test_images).items()}
    result["subset_test_total"] = round(evaluate(model, test_images[:1000])["total"], 3)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", default=sorted(RECIPES), help=f"which ones (default: all of {sorted(RECIPES)})")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's choice; 1 is "
                        "faster on a machine that other jobs keep busy)")
    parser.add_argument("--measure", action="store_true", help="do not train: re-measure the existing checkpoints")
    args = parser.parse_args()
    if args.threads:
        torch.set_num_threads(args.threads)
    train_images, _ = mnist_tensors("train")
    test_images, _ = mnist_tensors("test")
    CHECKPOINT_DIR.mkdir(exist_ok=True)
    metrics = json.loads(METRICS_FILE.read_text()) if METRICS_FILE.is_file() else {}
    for name in args.names:
        if args.measure:
            if name in metrics:
                metrics[name].update(measure(name, test_images))
                METRICS_FILE.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n")
            continue
        recipe = RECIPES[name]
        torch.manual_seed(0)
        model = ARCHITECTURES[name]()
        history = fit(model, train_images, test_images, schedule="onecycle", seed=0, progress=False,
                      on_epoch=lambda epoch, h: print(f"  {name} epoch {epoch + 1}: test {h['test_total'][-1]:.2f} "
                                                      f"({h['seconds'][-1]:.0f} s)", flush=True),
                      **recipe)
        save_checkpoint(model, CHECKPOINT_DIR / f"{name}.pt")
        result = measure(name, test_images)
        metrics[name] = {
            **result,
            **recipe, "schedule": "onecycle", "train_seconds": round(history["seconds"][-1], 1),
            "test_total_per_epoch": [round(value, 2) for value in history["test_total"]],
            "torch": torch.__version__, "machine": platform.machine(),
        }
        METRICS_FILE.write_text(json.dumps(metrics, indent=1, sort_keys=True) + "\n")
        print(f"{name}: test NELBO {result['test_total']:.2f} nats (reconstruction {result['test_reconstruction']:.2f}, "
              f"KL {result['test_kl']:.2f}) after {recipe['epochs']} epochs, {history['seconds'][-1]:.0f} s; "
              f"{(CHECKPOINT_DIR / f'{name}.pt').stat().st_size / 1e6:.2f} MB", flush=True)


if __name__ == "__main__":
    main()
