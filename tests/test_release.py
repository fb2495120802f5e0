"""The student release is exactly what nbgrader makes of solutions/.

That the solutions get every point and the untouched stubs none, through nbgrader and the course's grader, is
proved once, by the graded class of test_grading.py (ada and cy), not again here with `nbgrader validate`.
"""

import filecmp
import shutil

import nbformat
import pytest
from conftest import ROOT

from vaecourse.release import ExecutionFailed, assignments, execute, generate

ASSIGNMENTS = assignments(ROOT)


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


def _tiny_course(root, **cells):
    """A course folder whose solutions are one-cell notebooks: {assignment: the cell's code}."""
    for assignment, code in cells.items():
        notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
        (root / "solutions" / assignment).mkdir(parents=True)
        nbformat.write(notebook, root / "solutions" / assignment / f"{assignment}.ipynb")


def test_executing_the_solutions_reuses_what_ran_and_a_failure_is_one_line_that_says_what_to_do(tmp_path, capsys):
    _tiny_course(tmp_path, **{"01_fine": "print('ran')", "02_broken": "raise ValueError('boom')",
                              "03_slow": "import time; time.sleep(30)"})
    output = tmp_path / "executed"
    with pytest.raises(ExecutionFailed) as failed:
        execute(tmp_path, output)
    assert str(failed.value) == (f"02_broken, cell 1 of 1 (\"raise ValueError('boom')\") failed: ValueError: boom; see "
                                 f"{output}/02_broken.failed.ipynb, fix solutions/02_broken, then make course again "
                                 f"(what passed is reused)")
    assert (output / "02_broken.failed.ipynb").is_file() and not (output / "02_broken.ipynb").exists()
    assert nbformat.read(output / "01_fine.ipynb", as_version=4).cells[0].outputs[0].text == "ran\n"

    capsys.readouterr()
    with pytest.raises(ExecutionFailed) as failed:
        execute(tmp_path, output, timeout=2, only=["01_fine", "03_slow"])
    assert "reused" in capsys.readouterr().out  # 01_fine did not run again
    assert str(failed.value).startswith("03_slow, cell 1 of 1 ('import time; time.sleep(30)') took longer than 2 s: "
                                        "on a busy machine, raise the limit: make course CELL_TIMEOUT=seconds")

    (tmp_path / "solutions/01_fine/01_fine.ipynb").write_text(
        (tmp_path / "solutions/01_fine/01_fine.ipynb").read_text().replace("'ran'", "'changed'"))
    execute(tmp_path, output, only=["01_fine"])  # its solution changed: it runs again
    assert nbformat.read(output / "01_fine.ipynb", as_version=4).cells[0].outputs[0].text == "changed\n"
