"""Cached results of the two studies of notebook 07: the beta study and the architecture study.

A full sweep trains 16 VAEs on all of MNIST: too long for a notebook on a laptop CPU. The project's own
script, tools/run_studies.py, trains them once and stores what the notebook shows (no model weights):

    beta_study.pt          MLP VAE (784-400-latent), latent 10, beta in BETAS, 10 epochs each
    architecture_study.pt  dense (dense_vae, 784-400-d) and convolutional (the ConvEncoder and ConvDecoder of
                           notebooks 02-03 at their default widths) VAEs,
                           latent size in LATENT_SIZES, beta = 1, 6 epochs each (conv epochs are slow)

The epochs, learning rate and versions are in the file's "settings".

Each file holds {"settings": {...}, "runs": [run, ...]}; every run is a dict with
    "beta", "architecture" ("dense" or "conv"), "latent_dim", "parameters", "epochs", "train_seconds",
    "test_total", "test_reconstruction", "test_kl"   floats, nats per image on the 10,000 test images
                                                    (single-sample ELBO at beta = 1, whatever the training beta),
    "kl_per_unit"      (latent_dim,) float32: the KL of each latent unit, averaged over the test images,
    "mu"               (1000, latent_dim) float32: the encoder means of the first 1,000 test images,
    "samples"          (16, 1, 28, 28) float32 in [0, 1]: decoded means of z ~ N(0, I), the same z for every run
                       of a study (fixed seed),
    "reconstructions"  (8, 1, 28, 28) float32 in [0, 1]: the first 8 test images decoded from their means,
    "history"          {"train_total": [...], "test_total": [...]}: the negative ELBO after each epoch, at the
                       training beta (the training value is the average over the epoch).
"""

import torch

from .training import shipped_file

STUDIES = ("beta_study", "architecture_study")
BETAS = (0.0, 0.5, 1.0, 2.0, 4.0, 10.0)
BETA_LATENT_DIM = 10
LATENT_SIZES = (2, 3, 5, 10, 50)
ARCHITECTURES = ("dense", "conv")


def load_study(name: str) -> dict:
    """The cached results of the study `name` ("beta_study" or "architecture_study"), tensors in float32."""
    path = shipped_file(name, STUDIES, "tools/run_studies.py")
    study = torch.load(path, map_location="cpu", weights_only=True)
    for run in study["runs"]:
        for key, value in run.items():
            if isinstance(value, torch.Tensor) and value.is_floating_point():
                run[key] = value.float()
    return study
