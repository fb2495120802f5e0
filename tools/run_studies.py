"""Run the two sweeps of notebook 07 and cache their results in vaecourse/checkpoints/ (see vaecourse.studies).

    python tools/run_studies.py                        # both studies (about 10 minutes on 2 idle cores)
    python tools/run_studies.py beta_study --epochs 2  # one study, a quick look
    python tools/run_studies.py architecture_study --architectures conv  # re-run the conv runs only

Every VAE is trained like the shipped checkpoints (vaecourse.training.fit: in-memory batches, Adam with a
one-cycle schedule at 2e-3, batch 128, seed 0) and measured on the 10,000 test images. Only results are
stored, in float16 (the notebook converts back), with each model's loss per epoch: no weights, so the files stay
small.
"""

import argparse
import platform
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaecourse.models import ConvDecoder, ConvEncoder, VAE, dense_vae, kl_per_unit  # noqa: E402
from vaecourse.runtime import setup_tool  # noqa: E402
from vaecourse.studies import ARCHITECTURES, BETA_LATENT_DIM, BETAS, LATENT_SIZES, STUDIES  # noqa: E402
from vaecourse.training import CHECKPOINT_DIR, evaluate, fit, mnist_tensors  # noqa: E402

# The dense VAE of notebooks 04-05 (784-400-d) and the convolutional encoder and decoder of notebooks 02
# and 03 at their default widths.
BUILDERS = {"dense": dense_vae,
            "conv": lambda latent_dim: VAE(ConvEncoder(latent_dim), ConvDecoder(latent_dim), latent_dim)}
# Epochs per model. The architecture study trains 10 models, 5 of them convolutional (several times slower
# per epoch on a CPU): fewer epochs, the same for both architectures, so the comparison stays fair.
EPOCHS = {"beta_study": 10, "architecture_study": 6}


@torch.no_grad()
def describe(model, test_images, prior_z) -> dict:
    """What a study keeps of a trained VAE: test metrics at beta = 1 and a few tensors (float16)."""
    metrics = evaluate(model, test_images)
    mu, logvar = model.encoder(test_images)
    return {
        **{f"test_{key}": round(value, 3) for key, value in metrics.items()},
        "kl_per_unit": kl_per_unit(mu, logvar).half(),
        "mu": mu[:1000].half(),
        "samples": torch.sigmoid(model.decoder(prior_z)).half(),
        "reconstructions": torch.sigmoid(model.decoder(mu[:8])).half(),
    }


def run(architecture, latent_dim, beta, epochs, train_images, test_images) -> dict:
    torch.manual_seed(0)
    model = BUILDERS[architecture](latent_dim=latent_dim)
    history = fit(model, train_images, test_images, epochs, lr=2e-3, schedule="onecycle", beta=beta, progress=False)
    prior_z = torch.randn(16, latent_dim, generator=torch.Generator().manual_seed(1))
    result = {"architecture": architecture, "latent_dim": latent_dim, "beta": beta, "epochs": epochs,
              "parameters": sum(p.numel() for p in model.parameters()),
              "train_seconds": round(history["seconds"][-1], 1),
              # the loss curves: per epoch, at the training beta (fit's history)
              "history": {key: [round(value, 3) for value in history[key]] for key in ("train_total", "test_total")},
              **describe(model, test_images, prior_z)}
    assert torch.allclose(result["kl_per_unit"].float().sum(), torch.tensor(result["test_kl"]), rtol=1e-2, atol=0.1)
    print(f"  {architecture} latent {latent_dim} beta {beta}: test NELBO {result['test_total']:.2f} "
          f"(reconstruction {result['test_reconstruction']:.2f}, KL {result['test_kl']:.2f}), "
          f"{result['train_seconds']:.0f} s", flush=True)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("studies", nargs="*", default=list(STUDIES), choices=STUDIES)
    parser.add_argument("--epochs", type=int, help=f"epochs per model (default: {EPOCHS})")
    parser.add_argument("--architectures", nargs="+", choices=ARCHITECTURES,
                        help="re-run only these architectures and keep the other runs of the cached file")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (default: torch's choice)")
    args = parser.parse_args()
    setup_tool(args.threads)
    train_images, _ = mnist_tensors("train")
    test_images, _ = mnist_tensors("test")
    plans = {
        "beta_study": [("dense", BETA_LATENT_DIM, beta) for beta in BETAS],
        "architecture_study": [(architecture, size, 1.0) for architecture in ARCHITECTURES for size in LATENT_SIZES],
    }
    for study in args.studies:
        started = time.perf_counter()
        epochs = args.epochs or EPOCHS[study]
        chosen = args.architectures or ARCHITECTURES
        kept = {}
        if args.architectures:
            cached = torch.load(CHECKPOINT_DIR / f"{study}.pt", weights_only=True)
            if cached["settings"]["epochs"] != epochs:
                raise SystemExit(f"{study} was cached with {cached['settings']['epochs']} epochs, not {epochs}")
            kept = {(r["architecture"], r["latent_dim"], r["beta"]): r for r in cached["runs"]}
        runs = [run(*plan, epochs, train_images, test_images) if plan[0] in chosen else kept[plan]
                for plan in plans[study]]
        settings = {"epochs": epochs, "batch_size": 128, "lr": 2e-3, "schedule": "onecycle",
                    "torch": str(torch.__version__), "machine": platform.machine()}
        torch.save({"settings": settings, "runs": runs}, CHECKPOINT_DIR / f"{study}.pt")
        print(f"{study}: {len(runs)} models in {time.perf_counter() - started:.0f} s; "
              f"{(CHECKPOINT_DIR / f'{study}.pt').stat().st_size / 1e6:.2f} MB", flush=True)


if __name__ == "__main__":
    main()
