"""The student release is exactly what nbgrader makes of solutions/, and nbgrader validates both ways."""

import filecmp
import shutil
import subprocess

import nbformat
import pytest
from conftest import ROOT

from vaecourse.release import assignments, generate

ASSIGNMENTS = assignments(ROOT)


def nbgrader(*args, cwd=ROOT):
    return subprocess.run(["nbgrader", *args], cwd=cwd, capture_output=True, text=True, stdin=subprocess.DEVNULL)


def test_course_matches_a_fresh_generation(tmp_path):
    for name in ("solutions", "grading_config.py", "nbgrader_config.py", "pyproject.toml"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, tmp_path / name)
    generate(tmp_path)
    for assignment in ASSIGNMENTS:
        fresh = tmp_path / "course" / assignment / f"{assignment}.ipynb"
        committed = ROOT / "course" / assignment / f"{assignment}.ipynb"
        assert filecmp.cmp(fresh, committed, shallow=False), f"course/ is stale: run `make release` ({assignment})"
    committed_assignments = sorted(p.name for p in (ROOT / "course").iterdir() if p.is_dir())
    assert committed_assignments == ASSIGNMENTS, "course/ holds notebooks that solutions/ does not"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_solution_passes_nbgrader_validate(assignment):
    result = nbgrader("validate", f"solutions/{assignment}/{assignment}.ipynb")
    assert "Success! Your notebook passes all the tests." in result.stdout, result.stdout + result.stderr
    assert "cannot be converted to" not in result.stdout, "a check cell leaves a value that nbgrader reads as a score"


@pytest.mark.parametrize("assignment", ASSIGNMENTS)
def test_every_stub_fails_its_checks(assignment):
    result = nbgrader("validate", "--invert", f"course/{assignment}/{assignment}.ipynb")
    assert "Success! The notebook does not pass any tests." in result.stdout, result.stdout + result.stderr


def test_release_has_stubs_and_no_solutions_or_hidden_tests():
    for assignment in ASSIGNMENTS:
        notebook = nbformat.read(ROOT / "course" / assignment / f"{assignment}.ipynb", as_version=4)
        text = "\n".join(cell.source for cell in notebook.cells)
        assert 'raise NotImplementedError("Exercise not done yet' in text
        for marker in ("BEGIN SOLUTION", "END SOLUTION", "BEGIN HIDDEN TESTS"):
            assert marker not in text, f"{assignment}: the release contains {marker}"


def test_solutions_are_committed_without_outputs():
    for assignment in ASSIGNMENTS:
        notebook = nbformat.read(ROOT / "solutions" / assignment / f"{assignment}.ipynb", as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, f"{assignment}: cell {cell.id} has output"
