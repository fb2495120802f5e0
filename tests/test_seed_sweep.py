"""tools/seed_sweep.py --margins: how near each comparison of the checks came to its tolerance, by its line."""

import sys
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import seed_sweep  # noqa: E402
from vaecourse import checks  # noqa: E402


def test_the_ratio_is_the_distance_in_units_of_the_tolerance():
    ratio = seed_sweep.Margins.ratio
    near = ratio(torch.tensor([1.0, 2.0]).double(), torch.tensor([1.0, 2.5]).double(), 0.1, 0.05)
    assert abs(near - 0.5 / (0.05 + 0.1 * 2.5)) < 1e-12, "the largest of |a - b| / (atol + rtol |b|)"
    assert ratio(torch.tensor([float("nan")]), torch.tensor([float("nan")]), 1e-5, 1e-8) == 0.0
    assert ratio(torch.tensor([float("nan")]), torch.tensor([1.0]), 1e-5, 1e-8) == float("inf")


def test_a_check_comparison_is_recorded_by_its_line_and_reported_when_near(monkeypatch, capsys):
    monkeypatch.setattr(torch, "allclose", torch.allclose)  # restored after the test, as install replaces them
    monkeypatch.setattr(checks, "_assert_close", checks._assert_close)
    margins = seed_sweep.Margins()
    margins.install()
    checks.expect_close(torch.tensor([1.0]), torch.tensor([1.0 + 1e-4]), "x")  # 1e-4 against 1e-5 + 1e-4: 0.9
    checks.expect_close(torch.tensor([1.0]), torch.tensor([1.0]), "x")
    assert torch.allclose(torch.ones(2), torch.ones(2)), "a comparison outside the checks is not theirs"
    (site, ratios), = margins.ratios.items()
    assert site.startswith("__init__.py:") and len(ratios) == 2 and 0.85 < max(ratios) < 0.95 and min(ratios) == 0.0
    margins.report()
    assert f"{site}: 1 of 2 comparisons" in capsys.readouterr().out
