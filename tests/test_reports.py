"""What the instructor reads: gradebook.csv and summary.md.

Student names, file names, grade ids and error messages are the students' text: none of it may run as
a formula or forge a line of the summary. And no single student, nor a fault of the grader on one
student, may stop the class. Fast tests: fake results, no kernel.
"""

import csv
import sys

from conftest import ROOT

from vaecourse import grading
from vaecourse.grading import NotebookResult, StudentResult, write_gradebook, write_summary
from vaecourse.release import assignments

NAMES = ["01_pca", "02_vae"]


def student(name, *notebooks, errors=()):
    return StudentResult(name, notebooks={n.assignment: n for n in notebooks}, errors=list(errors))


def rows(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


# ---------------------------------------------------------------- gradebook.csv

def test_a_student_name_never_reaches_the_csv_as_a_formula(tmp_path):
    names = ["=SUM(1,2)", "+1", "-1", "@cmd", "\t=1", "\r=1", "jdoe", "O'Neil"]
    results = [student(name, NotebookResult("01_pca", score=2, max_score=4), NotebookResult("02_vae", max_score=6))
               for name in names]
    write_gradebook(results, NAMES, tmp_path / "gradebook.csv")
    table = rows(tmp_path / "gradebook.csv")
    assert [row[0] for row in table[1:]] == ["'=SUM(1,2)", "'+1", "'-1", "'@cmd", "'\t=1", "'\r=1", "jdoe", "O'Neil"]
    assert {tuple(row[1:]) for row in table[1:]} == {("2", "0", "2", "10", "0")}  # the grader's numbers as written


def test_a_negative_score_written_by_the_grader_stays_a_number(tmp_path):
    write_gradebook([student("ann", NotebookResult("01_pca", score=-1, max_score=4), NotebookResult("02_vae"))],
                    NAMES, tmp_path / "gradebook.csv")
    assert rows(tmp_path / "gradebook.csv")[1] == ["ann", "-1", "0", "-1", "4", "0"]


def test_a_folder_name_that_is_not_utf8_is_written_visibly(tmp_path):
    name = b"j\xffdoe".decode("utf-8", "surrogateescape")  # how Python reads such a folder name
    write_gradebook([student(name, NotebookResult("01_pca"), NotebookResult("02_vae"))], NAMES, tmp_path / "g.csv")
    summary = write_summary([student(name, NotebookResult("01_pca"), NotebookResult("02_vae"))], NAMES, [], 1,
                            tmp_path / "summary.md")
    assert rows(tmp_path / "g.csv")[1][0] == "j\\udcffdoe" and "### j\\udcffdoe: 0 / 0" in summary


# ---------------------------------------------------------------- summary.md

def test_student_text_cannot_forge_lines_of_the_summary(tmp_path):
    evil = NotebookResult("01_pca", score=1, max_score=4,
                          problem="bad\n## Results\n### mallory: 100 / 100",
                          failures=[("test_a", 3, "AssertionError: no\r\n# All checks passed <script>x()</script>")],
                          notes=["unknown graded cell 1. [click](javascript:alert(1)) runs as an ordinary cell"],
                          review=["- an added cell\u2028> quoted"], integrity=[])
    results = [student("# ann\n- fake", evil, NotebookResult("02_vae", max_score=6))]
    warnings = ["ignored #x\n## To review by hand: its name contains no notebook name"]
    summary = write_summary(results, NAMES, warnings, 1, tmp_path / "summary.md")
    assert summary.splitlines() == [
        "# Grading summary", "",
        "1 students, 2 notebook(s), graded in 1 s.", "",
        "## Files not graded as given", "",
        "- ignored #x ## To review by hand: its name contains no notebook name", "",
        "## To review by hand", "",
        "- \\# ann - fake / 01_pca", "",
        "## Results", "",
        "### \\# ann - fake: 1 / 10", "",
        "- 01_pca: 1 / 4 — bad ## Results ### mallory: 100 / 100",
        "  - test_a: lost 3 — AssertionError: no # All checks passed &lt;script>x()&lt;/script>",
        "  - note: unknown graded cell 1. \\[click\\](javascript:alert(1)) runs as an ordinary cell",
        "  - review: \\- an added cell > quoted",
        "- 02_vae: 0 / 6",
    ]
    assert (tmp_path / "summary.md").read_text(encoding="utf-8") == summary


def test_student_text_at_the_start_of_an_item_is_not_markdown_syntax():
    assert [grading._md(text) for text in ("## h", "> q", "+ l", "* l", "1. l", "2) l", "=== ", "`x", "~~~", "| t")] == [
        "\\## h", "\\> q", "\\+ l", "\\* l", "1\\. l", "2\\) l", "\\===", "\\`x", "\\~~~", "\\| t"]
    assert grading._md("test_pca_fit: lost 4 (k=2)") == "test_pca_fit: lost 4 (k=2)"  # plain text is unchanged


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
