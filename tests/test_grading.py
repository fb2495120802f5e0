"""The grading pipeline end to end (real nbgrader, real kernels) and its pieces."""

import copy
import csv
import io
import re
import shutil

import nbformat
import pytest
from conftest import ROOT
from mutants.m01_pca import MISTAKES

from vaecourse.grading import (DEMONSTRATION_NOTE, HideHiddenTests, Limits, _nbgrader, _progress_bar, _with_bar, _write_config,
                               grade_class, main)
from vaecourse.release import assignments, demo, fill_solutions

ASCENDING = next(m for m in MISTAKES if m.name == "ascending eigenvalues")


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """The demo class (ada complete, ben half, cy untouched, dee corrupt) plus eve, who forgot to sort, and fay, who
    hands in 01 as released. ben hands in 01 only: ada proves that every solution gets every point and cy that every
    stub fails every check, on every notebook; a half-done student is needed on one notebook only. cy's notebooks
    get a scratch cell of his own, so that they run: fay's, as released, is scored 0 without a kernel, and cy's
    run is what proves that score right."""
    folder = tmp_path_factory.mktemp("class")
    demo(ROOT, folder / "submitted")
    shutil.copytree(folder / "submitted/cy/01_pca", folder / "submitted/fay/01_pca")
    for path in (folder / "submitted/cy").glob("*/*.ipynb"):
        notebook = nbformat.read(path, as_version=4)
        notebook.cells.append(nbformat.v4.new_code_cell("# to try things later"))
        nbformat.write(notebook, path)
    for notebook in (folder / "submitted/ben").iterdir():
        if notebook.name != "01_pca":
            shutil.rmtree(notebook)
    release = nbformat.read(ROOT / "course/01_pca/01_pca.ipynb", as_version=4)
    solution = nbformat.read(ROOT / "solutions/01_pca/01_pca.ipynb", as_version=4)
    eve = fill_solutions(release, solution)
    next(c for c in eve.cells if c.metadata.get("nbgrader", {}).get("grade_id") == "pca_fit").source = ASCENDING.source
    (folder / "submitted/eve/01_pca").mkdir(parents=True)
    nbformat.write(eve, folder / "submitted/eve/01_pca/01_pca.ipynb")
    output = folder / "grades"
    grade_class(folder, output, ROOT, course=folder / "course")
    with (output / "gradebook.csv").open() as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    print((output / "summary.md").read_text())  # shown by pytest when a test of this class fails
    return output, rows


@pytest.fixture
def class_copy(graded_class, tmp_path):
    """The graded class's reports and course folder, copied: a test that grades by hand or grades again changes its
    own copy, never what the other tests read. Returns (output, course, rows of the class's gradebook.csv)."""
    output, rows = graded_class
    shutil.copytree(output, tmp_path / "grades")
    shutil.copytree(output.parent / "course", tmp_path / "course", symlinks=True)
    _write_config(tmp_path / "course", ROOT)  # nbgrader's commands then work on the copy, not on the class's folder
    return tmp_path / "grades", tmp_path / "course", rows


def test_gradebook_has_one_row_per_student_with_exact_scores(graded_class):
    _, rows = graded_class
    scores = {student: row["01_pca"] for student, row in rows.items()}
    assert scores == {
        "ada": "20",  # the solution, submitted as a student: every automatic point
        "ben": "10",  # first four exercises: 2 + 2 + 2 + 4
        "cy": "0",  # the untouched release scores nothing
        "dee": "0",  # corrupt file: graded as 0, not a crash
        "eve": "16",  # ascending eigenvalues: loses test_pca_fit (4), once (test_mse_curve uses the course's pca_fit)
        "fay": "0",  # the release as it was handed out: not run
    }
    # ada solved every notebook: her total is the maximum, so every solution passes every check, hidden tests
    # included, and no check cell leaves a value nbgrader would read as a score; cy handed in every release untouched:
    # every stub fails every check of its notebook. eve only submitted 01.
    assert rows["ada"]["total"] == rows["ada"]["max"] and float(rows["eve"]["total"]) == 16
    assert {rows["cy"][assignment] for assignment in assignments(ROOT)} == {"0"} and float(rows["cy"]["total"]) == 0
    assert float(rows["ada"]["manual_pending"]) >= 3  # written answers wait for a person


def test_demonstrations_nothing_graded_reads_are_left_out_and_the_solution_keeps_every_point(graded_class):
    output, rows = graded_class
    assert rows["ada"]["total"] == rows["ada"]["max"]
    for assignment in assignments(ROOT):
        notebook = nbformat.read(output.parent / "course/autograded/ada" / assignment / f"{assignment}.ipynb", 4)
        left_out = [cell for cell in notebook.cells if cell.cell_type == "code"
                    and any(DEMONSTRATION_NOTE in output.get("text", "") for output in cell.outputs)]
        ran = [cell for cell in notebook.cells if cell.cell_type == "code" and cell.execution_count]
        assert left_out and ran, assignment


def test_summary_says_what_failed_and_why(graded_class):
    output, _ = graded_class
    summary = (output / "summary.md").read_text()
    assert "- 01_pca: 0 / 20 — 01_pca.ipynb is not a valid notebook" in summary
    assert "test_pca_fit: lost 4" in summary and "descending order" in summary
    assert "not answered yet" in summary and "written answer missing" in summary


def test_a_notebook_handed_in_as_released_is_scored_without_a_kernel(graded_class):
    output, rows = graded_class
    course = output.parent / "course"
    fay = nbformat.read(course / "autograded/fay/01_pca/01_pca.ipynb", as_version=4)
    checks = [cell for cell in fay.cells if cell.metadata.get("nbgrader", {}).get("grade") and cell.cell_type == "code"
              and not cell.metadata["nbgrader"].get("solution")]
    assert checks and all([o.ename for o in c.outputs] == ["NotAnswered"] for c in checks)
    assert not any(cell.get("execution_count") for cell in fay.cells if cell.cell_type == "code")  # nothing ran
    cy = nbformat.read(course / "autograded/cy/01_pca/01_pca.ipynb", as_version=4)
    assert any(cell.get("execution_count") for cell in cy.cells if cell.cell_type == "code")  # cy's copy did run
    assert "not answered (the notebook's code is the release's" in (output / "summary.md").read_text()
    assert "NotAnswered" in (output / "feedback/fay/01_pca.html").read_text()


def test_feedback_shows_results_but_not_hidden_tests(graded_class):
    output, _ = graded_class
    for student in ("ada", "ben", "cy", "eve"):
        html = (output / "feedback" / student / "01_pca.html").read_text()
        assert "BEGIN HIDDEN TESTS" not in html and "torch.linalg.eigvalsh" not in html
    assert "descending order" in (output / "feedback" / "eve" / "01_pca.html").read_text()
    assert not (output / "feedback" / "dee").exists()


def test_hidden_tests_and_their_tracebacks_are_removed_from_feedback():
    cell = nbformat.v4.new_code_cell("visible()\n### BEGIN HIDDEN TESTS\nsecret()\n### END HIDDEN TESTS\n")
    cell.outputs = [nbformat.v4.new_output("error", ename="AssertionError", evalue="did you centre?",
                                           traceback=["line 3: secret()"])]
    cleaned, _ = HideHiddenTests().preprocess_cell(cell, {}, 0)
    assert "secret" not in cleaned.source and "visible()" in cleaned.source
    assert cleaned.outputs[0].traceback == ["AssertionError: did you centre?"]


def test_review_flags_answers_that_use_the_course_reference():
    import inspect

    from vaecourse import models, training
    from vaecourse.grading import reference_copies

    assert reference_copies("from vaecourse.models import reparameterize\nz = reparameterize(mu, logvar)") == [
        "imports the course's reference code (vaecourse.models)"]
    assert reference_copies("from vaecourse import checks\nchecks.pca._reference_mse(1, 1, (2,))") == [
        "imports the course's reference code (vaecourse.checks)"]
    copied = inspect.getsource(training.initialise).replace('"""Re-initialise', '"""My own')  # a new docstring
    assert reference_copies(copied) == ["copies the course's own initialise"]
    # the package holds model answers word for word (one source): the same code is a copy only with its comments
    answer = inspect.getsource(models.DenseEncoder)
    assert reference_copies(answer) == ["copies the course's own DenseEncoder"]
    assert reference_copies(re.sub(r"  # .*", "", answer)) == []
    assert reference_copies(inspect.getsource(models.kl_per_unit)) == [], "one line without comments is no evidence"
    for path in sorted((ROOT / "solutions").glob("*/*.ipynb")):  # the model answers are the student's own code
        for cell in nbformat.read(path, as_version=4).cells:
            if cell.cell_type == "code" and cell.metadata.get("nbgrader", {}).get("solution"):
                written = re.sub(r"  # .*", "", cell.source)  # the package's comments would give away a copy
                assert reference_copies(written) == [], (path.name, cell.metadata["nbgrader"]["grade_id"])


# ---------------------------------------------------------------- the course's nbgrader state after grading

def course_gradebook(course):
    from nbgrader.api import Gradebook

    return Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course")


def test_results_land_in_the_course_gradebook_as_nbgrader_keeps_them(graded_class):
    output, rows = graded_class
    course = output.parent / "course"
    with course_gradebook(course) as gradebook:
        assert {a.name for a in gradebook.assignments} == {p.name for p in (ROOT / "solutions").iterdir()}
        scores = {s.student.id: s.score for s in gradebook.assignment_submissions("01_pca")}
        # dee's file was not a notebook: nothing for nbgrader to hold (the CSV gives her 0)
        assert scores == {"ada": 20, "ben": 10, "cy": 0, "eve": 16, "fay": 0}
        for assignment in ("05_training", "08_conditional_vae", "09_how_good"):
            assert gradebook.find_submission(assignment, "ada").score == float(rows["ada"][assignment])
        written = gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "ada")
        assert written.auto_score is None and written.needs_manual_grade  # waits for a person, in formgrader
    for step in ("submitted", "autograded", "feedback"):
        assert (course / step / "ada" / "01_pca").is_dir(), step
    assert (course / "autograded/eve/01_pca/01_pca.ipynb").is_file()


def test_hand_grading_export_and_regrading_one_student_keep_the_rest(class_copy, tmp_path):
    """What an instructor does next, with nbgrader's own tools: scores and a comment by hand (what formgrader's
    API writes), a due date, `nbgrader export`; then eve submits again, late, and only she is graded again."""
    output, course, _ = class_copy
    with course_gradebook(course) as gradebook:
        gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "ada").manual_score = 3
        eve = gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "eve")
        eve.manual_score = 1
        gradebook.find_comment("blurry_answer", "01_pca", "01_pca", "eve").manual_comment = "Say why."
        gradebook.db.commit()
    assert _nbgrader(["db", "assignment", "add", "01_pca", "--duedate=2026-01-05 12:00:00 UTC"], course, 300).returncode == 0
    exported = _nbgrader(["export", "--to", str(tmp_path / "export.csv")], course, 300)
    assert exported.returncode == 0, exported.stderr
    with (tmp_path / "export.csv").open() as handle:
        scores = {(r["student_id"], r["assignment"]): float(r["score"]) for r in csv.DictReader(handle)}
    assert scores[("ada", "01_pca")] == 23 and scores[("eve", "01_pca")] == 17  # automatic + by hand

    again = tmp_path / "again"
    eve_folder = again / "submitted/eve/01_pca"
    eve_folder.mkdir(parents=True)
    (eve_folder / "01_pca.ipynb").write_bytes((course / "submitted/eve/01_pca/01_pca.ipynb").read_bytes())
    (eve_folder / "timestamp.txt").write_text("2026-01-10 09:30:00.000000 UTC")  # five days late
    grade_class(again, output, ROOT, course=course)
    with (output / "gradebook.csv").open() as handle:
        table = {row["student"]: row for row in csv.DictReader(handle)}
    assert (table["eve"]["01_pca"], table["eve"]["late"]) == ("17", "01_pca")  # 16 automatic + 1 by hand, kept
    assert (table["ada"]["01_pca"], set(table)) == ("23", {"ada", "ben", "cy", "dee", "eve", "fay"})  # the whole class
    with course_gradebook(course) as gradebook:
        submission = gradebook.find_submission("01_pca", "eve")
        assert submission.total_seconds_late > 4 * 24 * 3600
        eve = gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "eve")
        assert eve.manual_score == 1 and eve.needs_manual_grade  # kept, and to be looked at again
        assert gradebook.find_comment("blurry_answer", "01_pca", "01_pca", "eve").manual_comment == "Say why."
        assert gradebook.find_submission("01_pca", "ada").score == 23  # the others are untouched
        assert gradebook.find_assignment("01_pca").duedate is not None
    feedback = _nbgrader(["generate_feedback", "01_pca", "--student", "eve", "--force"], course, 600)
    assert feedback.returncode == 0, feedback.stderr
    html = (course / "feedback/eve/01_pca/01_pca.html").read_text()
    assert "Say why." in html and "BEGIN HIDDEN TESTS" not in html


# ---------------------------------------------------------------- past one machine: a Dask cluster

def summary_by_notebook(text: str) -> dict:
    """{(student, notebook): its lines in the results of summary.md (its score, each check lost, notes), without
    the messages: a check that fails on a busy machine may fail by its time limit or by the kernel's silence."""
    blocks, student, key = {}, None, None
    for line in text.splitlines():
        if line.startswith("### "):
            student, key = line[4:].rsplit(":", 1)[0], None
        elif student and line.startswith("- ") and ":" in line:
            key = (student, line[2:].split(":", 1)[0])
            blocks[key] = [line.split(" — ")[0]]
        elif key and line.startswith("  - "):
            blocks[key].append(line.split(" — ")[0])
    return blocks


def test_a_dask_cluster_grades_as_this_machine_does(graded_class, tmp_path):
    """ben's 01 and eve's 01 (all she submitted), graded by a Dask LocalCluster of two worker processes (as
    `--scheduler` does), get what graded_class gave them on this machine: the same scores, checks lost and
    messages, and eve the same row of gradebook.csv. Each process grades one of them."""
    import dask
    from distributed import Client, LocalCluster, get_task_stream

    output, rows = graded_class
    tiny = tmp_path / "submitted"
    for student in ("ben", "eve"):  # one notebook each: the others count as not submitted
        (tiny / student / "01_pca").mkdir(parents=True)
        shutil.copy(output.parent / "submitted" / student / "01_pca/01_pca.ipynb", tiny / student / "01_pca")
    # Dask's nanny gives its workers OMP_NUM_THREADS=1 (and the grading kernel would get it): a worker whose
    # environment differs from the grader's is refused, so these keep the grader's, as graded_class had
    with dask.config.set({"distributed.nanny.pre-spawn-environ": {}}), \
            LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster, \
            Client(cluster, set_as_default=False) as watcher, get_task_stream(watcher) as stream:
        results = grade_class(tiny, tmp_path / "grades", ROOT, scheduler=cluster.scheduler_address)
    assert [(r.student, r.errors) for r in results] == [("ben", []), ("eve", [])]
    graders = {task["worker"] for task in stream.data if task["key"].startswith("checked_call")}
    assert len(graders) == 2, f"each worker process should have graded one student: {graders}"
    with (tmp_path / "grades/gradebook.csv").open() as handle:
        there = {row["student"]: row for row in csv.DictReader(handle)}
    assert there["eve"] == rows["eve"]
    assert there["ben"]["01_pca"] == rows["ben"]["01_pca"] == "10"
    here = summary_by_notebook((output / "summary.md").read_text())
    graded = summary_by_notebook((tmp_path / "grades/summary.md").read_text())
    assert graded[("ben", "01_pca")] == here[("ben", "01_pca")]
    assert {k: v for k, v in graded.items() if k[0] == "eve"} == {k: v for k, v in here.items() if k[0] == "eve"}
    assert "test_pca_fit: lost 4 — AssertionError" in (tmp_path / "grades/summary.md").read_text()
    for student in ("ben", "eve"):  # written by the workers, into the output folder
        assert (tmp_path / "grades/feedback" / student / "01_pca.html").is_file()


def test_without_the_sandbox_a_notebook_is_graded_as_with_it(tmp_path):
    """`--no-sandbox` (an instructor without bubblewrap or root): the kernel runs unsandboxed, as the instructor, and
    the model answer of 02 gets every point (the kernel once died at start, every notebook 0: its socket folder was
    made only by the sandbox's launcher)."""
    release = nbformat.read(ROOT / "course/02_encoder/02_encoder.ipynb", as_version=4)
    solution = nbformat.read(ROOT / "solutions/02_encoder/02_encoder.ipynb", as_version=4)
    (tmp_path / "submitted/ada/02_encoder").mkdir(parents=True)
    nbformat.write(fill_solutions(release, solution), tmp_path / "submitted/ada/02_encoder/02_encoder.ipynb")
    [result] = grade_class(tmp_path, tmp_path / "grades", ROOT, course=tmp_path / "course", notebooks=["02_encoder"],
                           limits=Limits.from_config(ROOT, sandbox="none"))
    graded = result.notebooks["02_encoder"]
    assert (graded.problem, graded.failures, graded.score) == ("", [], graded.max_score) and graded.max_score > 0
    assert "NOT SANDBOXED" in (tmp_path / "grades/summary.md").read_text()


# ---------------------------------------------------------------- grading part of the class

def test_an_unknown_student_or_notebook_is_an_error_that_names_it_and_the_known_ones(tmp_path):
    for student in ("ada", "ben"):
        path = tmp_path / "submitted" / student / "01_pca" / "01_pca.ipynb"
        path.parent.mkdir(parents=True)
        path.write_text("{}")
    common = [str(tmp_path), "--root", str(ROOT), "--output", str(tmp_path / "grades"), "--course", str(tmp_path / "c")]
    with pytest.raises(SystemExit) as stopped:
        main([*common, "--students", "ben,zed"])
    assert stopped.value.code == "error: unknown student(s) zed: the known ones are ada, ben"
    with pytest.raises(SystemExit) as stopped:
        main([*common, "--assignments", "01_pca,03_vea"])
    assert stopped.value.code == f"error: unknown notebook(s) 03_vea: the known ones are {', '.join(assignments(ROOT))}"
    assert not (tmp_path / "grades" / "gradebook.csv").exists() and not (tmp_path / "c").exists()


def test_grading_one_student_on_one_notebook_keeps_the_rest_of_the_class(class_copy, tmp_path):
    """`--students ben --assignments 01_pca`: ben hands in a complete 01_pca and only that notebook is graded; the
    reports stay the whole class's, with what a person graded in the course's gradebook."""
    output, course, rows = class_copy
    with course_gradebook(course) as gradebook:
        gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "ada").manual_score = 2  # of 3 points
        gradebook.db.commit()
    again = tmp_path / "again"
    for student in ("ada", "ben"):  # ada is in the submissions too, but not asked for
        folder = again / "submitted" / student / "01_pca"
        folder.mkdir(parents=True)
        (folder / "01_pca.ipynb").write_bytes((course / "submitted/ada/01_pca/01_pca.ipynb").read_bytes())
    (again / "submitted/ben/01_pca/submission_secret.txt").write_text("5eed" * 8)  # nbgrader submit's, via collect
    pages = {path: path.read_bytes() for path in (output / "feedback").rglob("*.html")}

    results = grade_class(again, output, ROOT, course=course, students=["ben"], notebooks=["01_pca"])

    assert [(result.student, list(result.notebooks)) for result in results] == [("ben", ["01_pca"])]
    with (output / "gradebook.csv").open() as handle:
        table = {row["student"]: row for row in csv.DictReader(handle)}
    expected = copy.deepcopy(rows)
    ben, ada = expected["ben"], expected["ada"]
    gained = float(ada["01_pca"]) - float(ben["01_pca"])  # ben's notebook is now ada's: it scores what hers did
    ben.update({"01_pca": ada["01_pca"], "total": f"{float(ben['total']) + gained:g}",
                "manual_pending": f"{float(ben['manual_pending']) + 3:g}"})  # ada's written answer, now his, waits
    ada.update({"01_pca": f"{float(ada['01_pca']) + 2:g}", "total": f"{float(ada['total']) + 2:g}",
                "max": f"{float(ada['max']) + 3:g}",  # the written answer counts once graded
                "manual_pending": f"{float(ada['manual_pending']) - 3:g}"})
    assert table == expected
    changed = {path.relative_to(output).as_posix() for path, text in pages.items() if path.read_bytes() != text}
    assert changed == {"feedback/ben/01_pca.html"} and set((output / "feedback").rglob("*.html")) == set(pages)
    summary = (output / "summary.md").read_text()
    assert "This run graded ben on 01_pca;" in summary and "### ada" not in summary
    assert (course / "autograded/ben/01_pca/submission_secret.txt").read_text() == "5eed" * 8  # for release_feedback


def test_feedback_after_hand_grading_never_shows_an_answer_no_one_graded_as_zero(class_copy, tmp_path, monkeypatch):
    """`python -m vaecourse.grading feedback` (make feedback): nbgrader's feedback from the course's gradebook, an
    answer waiting for a person said to be so; then, graded by hand, its score and comment; released to the
    exchange for a submission that came through it."""
    output, course, rows = class_copy
    automatic = float(rows["ada"]["01_pca"])  # her checks, out of 20
    monkeypatch.setenv("VAE_COURSE_EXCHANGE", str(tmp_path / "exchange"))  # grading_config.py's Exchange.root
    (tmp_path / "exchange").mkdir(mode=0o777)
    (tmp_path / "exchange").chmod(0o777)  # writable by everyone, as nbgrader requires (make lab makes it so)
    for name, text in (("submission_secret.txt", "ada5ec"), ("timestamp.txt", "2026-01-04 10:00:00.000000 UTC")):
        (course / "autograded/ada/01_pca" / name).write_text(text)  # as nbgrader collect leaves an exchange submission
    command = ["feedback", "--root", str(ROOT), "--course", str(course), "--output", str(output),
               "--students", "ada,cy", "--assignments", "01_pca", "--release"]
    main(command)
    page = (course / "feedback/ada/01_pca/01_pca.html").read_text()
    assert f"01_pca (Score: {automatic:.1f} / 20.0)" in page  # nbgrader's would be out of 23
    assert "Score: 0.0 / 3.0" not in page  # nbgrader's for the answer no one graded
    assert "Not graded yet: your instructor will grade this answer (3 points)." in page
    assert "3 points of written answers are not graded yet." in page
    assert (output / "feedback/ada/01_pca.html").read_text() == page
    cy = (course / "feedback/cy/01_pca/01_pca.html").read_text()  # left as given: nbgrader graded it 0, so it says 0
    assert "Score: 0.0 / 3.0" in cy and "Not graded yet" not in cy
    released = list((tmp_path / "exchange/vae-course/feedback").glob("*.html"))
    assert [path.read_text() for path in released] == [page]  # cy submitted outside the exchange: not released

    with course_gradebook(course) as gradebook:
        gradebook.find_grade("blurry_answer", "01_pca", "01_pca", "ada").manual_score = 2
        gradebook.find_comment("blurry_answer", "01_pca", "01_pca", "ada").manual_comment = "Name the trade-off."
        gradebook.db.commit()
    main(command)
    page = (course / "feedback/ada/01_pca/01_pca.html").read_text()
    assert f"01_pca (Score: {automatic + 2:.1f} / 23.0)" in page and "Score: 2.0 / 3.0" in page
    assert "Name the trade-off." in page
    assert "not graded yet" not in page.lower() and released[0].read_text() == page


# ---------------------------------------------------------------- progress on a terminal

class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_progress_bar_only_on_a_terminal_and_never_with_tqdm_disable(monkeypatch):
    """`make grade` on a terminal: a tqdm bar of the notebooks graded, under the progress lines; in a log, a pipe, CI or
    nbgrader's output (not a terminal), or with TQDM_DISABLE=1 (the tests, `make test`): no bar, the lines alone."""
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    assert _progress_bar(2, io.StringIO()) is None  # not a terminal
    monkeypatch.setenv("TQDM_DISABLE", "1")
    assert _progress_bar(2, Terminal()) is None
    monkeypatch.delenv("TQDM_DISABLE")
    terminal, lines = Terminal(), []
    bar = _progress_bar(2, terminal)
    report = _with_bar(lines.append, bar)
    report("ada 01_pca: 20 / 20, 31 s")
    report("ben 01_pca: 10 / 20, 33 s")
    bar.close()
    assert lines == ["ada 01_pca: 20 / 20, 31 s", "ben 01_pca: 10 / 20, 33 s"]  # every line, as without a bar
    drawn = terminal.getvalue()
    assert "grading: 100%" in drawn and "2/2" in drawn, drawn
