"""What the instructor reads: gradebook.csv and summary.md.

No single student, nor a fault of the grader on one student, may stop the class. Fast tests: fake
results, no kernel.
"""

import csv
import sys

from conftest import ROOT

from vaecourse import grading
from vaecourse.grading import NotebookResult
from vaecourse.release import assignments


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


# ---------------------------------------------------------------- a fault of the grader stops one student only

def test_the_grader_failing_on_a_notebook_or_a_student_does_not_stop_the_class(tmp_path, monkeypatch):
    names = assignments(ROOT)
    for name in ("ann", "bob", "cy"):
        path = tmp_path / "submitted" / name / names[0] / f"{names[0]}.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text("{}")
    template = tmp_path / "template.db"
    template.write_text("")

    def grade_notebook(student, assignment, *args):
        if student == "ann" and assignment == names[1]:
            raise KeyError("no grade cell")
        return NotebookResult(assignment, score=1, max_score=2)

    def install_kernelspec(folder, settings):
        if folder.name == "bob":
            raise OSError("disk full")
        return {}

    monkeypatch.setattr(grading, "build_template", lambda root, scratch: template)
    monkeypatch.setattr(grading, "_grade_notebook", grade_notebook)
    monkeypatch.setattr(grading.sandbox, "install_kernelspec", install_kernelspec)
    output = tmp_path / "grades"
    results = grading.grade_class(tmp_path, output, ROOT, workers=2, limits=grading.Limits(sandbox="none"))
    assert [r.student for r in results] == ["ann", "bob", "cy"]
    table = {row[0]: row[1:] for row in rows(output / "gradebook.csv")}
    count = len(names)
    assert table["ann"] == ["1", "", *["1"] * (count - 2), f"{count - 1}", f"{2 * (count - 1)}", "0"]
    assert table["bob"] == [""] * count + ["0", "0", "0"]
    assert table["cy"] == ["1"] * count + [f"{count}", f"{2 * count}", "0"]
    summary = (output / "summary.md").read_text()
    assert summary.split("## Results")[0].endswith(
        "## Not graded: the grader failed (grade these again)\n\n"
        f"- ann: {names[1]} was not graded: KeyError: 'no grade cell'\n"
        "- bob: the grader failed on this student: OSError: disk full\n\n")
    assert "### bob: 0 / 0\n\n- NOT GRADED: the grader failed on this student: OSError: disk full\n\n###" in summary


def test_output_that_is_not_utf8_does_not_stop_the_grader(tmp_path, monkeypatch):
    """The student's kernel shares nbgrader's stdout: a byte that is not UTF-8 must not raise here."""
    fake = tmp_path / "bin" / "nbgrader"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nprintf 'ok \\377\\376 done\\n'\nprintf 'err \\200\\n' >&2\n")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "bin" / "python"))  # _nbgrader puts its folder first on PATH
    ran = grading._nbgrader(["autograde"], tmp_path, 30)
    assert (ran.returncode, ran.stdout, ran.stderr) == (0, "ok \ufffd\ufffd done\n", "err \ufffd\n")
