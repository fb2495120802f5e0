"""Every graded check fails on the mistake it exists to catch, and accepts other correct answers.

The catalogues live in tests/mutants/m<NN>_<name>.py: MISTAKES (each with the checks that must fail and
a phrase their message must contain, so the message names the mistake; every other check must pass, so
that a mistake is charged once) and ALTERNATIVES (correct answers written differently, which must pass
every check).
"""

import importlib
from pathlib import Path

import pytest
from conftest import ROOT
from notebook_runner import NotebookRun

CATALOGUES = [importlib.import_module(f"mutants.{p.stem}") for p in sorted((Path(__file__).parent / "mutants").glob("m*.py"))]
_runs = {}


def run_of(catalogue) -> NotebookRun:
    if catalogue.NOTEBOOK not in _runs:
        _runs[catalogue.NOTEBOOK] = NotebookRun(ROOT / "solutions" / catalogue.NOTEBOOK / f"{catalogue.NOTEBOOK}.ipynb")
    return _runs[catalogue.NOTEBOOK]


def _cases(kind):
    return [pytest.param(c, r, id=f"{c.NOTEBOOK}: {r.name}") for c in CATALOGUES for r in getattr(c, kind)]


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.NOTEBOOK)
def test_solution_passes_every_check(catalogue):
    failed = {check: message for check, message in run_of(catalogue).outcomes.items() if message}
    assert not failed


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.NOTEBOOK)
def test_solution_passes_every_graded_check_whatever_the_secret_seed(catalogue):
    """The grader draws a new secret seed per run: a correct answer must pass on every draw, not on one."""
    run = run_of(catalogue)
    for secret in range(1, 6):
        failed = {check: message for check, message in run.graded_outcomes(secret).items() if message}
        assert not failed, f"secret {secret}: {failed}"


@pytest.mark.parametrize("catalogue", CATALOGUES, ids=lambda c: c.NOTEBOOK)
def test_every_answer_cell_has_a_catalogued_mistake(catalogue):
    assert run_of(catalogue).solutions <= {m.grade_id for m in catalogue.MISTAKES}


@pytest.mark.parametrize("catalogue, mistake", _cases("MISTAKES"))
def test_mistake_is_caught_and_named(catalogue, mistake):
    outcomes = run_of(catalogue).checks_with(mistake)
    for check, phrase in mistake.catches.items():
        if phrase is None:  # another check of the same function, which may or may not see the mistake
            continue
        assert outcomes[check], f"{check} passed although the answer {mistake.name!r} is wrong"
        assert phrase.lower() in outcomes[check].lower(), f"{check} failed without naming the mistake: {outcomes[check]}"
    # one mistake, one charge: every other check passes (a later check judges the student's own work only)
    charged_again = {check: message for check, message in outcomes.items() if message and check not in mistake.catches}
    assert not charged_again, f"the answer {mistake.name!r} also failed checks that do not target it: {charged_again}"


@pytest.mark.parametrize("catalogue, alternative", _cases("ALTERNATIVES"))
def test_correct_alternative_keeps_full_marks(catalogue, alternative):
    outcomes = run_of(catalogue).checks_with(alternative)
    assert not {check: message for check, message in outcomes.items() if message}
