"""What the instructor reads (gradebook.csv, summary.md) and what students read (feedback pages).

Student names, file names, grade ids, error messages and outputs are the students' text: none of it may
run as a formula, forge a line of the summary, or run a script in a browser. And no single student, nor
a fault of the grader on one student, may stop the class. Fast tests build fake results; one small run
of the real pipeline checks the feedback pages.
"""

import csv
import sys
import time
from html.parser import HTMLParser

import nbformat
import pytest
from conftest import ROOT

from vaecourse import grading
from vaecourse.grading import NotebookResult, StudentResult, safe_body, write_gradebook, write_summary
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
    assert {tuple(row[1:]) for row in table[1:]} == {("2", "0", "2", "10", "0", "", "")}  # the grader's numbers as written


def test_a_negative_score_written_by_the_grader_stays_a_number(tmp_path):
    write_gradebook([student("ann", NotebookResult("01_pca", score=-1, max_score=4), NotebookResult("02_vae"))],
                    NAMES, tmp_path / "gradebook.csv")
    assert rows(tmp_path / "gradebook.csv")[1] == ["ann", "-1", "0", "-1", "4", "0", "", ""]


def test_a_run_that_grades_part_of_the_class_merges_its_rows_into_the_earlier_csv(tmp_path):
    """Without a course: the other students' rows and the notebooks not graded again are kept, totals recomputed."""
    path, points = tmp_path / "gradebook.csv", {"01_pca": (4, 3), "02_vae": (6, 2)}  # (checks, written answers)
    write_gradebook([student("ann", NotebookResult("01_pca", score=4, max_score=4, manual_pending=3),
                             NotebookResult("02_vae", score=1, max_score=6, manual_pending=2, late=True)),
                     student("bob", NotebookResult("01_pca", max_score=4), NotebookResult("02_vae", max_score=6))],
                    NAMES, path, points)
    # then ann is graded again on 02_vae only, and cy, new, on 01_pca only
    write_gradebook([student("ann", NotebookResult("02_vae", score=6, max_score=6, manual_pending=2)),
                     student("cy", NotebookResult("01_pca", score=2, max_score=4))], NAMES, path, points)
    assert rows(path) == [["student", "01_pca", "02_vae", "total", "max", "manual_pending", "late", "not_submitted"],
                          ["ann", "4", "6", "10", "10", "5", "", ""],
                          ["bob", "0", "0", "0", "10", "0", "", ""],
                          ["cy", "2", "", "2", "4", "0", "", ""]]


def test_late_submissions_are_marked_in_the_csv_and_the_summary(tmp_path):
    results = [student("jdoe", NotebookResult("01_pca", score=4, max_score=4, late=True), NotebookResult("02_vae", max_score=6)),
               student("ann", NotebookResult("01_pca", max_score=4), NotebookResult("02_vae", max_score=6))]
    write_gradebook(results, NAMES, tmp_path / "gradebook.csv")
    assert [row[-2] for row in rows(tmp_path / "gradebook.csv")] == ["late", "01_pca", ""]
    summary = write_summary(results, NAMES, [], 1, tmp_path / "summary.md")
    assert "- 01_pca: 4 / 4 (submitted LATE)" in summary and summary.count("LATE") == 1


def test_notebooks_not_submitted_are_named_in_the_csv_and_kept_by_the_next_run(tmp_path):
    path, points = tmp_path / "gradebook.csv", {"01_pca": (4, 0), "02_vae": (6, 0)}
    write_gradebook([student("ben", NotebookResult("01_pca", max_score=4, problem="not submitted"),
                             NotebookResult("02_vae", score=3, max_score=6))], NAMES, path, points)
    write_gradebook([student("ann", NotebookResult("01_pca", score=1, max_score=4))], NAMES, path, points)
    assert rows(path) == [["student", "01_pca", "02_vae", "total", "max", "manual_pending", "late", "not_submitted"],
                          ["ben", "0", "3", "3", "10", "0", "", "01_pca"],
                          ["ann", "1", "", "1", "4", "0", "", ""]]


def test_collect_s_late_mark_reaches_the_results():
    result = student("jdoe", NotebookResult("01_pca"), NotebookResult("02_vae"))
    files = {"01_pca": grading.Submission(path=ROOT, source="jdoe_LATE_1_2_01_pca.ipynb", name="jdoe", late=True),
             "02_vae": grading.Submission(path=ROOT, source="jdoe_1_2_02_vae.ipynb", name="jdoe")}
    marked = grading._mark_late(result, files)
    assert (marked.notebooks["01_pca"].late, marked.notebooks["02_vae"].late) == (True, False)


def test_a_folder_name_that_is_not_utf8_is_written_visibly(tmp_path):
    name = b"j\xffdoe".decode("utf-8", "surrogateescape")  # how Python reads such a folder name
    write_gradebook([student(name, NotebookResult("01_pca"), NotebookResult("02_vae"))], NAMES, tmp_path / "g.csv")
    summary = write_summary([student(name, NotebookResult("01_pca"), NotebookResult("02_vae"))], NAMES, [], 1,
                            tmp_path / "summary.md")
    assert rows(tmp_path / "g.csv")[1][0] == "j\\udcffdoe"
    assert "### j\\\\udcffdoe: 0 / 0" in summary  # the backslash escaped for Markdown: it renders as j\udcffdoe


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
        "This run graded \\# ann - fake on 01_pca, 02_vae; gradebook.csv has the whole class, and feedback/ keeps the "
        "pages of what this run did not grade.", "",
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
    assert grading._md("\\[x\\](https://evil.example)") == "\\\\\\[x\\\\\\](https://evil.example)"  # no link either


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
    lines = []
    results = grading.grade_class(tmp_path, output, ROOT, workers=2, limits=grading.Limits(sandbox="none"),
                                  progress=lines.append)
    assert [r.student for r in results] == ["ann", "bob", "cy"]
    # a line to start, then one per notebook graded (bob's folder failed before any): the person waits, informed
    assert lines[0] == f"grading 3 student(s), {len(names)} notebook(s) each, 2 at a time (NOT SANDBOXED)"
    assert sorted(line.split(",")[0] for line in lines[1:]) == sorted(
        [f"ann {names[1]}: NOT GRADED (the grader failed: see summary.md)"]
        + [f"ann {name}: 1 / 2" for name in names if name != names[1]] + [f"cy {name}: 1 / 2" for name in names])
    table = {row[0]: row[1:] for row in rows(output / "gradebook.csv")}
    count = len(names)
    assert table["ann"] == ["1", "", *["1"] * (count - 2), f"{count - 1}", f"{2 * (count - 1)}", "0", "", ""]
    assert table["bob"] == [""] * count + ["0", "0", "0", "", ""]
    assert table["cy"] == ["1"] * count + [f"{count}", f"{2 * count}", "0", "", ""]
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


class LaggingWorker(grading.NbgraderWorker):
    """Its reader of the process's output hands on each piece late, as on a busy machine: the replies come first."""

    class Late:
        def __init__(self, stream):
            self.stream = stream

        def read1(self, size):
            piece = self.stream.read1(size)
            time.sleep(0.5)
            return piece

    def _drain(self, stream):
        super()._drain(self.Late(stream))


def test_a_students_nbgrader_process_runs_command_after_command_and_a_timeout_stops_only_its_command(tmp_path):
    """grade_student's NbgraderWorker: nbgrader's commands in one process; past a command's time limit that process is
    stopped (TimeoutExpired, as _nbgrader), and the next command starts a new one. What a command printed is its
    own, even when the reader of the output lags behind the reply."""
    worker = LaggingWorker(tmp_path)
    try:
        with pytest.raises(grading.subprocess.TimeoutExpired):
            worker.run(["--version"], 0.01)  # importing nbgrader alone takes longer
        assert worker.process is None
        first = worker.run(["--version"], 120)
        process = worker.process
        second = worker.run(["autograde"], 120)  # no assignment named: nbgrader exits with 1
        assert worker.process is process  # the same process
        assert first.returncode == 0 and "nbgrader version" in first.stderr  # printed: read like a subprocess's output
        assert second.returncode == 1 and "An assignment id must be specified" in second.stdout  # its log
    finally:
        worker.close()
    assert worker.process is None and process.poll() is not None


# ---------------------------------------------------------------- feedback pages

ATTACKS = {
    "script": ("<p>hi</p><script>alert('x')</script>", "<p>hi</p>"),
    "handler": ('<img src="a.png" onerror="alert(1)"><b onmouseover="alert(2)">b</b>', '<img src="a.png"><b>b</b>'),
    "iframe": ('<iframe src="https://evil.example"></iframe><object data="x.swf"></object><embed src="x">e', "e"),
    "javascript url": ('<a href="javascript:alert(1)">a</a><a href=" JaVaScRiPt:alert(1)">b</a>',
                       '<a rel="noopener noreferrer">a</a><a rel="noopener noreferrer">b</a>'),
    "data link": ('<a href="data:text/html;base64,PHNjcmlwdD4=">d</a>', '<a rel="noopener noreferrer">d</a>'),
    "style": ('<style>body{display:none}</style><div style="position:fixed">s</div>', "<div>s</div>"),
    "form": ('<form action="https://evil.example"><input name="password"></form>f', "f"),
    "svg": ("<svg><script>alert(1)</script></svg>s", "s"),
}


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_feedback_html_keeps_nothing_that_runs(attack):
    html, expected = ATTACKS[attack]
    assert safe_body(html) == expected


def test_feedback_html_keeps_what_a_reader_needs():
    honest = ('<h1 id="The-ELBO">The ELBO<a class="anchor-link" href="#The-ELBO">¶</a></h1>'
              "<p>$\\mathrm{KL}(q \\| p) &lt; \\infty$</p><a name=\"test_center\"></a>"
              '<div class="highlight"><pre><span class="n">x</span></pre></div>'
              '<img src="data:image/png;base64,iVBORw0KGgo=" width="30"><table><tr><td>1</td></tr></table>')
    assert safe_body(honest) == honest.replace('href="#The-ELBO">', 'href="#The-ELBO" rel="noopener noreferrer">').replace(
        '<a name="test_center">', '<a name="test_center" rel="noopener noreferrer">').replace(
        "<table><tr>", "<table><tbody><tr>").replace("</tr></table>", "</tr></tbody></table>")


HTML_OUTPUT = ("<b>bold</b><script>alert('html')</script><img src=x onerror=\"alert('img')\">"
               "<iframe src='https://evil.example'></iframe><a href='javascript:alert(1)'>link</a>")


def tiny_course(folder):
    """A course of one notebook, `fb`: maths in prose, an answer, a check that passes, one that fails, a written answer."""
    def graded(cell, grade_id, points=None, solution=False, locked=False):
        cell.metadata["nbgrader"] = {"grade": points is not None, "grade_id": grade_id, "locked": locked,
                                     "solution": solution, "schema_version": 3, **({"points": points} if points else {})}
        return cell

    cells = [
        graded(nbformat.v4.new_markdown_cell("# Feedback\n\nThe ELBO: $\\log p(x) \\ge \\mathbb{E}_q[\\log p(x|z)]$"),
               "intro", locked=True),
        graded(nbformat.v4.new_code_cell("### BEGIN SOLUTION\ndef double(x):\n    return 2 * x\n### END SOLUTION"),
               "answer", solution=True),
        graded(nbformat.v4.new_code_cell("assert double(2) == 4, 'double(2) must be 4'\nprint('double works')"),
               "test_double", points=1, locked=True),
        graded(nbformat.v4.new_code_cell("assert double(3) == 7, f'double(3) returned {double(3)}, not 7'"),
               "test_seven", points=1, locked=True),
        graded(nbformat.v4.new_markdown_cell("YOUR ANSWER HERE"), "written", points=1, solution=True),
    ]
    notebook = nbformat.v4.new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "language": "python",
                                                                              "display_name": "Python 3"}})
    root = folder / "root"
    for kind in ("solutions", "course"):
        (root / kind / "fb").mkdir(parents=True)
        nbformat.write(notebook, root / kind / "fb" / "fb.ipynb")
    (root / "grading_config.py").write_text((ROOT / "grading_config.py").read_text())
    return root, notebook


@pytest.fixture(scope="module")
def feedback(tmp_path_factory):
    """One student's feedback page, after a real (sandboxed when possible) grading run of `fb`."""
    folder = tmp_path_factory.mktemp("feedback")
    root, notebook = tiny_course(folder)
    eve = nbformat.from_dict(notebook)
    eve.cells[1].source = ("def double(x):\n    return 2 * x\n\nfrom IPython.display import HTML, Javascript, display\n"
                           f"display(HTML({HTML_OUTPUT!r}))\ndisplay(Javascript(\"alert('js')\"))")
    eve.cells[4].source = "It grows: $\\beta > 1$ <script>alert('md')</script><object data='x.swf'></object>"
    (folder / "submitted/eve/fb").mkdir(parents=True)
    nbformat.write(eve, folder / "submitted/eve/fb/fb.ipynb")
    output = folder / "grades"
    limits = grading.Limits.from_config(root, cell_timeout=60, notebook_timeout=300)
    grading.grade_class(folder, output, root, workers=1, limits=limits)
    return (output / "feedback/eve/fb.html").read_text(), output


def elements(html):
    """(tag, {attribute: value}) of every element of an HTML text, as a browser's parser finds them."""
    found = []

    class Collect(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, dict(attrs)))

    Collect().feed(html)
    return found


def test_feedback_page_of_a_hostile_student_runs_nothing(feedback):
    html, _ = feedback
    body = html.split("<body>", 1)[1]
    found = elements(body)
    assert {tag for tag, _ in found} & {"script", "iframe", "object", "embed", "style", "form", "svg", "base", "meta"} == set()
    assert [(tag, name) for tag, attrs in found for name in attrs if name.startswith("on")] == []
    assert [value for _, attrs in found for value in attrs.values()
            if (value or "").strip().lower().startswith(("javascript:", "data:text"))] == []
    assert "<b>bold</b>" in body  # harmless HTML in an output is kept


def test_feedback_page_still_shows_scores_checks_errors_and_maths(feedback):
    html, output = feedback
    head, body = html.split("<body>", 1)
    assert "mathjax" in head.lower() and "<style" in head  # nbgrader's CSS and MathJax are the template's own
    assert "fb (Score: 1.0 / 2.0)" in body  # out of the checks: no one has graded the written answer yet
    assert "Not graded yet: your instructor will grade this answer (1 point)." in body  # not nbgrader's 0.0 / 1.0
    assert "Score: 1.0 / 1.0" in body and "double works" in body  # the check that passed, and its output
    assert "Score: 0.0 / 1.0" in body and "double(3) returned 6, not 7" in body  # the error of the failed check
    assert "$\\log p(x) \\ge \\mathbb{E}_q[\\log p(x|z)]$" in body and "$\\beta &gt; 1$" in body  # TeX for MathJax
    assert rows(output / "gradebook.csv")[1] == ["eve", "1", "1", "2", "1", "", ""]
