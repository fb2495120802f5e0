"""Hostile and broken submissions, graded together in one sandboxed class run.

The corpus is made here from notebook 01 (solutions/ + course/), cut down to its first six checks
(14 points) so that the whole class grades in a few minutes. Each student exercises one attack or
accident; each test asserts the exact score and the line the instructor reads in summary.md.
Notebook 01's checks are graded from outside the kernel (vaecourse.remote): an attack that rewrites
the kernel (its checks, torch, IPython, the messages it sends) pairs with a wrong answer, and must
lose exactly that answer's points.
Needs root and bubblewrap (`apt-get install bubblewrap`): the sandbox is what is under test.
"""

import csv
import json
import os
import shutil
import socket
import threading

import nbformat
import pytest
from conftest import ROOT

from vaecourse.grading import Limits, VerifyRun, grade_class, normalise
from vaecourse.release import fill_solutions
from vaecourse.sandbox import bwrap_path, suspicious_code

KEEP_UNTIL = "project-show"  # cells from here to the written question are cut (the slow half of 01)
RESUME_AT = "question-md"
FULL = "14"
SOLUTION = nbformat.read(ROOT / "solutions/01_pca/01_pca.ipynb", as_version=4)
RELEASE = nbformat.read(ROOT / "course/01_pca/01_pca.ipynb", as_version=4)


def cut(notebook):
    ids = [cell.id for cell in notebook.cells]
    keep = ids[: ids.index(KEEP_UNTIL)] + ids[ids.index(RESUME_AT):]
    drop = {"vectors-show", "pca-show"}  # plots of the full data set: slow and not graded
    cut_notebook = nbformat.from_dict(notebook)
    cut_notebook.cells = [cell for cell in notebook.cells if cell.id in keep and cell.id not in drop]
    return cut_notebook


def cell(notebook, grade_id):
    return next(c for c in notebook.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def solved(**answers):
    """The cut release with every answer filled in; answers={grade_id: source} replaces some of them."""
    notebook = fill_solutions(cut(RELEASE), cut(SOLUTION))
    for grade_id, source in answers.items():
        cell(notebook, grade_id).source = source
    return notebook


def prepend(grade_id, code):
    """The solved notebook, with `code` run at the top of the answer cell `grade_id`."""
    notebook = solved()
    cell(notebook, grade_id).source = code + "\n" + cell(notebook, grade_id).source
    return notebook


WRONG_CENTER = "def center(X):\n    return X, X.mean(dim=0)\n"
ASCENDING = ("def pca_fit(X):\n    X_centered, mean = center(X)\n"
             "    values, vectors = torch.linalg.eigh(covariance(X_centered))\n    return mean, values, vectors\n")
WRONG_COVARIANCE = "def covariance(X_centered):\n    return X_centered.T @ X_centered / len(X_centered)\n"
# Kernel-side tricks that lied to in-kernel checks (each paired with a wrong answer below).
DROP_ERRORS = """
_kernel = get_ipython().kernel
_send = _kernel.session.send
def _ok(stream, message, content=None, *args, **kwargs):
    kind = message if isinstance(message, str) else message.get("msg_type")
    if kind == "error":
        return None
    if isinstance(content, dict) and content.get("status") == "error":
        content = {"status": "ok", "execution_count": content.get("execution_count"), "user_expressions": {}, "payload": []}
    return _send(stream, message, content, *args, **kwargs)
_kernel.session.send = _ok
"""
OWN_PROBE = """
import builtins, json
builtins.__vaecourse_probe__ = lambda nonce: print("VAECOURSE-PROBE", nonce, json.dumps([]))
"""
SHADOW = """
class _Lenient:
    def __getattr__(self, name):
        return self
    def __call__(self, *args, **kwargs):
        return None
checks = _Lenient()
abs = lambda value: 0
"""
EVENTS = """
import torch
def _lenient(*args, **kwargs):
    import torch.testing
    torch.testing.assert_close = lambda *a, **k: None
get_ipython().events.register("pre_run_cell", _lenient)
"""
MODULE_CLASS = """
import sys, types
class _Liar(types.ModuleType):
    def __getattribute__(self, name):
        if name in ("expect", "expect_close", "expect_tensor"):
            return lambda *args, **kwargs: None
        return super().__getattribute__(name)
sys.modules["vaecourse.checks"].__class__ = _Liar
"""
TORCH_MODE = """
import torch
from torch.overrides import TorchFunctionMode
class _Agree(TorchFunctionMode):
    def __torch_function__(self, func, types, args=(), kwargs=None):
        if func in (torch.allclose, torch.equal):
            return True
        return func(*args, **(kwargs or {}))
_Agree().__enter__()
"""
DEFAULTS = """
from vaecourse import checks
checks.pca.center.__defaults__ = (0,)
checks.expect_close.__defaults__ = ("", 1e9, 1e9)
"""
LEAK = """
_marks = ["BEGIN " + "HIDDEN", "vaecourse" + ".remote", "checks" + ".pca.", "expect" + "_close("]  # not in this cell
_seen = [source for source in get_ipython().user_ns.get("In", []) if any(mark in source for mark in _marks)]
if _seen:
    raise RuntimeError("leak" + "ed: " + _seen[0][:300])
"""


def in_function(grade_id, name, code):
    """The solved notebook, with `code` run inside the student's function `name` before it returns."""
    notebook = solved()
    source = cell(notebook, grade_id).source
    header = next(line for line in source.splitlines() if line.startswith(f"def {name}("))
    docstring_end = source.index('"""', source.index('"""', source.index(header)) + 3) + 3
    indented = "\n".join("    " + line for line in code.splitlines())
    cell(notebook, grade_id).source = source[:docstring_end] + "\n" + indented + source[docstring_end:]
    return notebook


def build_corpus(folder, port, root):
    submitted = folder / "submitted"
    secret = root / "solutions/01_pca/01_pca.ipynb"
    corpus = {
        "good": solved(),
        "loop": in_function("pca_fit", "pca_fit", "while True:\n    pass"),
        "os_exit": in_function("center", "center", "import os\nos._exit(3)"),
        "sys_exit": in_function("covariance", "covariance", "import sys\nsys.exit('bye')"),
        "memory": in_function("images_to_vectors", "images_to_vectors", "hog = bytearray(3 * 2**30)"),
        "flood": in_function("center", "center", "for _ in range(200):\n    print('x' * 100_000)"),
        "network": in_function("images_to_vectors", "images_to_vectors",
                               f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).sendall(b'leak')\n"
                               "except OSError:\n    pass"),
        # reads what the sandbox must hide; the check passes only if nothing could be read
        "snoop": in_function("images_to_vectors", "images_to_vectors",
                             "import glob, os\n"
                             f"found = [p for p in [{str(secret)!r}, '../../../gradebook.db', '../../../../good'] if os.path.exists(p)]\n"
                             "for pattern in ('/tmp/**/*.ipynb', '/tmp/**/gradebook.db', '/work/*/*/*/*.ipynb', '/root/**/*.ipynb'):\n"
                             "    found += glob.glob(pattern, recursive=True)\n"
                             "if found:\n    return images.reshape(len(images), -1).float() / 255\n"
                             "raise FileNotFoundError('the sandbox hides the gradebook and the hidden tests')"),
        "eq_cheat": solved(project_reconstruct=cell(solved(), "project_reconstruct").source.replace(
            "return (X - mean) @ components[:, :k]",
            "class Anything:\n        shape = (len(X), k)\n        def __eq__(self, other):\n            return True\n"
            "    return Anything()")),
        "patch_checks": solved(center="from vaecourse import checks\nchecks.expect_close = lambda *args, **kwargs: None\n"
                                      + WRONG_CENTER),
        "patch_torch": solved(covariance="torch.testing.assert_close = lambda *args, **kwargs: None\n" + WRONG_COVARIANCE),
        "transformer": solved(pca_fit=ASCENDING + (
            "\ndef _forgive(lines):\n    return ['try:\\n'] + ['    ' + line for line in lines] + ['\\nexcept BaseException:\\n    pass\\n']\n"
            "get_ipython().input_transformers_post.append(_forgive)\n")),
        "drops_errors": solved(center=DROP_ERRORS + WRONG_CENTER),
        "own_probe": solved(covariance=OWN_PROBE + WRONG_COVARIANCE),
        "shadow": solved(center=SHADOW + WRONG_CENTER),
        "events": solved(covariance=EVENTS + WRONG_COVARIANCE),
        "module_class": solved(center=MODULE_CLASS + WRONG_CENTER),
        "torch_mode": solved(covariance=TORCH_MODE + WRONG_COVARIANCE),
        "defaults": solved(center=DEFAULTS + WRONG_CENTER),
        "leak": in_function("images_to_vectors", "images_to_vectors", LEAK),
        "edited_check": solved(pca_fit=ASCENDING),
        "deleted_check": solved(pca_fit=ASCENDING),
        "duplicated": solved(),
        "retyped": solved(center=WRONG_CENTER),
        "colab": solved(),
        "old_jupyter": solved(),
        "warnings": in_function("center", "center",
                                "import sys, warnings\nwarnings.simplefilter('always')\n"
                                "warnings.warn('centering is deprecated', FutureWarning)\nprint('50%|#####', file=sys.stderr)"),
    }
    cell(corpus["edited_check"], "test_pca_fit").source = 'checks.passed("all good")'
    corpus["deleted_check"].cells.remove(cell(corpus["deleted_check"], "test_pca_fit"))
    copy = nbformat.from_dict(cell(corpus["duplicated"], "test_center"))
    copy.id, copy.source = "pasted", "pass  # my copy"
    corpus["duplicated"].cells.insert(corpus["duplicated"].cells.index(cell(corpus["duplicated"], "center")), copy)
    retyped = cell(corpus["retyped"], "test_center")
    retyped.cell_type = "markdown"
    del retyped["outputs"], retyped["execution_count"]
    colab = corpus["colab"]
    colab.metadata = {"colab": {"provenance": [], "name": "01_pca.ipynb"}, "accelerator": "GPU",
                      "kernelspec": {"name": "python3", "display_name": "Python 3"}, "language_info": {"name": "python"}}
    for index, notebook_cell in enumerate(colab.cells):
        notebook_cell.id = f"X{index:04d}colab"
        notebook_cell.metadata["colab"] = {"base_uri": "https://localhost/"}
        notebook_cell.metadata["outputId"] = f"out{index}"
    for student, notebook in corpus.items():
        target = submitted / student / "01_pca" / "01_pca.ipynb"
        target.parent.mkdir(parents=True)
        nbformat.write(notebook, target)
    old = nbformat.v4.upgrade(nbformat.from_dict(corpus["old_jupyter"]))  # saved as nbformat 4.4: no cell ids
    old.nbformat_minor = 4
    for notebook_cell in old.cells:
        notebook_cell.pop("id", None)
    (submitted / "old_jupyter/01_pca/01_pca.ipynb").write_text(json.dumps(old, indent=1))
    (submitted / "malformed/01_pca").mkdir(parents=True)
    (submitted / "malformed/01_pca/01_pca.ipynb").write_text(nbformat.writes(corpus["good"])[:3000])
    (submitted / "misnamed/01_pca").mkdir(parents=True)  # a notebook file in the wrong folder, none named 01_pca
    (submitted / "misnamed/homework.ipynb").write_text(nbformat.writes(corpus["good"]))
    return sorted([*corpus, "malformed"])


def cut_course(folder):
    """A course folder holding only the cut notebook 01 (and the course's grading configuration)."""
    root = folder / "course_root"
    for kind, notebook in (("solutions", SOLUTION), ("course", RELEASE)):
        (root / kind / "01_pca").mkdir(parents=True)
        nbformat.write(cut(notebook), root / kind / "01_pca" / "01_pca.ipynb")
    shutil.copy(ROOT / "grading_config.py", root)
    shutil.copy(ROOT / "nbgrader_config.py", root)
    return root


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    if bwrap_path() is None or os.geteuid() != 0:
        reason = "the grading sandbox needs root and bubblewrap (`make test` installs it when root)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    folder = tmp_path_factory.mktemp("robust")
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.5)
    received = []

    def accept():
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except OSError:
                continue
            received.append(connection.recv(100))

    stop = threading.Event()
    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    root = cut_course(folder)
    students = build_corpus(folder, listener.getsockname()[1], root)
    limits = Limits.from_config(root, cell_timeout=15, memory_mb=2048, cpu_seconds=120, notebook_timeout=600, output_kb=200)
    output = folder / "grades"
    results = grade_class(folder, output, root, limits=limits)
    stop.set()
    thread.join()
    listener.close()
    with (output / "gradebook.csv").open() as handle:
        rows = {row["student"]: row for row in csv.DictReader(handle)}
    summary = (output / "summary.md").read_text()
    sections = {block.split(":")[0]: block for block in summary.split("### ")[1:]}
    return dict(rows=rows, summary=summary, sections=sections, received=received, students=students,
                results={r.student: r for r in results}, output=output)


LOST_CENTER = "test_center: lost 2 — AssertionError: the column means of X_centered is not what was expected"
LOST_COVARIANCE = "test_covariance: lost 2 — AssertionError: covariance(X_centered) is not what was expected"
EXPECTED = {  # student: (score out of 14, what its section of summary.md must say)
    "good": (FULL, []),
    "loop": ("10", ["test_pca_fit: lost 4 — took longer than the time limit of a cell, and was stopped"]),
    "os_exit": ("0", ["could not be graded: the kernel died"]),
    "sys_exit": ("12", ["test_covariance: lost 2 — SystemExit: bye"]),  # charged once: pca_fit is judged with the course's
    "memory": ("12", ["test_images_to_vectors: lost 2 — MemoryError"]),
    "flood": (FULL, []),
    "network": (FULL, ["review: images_to_vectors: opens sockets"]),
    "snoop": ("12", ["test_images_to_vectors: lost 2 — FileNotFoundError: the sandbox hides the gradebook"]),
    "eq_cheat": ("12", ["test_project: lost 2 — AssertionError: project(X, mean, components, k=2) must be a torch.Tensor, but it is a Anything",
                        "review: project_reconstruct: defines __eq__"]),
    # Tricks that rewrite the kernel cannot change a verdict computed outside it: each loses its wrong answer's points.
    "patch_checks": ("12", [LOST_CENTER, "review: center: assigns to checks.expect_close"]),
    "patch_torch": ("12", [LOST_COVARIANCE, "review: covariance: assigns to torch.testing.assert_close"]),
    "transformer": ("10", ["test_pca_fit: lost 4 — AssertionError: The eigenvalues must be in descending order",
                           "review: pca_fit: touches IPython input transformers, uses get_ipython()"]),
    "drops_errors": ("12", [LOST_CENTER, "review: center: "]),
    "own_probe": ("12", [LOST_COVARIANCE, "review: covariance: "]),
    "shadow": ("12", [LOST_CENTER]),
    "events": ("12", [LOST_COVARIANCE, "review: covariance: "]),
    "module_class": ("12", [LOST_CENTER]),
    "torch_mode": ("12", [LOST_COVARIANCE]),
    "defaults": ("12", [LOST_CENTER]),
    "leak": (FULL, ["review: images_to_vectors: uses get_ipython()"]),  # hidden inputs and checks never enter the kernel
    "edited_check": ("10", ["test_pca_fit: lost 4 — AssertionError: The eigenvalues must be in descending order",
                            "note: test_pca_fit (locked) was edited: the original was graded"]),
    "deleted_check": ("10", ["test_pca_fit: lost 4 — AssertionError: The eigenvalues must be in descending order",
                             "note: test_pca_fit was deleted: restored"]),
    "duplicated": (FULL, ["note: test_center appears twice: the first copy is graded, the other runs as an ordinary cell"]),
    "retyped": ("12", [LOST_CENTER, "note: test_center was changed to a markdown cell: restored as code"]),
    "colab": (FULL, []),
    "old_jupyter": (FULL, []),
    "warnings": (FULL, ["note: test_center wrote to stderr (ignored: checks fail by raising)"]),
    "malformed": ("0", ["01_pca: 0 / 14 — 01_pca.ipynb is not a valid notebook (Notebook does not appear to be JSON"]),
}


@pytest.mark.parametrize("student", sorted(EXPECTED))
def test_exact_score_and_summary_line(graded, student):
    score, lines = EXPECTED[student]
    row = graded["rows"][student]
    section = graded["sections"][student]
    assert (row["01_pca"], row["max"]) == (score, FULL), section
    assert section.startswith(f"{student}: {score} / {FULL}")
    for line in lines:
        assert line in section, f"{line!r} not in:\n{section}"


def test_every_submission_is_in_the_gradebook(graded):
    assert sorted(graded["rows"]) == sorted(EXPECTED)
    assert "ignored misnamed/homework.ipynb: its name contains no notebook name (01_pca)" in graded["summary"]
    assert "NOT SANDBOXED" not in graded["summary"]


def test_clean_submissions_are_not_flagged(graded):
    for student in ("good", "colab", "old_jupyter", "flood", "duplicated"):
        result = graded["results"][student].notebooks["01_pca"]
        assert (result.integrity, result.review, result.problem) == ([], [], ""), student


def test_the_kernel_reached_no_network(graded):
    assert graded["received"] == []


def test_flooded_output_is_cut_in_the_feedback(graded):
    html = (graded["output"] / "feedback/flood/01_pca.html").read_text()
    assert "output cut by the grader" in html and len(html) < 3_000_000


def test_feedback_shows_no_hidden_tests_nor_probes(graded):
    for student in ("good", "transformer", "edited_check"):
        html = (graded["output"] / f"feedback/{student}/01_pca.html").read_text()
        assert "BEGIN HIDDEN TESTS" not in html and "__vaecourse_probe__" not in html and "VAECOURSE-PROBE" not in html


def test_tampering_is_listed_for_review(graded):
    review = graded["summary"].split("## To review by hand")[1].split("## Results")[0]
    for student in ("patch_checks", "patch_torch", "transformer", "eq_cheat", "drops_errors", "own_probe", "events"):
        assert f"- {student} / 01_pca" in review


def test_no_verdict_comes_from_the_kernel(graded):
    """Notebook 01 is graded from outside: no probe ran, and no integrity finding could zero a score."""
    for student, result in graded["results"].items():
        assert result.notebooks["01_pca"].integrity == [], student
    assert "leaked" not in graded["sections"]["leak"]


# ---------------------------------------------------------------- pieces, without a kernel

def test_normalise_restores_locked_cells_and_keeps_added_ones():
    notebook = solved(pca_fit=ASCENDING)
    cell(notebook, "test_pca_fit").source = "pass"
    notebook.cells.insert(3, nbformat.v4.new_code_cell("helper = 1"))
    rebuilt, notes = normalise(notebook, cut(RELEASE))
    assert cell(rebuilt, "test_pca_fit").source == cell(cut(RELEASE), "test_pca_fit").source
    assert cell(rebuilt, "pca_fit").source == ASCENDING
    assert any(c.source == "helper = 1" and not c.metadata for c in rebuilt.cells)
    assert notes == ["test_pca_fit (locked) was edited: the original was graded"]
    nbformat.validate(rebuilt)


def test_normalise_grades_a_deleted_answer_as_unanswered():
    notebook = solved()
    notebook.cells.remove(cell(notebook, "center"))
    rebuilt, notes = normalise(notebook, cut(RELEASE))
    assert "raise NotImplementedError" in cell(rebuilt, "center").source
    assert notes == ["center was deleted: graded as unanswered"]


def test_a_value_in_a_check_cell_fails_it(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    check = nbformat.v4.new_code_cell("checks.passed('x')")
    check.metadata["nbgrader"] = {"grade": True, "grade_id": "test_x", "points": 1, "solution": False, "locked": True}
    check.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": "1.0"}, execution_count=1),
                     nbformat.v4.new_output("stream", name="stderr", text="a warning")]
    probe = nbformat.v4.new_code_cell("__vaecourse_probe__('ab')")
    probe.metadata.update(vaecourse_probe="ab", vaecourse_after="test_x")
    probe.outputs = [nbformat.v4.new_output("stream", name="stdout", text="VAECOURSE-PROBE ab []\n")]
    notebook = nbformat.v4.new_notebook(cells=[check, probe])
    checked, _ = VerifyRun().preprocess(notebook, {"nbgrader": {"assignment": "a"}})
    assert [o.output_type for o in checked.cells[0].outputs] == ["error"] and len(checked.cells) == 1
    assert json.loads((tmp_path / "integrity/a.json").read_text()) == {
        "findings": [], "notes": ["test_x wrote to stderr (ignored: checks fail by raising)"], "secret": None}


def test_a_probe_without_report_makes_the_run_untrusted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    check = nbformat.v4.new_code_cell("checks.passed('x')")
    check.metadata["nbgrader"] = {"grade": True, "grade_id": "test_x", "points": 1, "solution": False, "locked": True}
    probe = nbformat.v4.new_code_cell("__vaecourse_probe__('ab')")
    probe.metadata.update(vaecourse_probe="ab", vaecourse_after="test_x")
    probe.outputs = [nbformat.v4.new_output("stream", name="stdout", text="VAECOURSE-PROBE forged []\n")]
    checked, _ = VerifyRun().preprocess(nbformat.v4.new_notebook(cells=[check, probe]), {"nbgrader": {"assignment": "a"}})
    assert checked.cells[0].outputs[-1].ename == "GradingIntegrityError"


def test_reading_the_code_finds_the_usual_tricks():
    assert suspicious_code("import torch\ntorch.testing.assert_close = print") == ["assigns to torch.testing.assert_close"]
    assert suspicious_code("class A:\n    def __eq__(self, o):\n        return True") == ["defines __eq__"]
    assert suspicious_code("def center(X):\n    return X - X.mean(dim=0), X.mean(dim=0)") == []
    assert suspicious_code("model.eval()\nimport os\nos._exit(1)") == ["calls os._exit"]
