"""A semester, end to end, through nbgrader's real exchange and the course's own commands.

The instructor releases 01_pca into an exchange (`python -m vaecourse.release exchange`); two students, each with a
home, a folder and an nbgrader cache of their own, fetch it and submit it with nbgrader (ada the model answer, in
time; ben half of it, after the due date); the instructor collects (`nbgrader collect`), grades
(`python -m vaecourse.grading`), grades ada's written answer and comments on it through formgrader's HTTP API,
exports the grades (`python -m vaecourse.grading export --to canvas`, `nbgrader export`) and releases the feedback
(`python -m vaecourse.grading feedback --release`), which each student fetches with `nbgrader fetch_feedback`.
Every command is a process of its own, as an instructor or a student types it; the gradebook is only read.
"""

import csv
import json
import os
import subprocess
import sys
import time
import urllib.request
from datetime import datetime, timezone
from pathlib import Path

import nbformat
import pytest
from conftest import ROOT
from nbgrader.utils import parse_utc

from vaecourse.grading import _write_config
from vaecourse.release import fill_solutions, solution_ids

ASSIGNMENT = "01_pca"
WRITTEN = "blurry_answer"  # 01_pca's written answer, 3 points, graded by a person
COMMENT = "Right: the mean of many digits is smooth. Say which components were dropped."
BEN_ANSWER = "The images are blurry because PCA averages."


def run(command: list, cwd: Path, timeout: float = 300, **environment) -> subprocess.CompletedProcess:
    """One command as a person types it, in `cwd`, with the environment's bin/ first on PATH (nbgrader calls
    `jupyter` and `alembic` by name); fails the test with its output when it fails."""
    env = dict(os.environ, **environment)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env['PATH']}"
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, f"{' '.join(map(str, command))} failed:\n{done.stdout}\n{done.stderr}"
    return done


class Student:
    """A student on the shared machine: a home, a working folder and nbgrader's cache of their own
    (JUPYTER_DATA_DIR/nbgrader_cache: what they submitted, what fetch_feedback looks for), and the students'
    nbgrader configuration (student_lab/: course vae-course, the exchange of VAE_COURSE_EXCHANGE)."""

    def __init__(self, name: str, base: Path):
        self.name, self.home = name, base / name
        self.folder = self.home / "work"
        self.folder.mkdir(parents=True)
        self.environment = dict(HOME=str(self.home), JUPYTER_DATA_DIR=str(self.home / "data"),
                                JUPYTER_CONFIG_DIR=str(self.home / ".jupyter"),
                                JUPYTER_CONFIG_PATH=str(ROOT / "student_lab"))

    def nbgrader(self, *args) -> subprocess.CompletedProcess:
        # --student: who nbgrader says submitted (its default is the login name, the same for all here)
        return run(["nbgrader", *args, "--student", self.name], self.folder, **self.environment)

    @property
    def notebook(self) -> Path:
        return self.folder / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Formgrader:
    """A Jupyter server on the course folder with nbgrader's formgrader extension (as `jupyter lab` in the course
    root starts it), called through its REST API with a token, as formgrader's own page does."""

    def __init__(self, course: Path):
        self.course, self.token, self.port = course, "semester-test-token", free_port()
        self.url = f"http://127.0.0.1:{self.port}"

    def __enter__(self):
        environment = dict(os.environ, JUPYTER_RUNTIME_DIR=str(self.course / ".runtime"))
        environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment['PATH']}"
        environment.pop("JUPYTER_CONFIG_PATH", None)  # the instructor's extensions, not the students'
        self.log = (self.course.parent / "formgrader.log").open("w")
        self.server = subprocess.Popen(
            [sys.executable, "-m", "jupyter_server", "--no-browser", "--ip=127.0.0.1", f"--port={self.port}",
             f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.course}",
             "--ServerApp.allow_root=True", "--ServerApp.open_browser=False"],
            cwd=self.course, env=environment, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.time() + 120
        while True:
            try:
                if self.call("GET", "/formgrader/api/status") == {"status": True}:
                    return self
            except OSError:
                pass
            if time.time() > deadline or self.server.poll() is not None:
                self.__exit__()
                pytest.fail("formgrader did not start:\n" + (self.course.parent / "formgrader.log").read_text()[-3000:])
            time.sleep(0.5)

    def __exit__(self, *_):
        self.server.terminate()
        try:
            self.server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait()
        self.log.close()

    def call(self, method: str, path: str, body=None):
        request = urllib.request.Request(f"{self.url}{path}", method=method,
                                         data=None if body is None else json.dumps(body).encode(),
                                         headers={"Authorization": f"token {self.token}",
                                                  "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read())


def read_csv(path: Path) -> list:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.reader(handle))


def test_a_semester_through_the_exchange(tmp_path, monkeypatch):
    exchange, course, grades = tmp_path / "exchange", tmp_path / "course", tmp_path / "grades"
    monkeypatch.setenv("VAE_COURSE_EXCHANGE", str(exchange))  # grading_config.py's and student_lab's Exchange.root
    exchange.mkdir(mode=0o777)
    exchange.chmod(0o777)  # writable by everyone, as nbgrader requires (make lab makes it so)
    course.mkdir()
    _write_config(course, ROOT)  # the instructor's nbgrader course folder: the course's configuration
    roster = tmp_path / "roster.csv"
    roster.write_text("id,name,email,lms_id\nada,Ada Lovelace,ada@example.org,101\nben,Ben Riemann,ben@example.org,102\n")

    # 1. release: course/ into the exchange, with nbgrader's release code, as `make lab` does
    run([sys.executable, "-m", "vaecourse.release", "exchange", "--output", str(exchange)], ROOT)
    released = exchange / "vae-course/outbound" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb"
    assert released.read_bytes() == (ROOT / "course" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").read_bytes()

    # 2. ada fetches, solves everything (the model answer) and submits; the due date passes; ben fetches, solves the
    # first four exercises, writes his own answer to the written question, and submits late
    solution = nbformat.read(ROOT / "solutions" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb", as_version=4)
    ids = solution_ids(solution)
    assert ids[-1] == WRITTEN and ids[:4] == ["images_to_vectors", "center", "covariance", "pca_fit"]
    ada, ben = Student("ada", tmp_path / "students"), Student("ben", tmp_path / "students")

    ada.nbgrader("fetch_assignment", ASSIGNMENT)
    assert ada.notebook.read_bytes() == released.read_bytes()
    nbformat.write(fill_solutions(nbformat.read(ada.notebook, as_version=4), solution), ada.notebook)
    ada.nbgrader("submit", ASSIGNMENT)

    due = datetime.now(timezone.utc)  # the deadline, between the two submissions, set the nbgrader way
    run(["nbgrader", "db", "assignment", "add", ASSIGNMENT, f"--duedate={due:%Y-%m-%d %H:%M:%S.%f} UTC"], course)
    time.sleep(0.1)

    ben.nbgrader("fetch_assignment", ASSIGNMENT)
    half = fill_solutions(nbformat.read(ben.notebook, as_version=4), solution, only=ids[:4])
    next(c for c in half.cells if c.metadata.get("nbgrader", {}).get("grade_id") == WRITTEN).source = BEN_ANSWER
    nbformat.write(half, ben.notebook)
    ben.nbgrader("submit", ASSIGNMENT)
    inbound = sorted(path.name.split("+")[0] for path in (exchange / "vae-course/inbound").iterdir())
    assert inbound == ["ada", "ben"]

    # 3. collect into the course's submitted/, then grade it as `make grade` does
    run(["nbgrader", "collect", ASSIGNMENT], course)
    for student in (ada, ben):
        folder = course / "submitted" / student.name / ASSIGNMENT
        assert {p.name for p in folder.iterdir()} >= {f"{ASSIGNMENT}.ipynb", "timestamp.txt", "submission_secret.txt"}
    stamps = {s.name: parse_utc((course / "submitted" / s.name / ASSIGNMENT / "timestamp.txt").read_text())
              for s in (ada, ben)}  # when nbgrader submit ran, naive UTC
    assert stamps["ada"] < due.replace(tzinfo=None) < stamps["ben"]
    monkeypatch.delenv("TQDM_DISABLE")  # its output is not a terminal: no progress bar even so, the lines alone
    graded = run([sys.executable, "-m", "vaecourse.grading", str(course / "submitted"), "--output", str(grades),
                  "--course", str(course), "--roster", str(roster), "--assignments", ASSIGNMENT], ROOT, timeout=1800)
    monkeypatch.setenv("TQDM_DISABLE", "1")
    assert "ada 01_pca: 20 / 20," in graded.stdout and "ben 01_pca: 10 / 20," in graded.stdout
    assert "%|" not in graded.stdout + graded.stderr and "notebook/s" not in graded.stdout + graded.stderr
    with (grades / "gradebook.csv").open(newline="") as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    summary = (grades / "summary.md").read_text()
    print(summary)  # shown by pytest when the test fails
    # ada: every automatic point (20), her written answer (3) waits for a person; ben: 2 + 2 + 2 + 4 for the first
    # four exercises, late, and no points taken for it: grading_config.py sets no late penalty (nbgrader's 'none')
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("grading_config.py", path=str(ROOT)).load_config()
    assert config.LateSubmissionPlugin.get("penalty_method", "none") == "none"
    scores = {name: {key: row[key] for key in (ASSIGNMENT, "total", "max", "manual_pending", "late", "not_submitted")}
              for name, row in rows.items()}
    assert scores == {
        "ada": {ASSIGNMENT: "20", "total": "20", "max": "20", "manual_pending": "3", "late": "", "not_submitted": ""},
        "ben": {ASSIGNMENT: "10", "total": "10", "max": "20", "manual_pending": "3", "late": ASSIGNMENT,
                "not_submitted": ""},
    }
    assert f"- {ASSIGNMENT}: 10 / 20 (submitted LATE)" in summary and f"- {ASSIGNMENT}: 20 / 20 " in summary
    with gradebook(course) as book:
        assert book.find_submission(ASSIGNMENT, "ada").total_seconds_late == 0
        assert book.find_submission(ASSIGNMENT, "ben").total_seconds_late > 0
        assert not book.find_submission_notebook(ASSIGNMENT, ASSIGNMENT, "ben").late_submission_penalty
        assert book.find_grade(WRITTEN, ASSIGNMENT, ASSIGNMENT, "ada").needs_manual_grade

    # 4. hand grading in formgrader: ada's written answer, 2 of 3 points, and a comment, through its HTTP API
    with Formgrader(course) as formgrader:
        submitted = formgrader.call("GET", f"/formgrader/api/submitted_notebooks/{ASSIGNMENT}/{ASSIGNMENT}")
        assert sorted((s["student"], s["score"], s["needs_manual_grade"]) for s in submitted) == [
            ("ada", 20, True), ("ben", 10, True)]
        notebook = next(s["id"] for s in submitted if s["student"] == "ada")
        grade = next(g for g in formgrader.call("GET", f"/formgrader/api/grades?submission_id={notebook}")
                     if g["name"] == WRITTEN)
        assert (grade["max_score"], grade["auto_score"], grade["manual_score"]) == (3, None, None)
        graded = formgrader.call("PUT", f"/formgrader/api/grade/{grade['id']}", {"manual_score": 2})
        assert (graded["manual_score"], graded["needs_manual_grade"]) == (2, False)
        comment = next(c for c in formgrader.call("GET", f"/formgrader/api/comments?submission_id={notebook}")
                       if c["name"] == WRITTEN)
        commented = formgrader.call("PUT", f"/formgrader/api/comment/{comment['id']}", {"manual_comment": COMMENT})
        assert commented["manual_comment"] == COMMENT
        assert formgrader.call("GET", f"/formgrader/api/submission/{ASSIGNMENT}/ada")["score"] == 22
    with gradebook(course) as book:
        assert book.find_submission(ASSIGNMENT, "ada").score == 22  # 20 automatic + 2 by hand
        assert book.find_comment(WRITTEN, ASSIGNMENT, ASSIGNMENT, "ada").manual_comment == COMMENT
        assert book.find_grade(WRITTEN, ASSIGNMENT, ASSIGNMENT, "ben").needs_manual_grade  # no one graded his yet

    # 5. export: for Canvas (the course's), and nbgrader's own
    exported = run([sys.executable, "-m", "vaecourse.grading", "export", "--to", "canvas", "--output",
                    str(grades / "canvas.csv"), "--course", str(course), "--roster", str(roster)], ROOT)
    table = read_csv(grades / "canvas.csv")
    column = table[0].index(ASSIGNMENT)
    assert table[1][column] == "23"  # Points Possible: 20 automatic + 3 written
    assert {row[1]: row[column] for row in table[2:]} == {"101": "22", "102": ""}  # ben's waits for his written answer
    assert f"ben {ASSIGNMENT}: 3 point(s) of written answers not graded yet: left empty, not 0" in exported.stderr
    run(["nbgrader", "export", "--to", str(tmp_path / "nbgrader.csv")], course)
    with (tmp_path / "nbgrader.csv").open(newline="") as handle:
        nbgrader_rows = {row["student_id"]: row for row in csv.DictReader(handle) if row["assignment"] == ASSIGNMENT}
    assert {student: (float(row["raw_score"]), float(row["late_submission_penalty"]), float(row["score"]),
                      float(row["max_score"])) for student, row in nbgrader_rows.items()} == {
        "ada": (22, 0, 22, 23), "ben": (10, 0, 10, 23)}

    # 6. feedback from the gradebook, released to the exchange; each student fetches their own
    released = run([sys.executable, "-m", "vaecourse.grading", "feedback", "--output", str(grades), "--course",
                    str(course), "--release"], ROOT, timeout=900)
    assert "feedback of 2 notebook(s)" in released.stdout and "2 released" in released.stdout
    with (grades / "gradebook.csv").open(newline="") as handle:  # rebuilt with what the person graded
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    assert {name: {key: row[key] for key in (ASSIGNMENT, "total", "max", "manual_pending", "late")}
            for name, row in rows.items()} == {
        "ada": {ASSIGNMENT: "22", "total": "22", "max": "23", "manual_pending": "0", "late": ""},
        "ben": {ASSIGNMENT: "10", "total": "10", "max": "20", "manual_pending": "3", "late": ASSIGNMENT}}
    pages = {}
    for student in (ada, ben):
        student.nbgrader("fetch_feedback", ASSIGNMENT)
        fetched = list((student.folder / ASSIGNMENT / "feedback").glob(f"*/{ASSIGNMENT}.html"))
        assert len(fetched) == 1, fetched
        pages[student.name] = fetched[0].read_text()
        assert pages[student.name] == (course / "feedback" / student.name / ASSIGNMENT / f"{ASSIGNMENT}.html").read_text()
        assert "BEGIN HIDDEN TESTS" not in pages[student.name]
    assert f"{ASSIGNMENT} (Score: 22.0 / 23.0)" in pages["ada"] and "Score: 2.0 / 3.0" in pages["ada"]
    assert COMMENT in pages["ada"] and "not graded yet" not in pages["ada"].lower()
    # ben's written answer, which no one has graded, is said to be so, never scored 0; ada's comment is hers only
    assert f"{ASSIGNMENT} (Score: 10.0 / 20.0)" in pages["ben"] and "Score: 0.0 / 3.0" not in pages["ben"]
    assert "Not graded yet: your instructor will grade this answer (3 points)." in pages["ben"]
    assert BEN_ANSWER in pages["ben"] and COMMENT not in pages["ben"]


def gradebook(course: Path):
    """The course's gradebook.db, to read what the commands wrote."""
    from nbgrader.api import Gradebook

    return Gradebook(f"sqlite:///{course / 'gradebook.db'}", course_id="vae-course")
