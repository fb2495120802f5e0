"""The cached sweeps of notebook 07 (tools/run_studies.py): complete, consistent, and of the expected shape."""

import pytest
import torch

from vaecourse import studies


@pytest.fixture(scope="module", params=studies.STUDIES)
def study(request):
    return request.param, studies.load_study(request.param)


def test_every_run_has_its_results_in_float32(study):
    _, results = study
    assert results["settings"]["epochs"] >= 5
    for run in results["runs"]:
        d = run["latent_dim"]
        assert run["kl_per_unit"].shape == (d,) and run["mu"].shape == (1000, d)
        assert run["samples"].shape == (16, 1, 28, 28) and run["reconstructions"].shape == (8, 1, 28, 28)
        assert all(run[key].dtype == torch.float32 for key in ("kl_per_unit", "mu", "samples", "reconstructions"))
        assert 0 <= run["samples"].min() and run["samples"].max() <= 1
        assert run["test_total"] == pytest.approx(run["test_reconstruction"] + run["test_kl"], abs=0.01)
        assert run["kl_per_unit"].sum().item() == pytest.approx(run["test_kl"], rel=0.01, abs=0.1)


def test_beta_trades_kl_for_reconstruction():
    runs = sorted(studies.load_study("beta_study")["runs"], key=lambda run: run["beta"])
    assert [run["beta"] for run in runs] == list(studies.BETAS)
    kls = [run["test_kl"] for run in runs]
    reconstructions = [run["test_reconstruction"] for run in runs]
    assert kls == sorted(kls, reverse=True), f"KL must fall as beta rises: {kls}"
    assert reconstructions == sorted(reconstructions), f"reconstruction must worsen as beta rises: {reconstructions}"


def test_architecture_study_has_the_reference_shape():
    runs = studies.load_study("architecture_study")["runs"]
    by = {(run["architecture"], run["latent_dim"]): run for run in runs}
    assert set(by) == {(a, d) for a in studies.ARCHITECTURES for d in studies.LATENT_SIZES}
    for architecture in studies.ARCHITECTURES:
        row = [by[architecture, d] for d in studies.LATENT_SIZES]
        assert row[0]["test_reconstruction"] > row[-1]["test_reconstruction"], "reconstruction improves with latent size"
        assert row[0]["test_kl"] < row[-1]["test_kl"], "the KL grows with latent size"
    for d in studies.LATENT_SIZES:
        assert by["conv", d]["parameters"] < by["dense", d]["parameters"]
    for run in runs:  # the loss curves of notebook 07: one value per epoch, falling overall
        curves = run["history"]
        assert [len(curves[key]) for key in ("train_total", "test_total")] == [run["epochs"]] * 2
        assert curves["test_total"][-1] < curves["test_total"][0] and curves["test_total"][-1] == pytest.approx(
            run["test_total"], abs=1.5)
    conv_wins = sum(by["conv", d]["test_total"] < by["dense", d]["test_total"] for d in studies.LATENT_SIZES)
    assert conv_wins >= 4, "the conv VAE is better at (almost) every latent size"
