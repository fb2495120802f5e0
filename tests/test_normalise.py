"""The notebook that is graded, rebuilt from whatever a student submits (no kernel: fast).

`normalise` must give back the release's graded cells, locked ones as released, whatever the
submission holds; `_prepare` must either do that or give the reason the file cannot be graded, which
becomes that notebook's problem. Never an exception that stops the class. Hypothesis feeds both
malformed notebooks: random cell types, odd or null nbgrader metadata, duplicated, missing and
unknown grade ids, sources with lone surrogates.
"""

import json

import nbformat
import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaecourse import grading
from vaecourse.grading import Limits, _grade_id, _prepare, normalise
from vaecourse.sandbox import suspicious_code

RELEASE = nbformat.read(ROOT / "course/01_pca/01_pca.ipynb", as_version=4)
GRADED = [cell for cell in RELEASE.cells if _grade_id(cell)]
IDS = [_grade_id(cell) for cell in GRADED]
pytestmark = pytest.mark.filterwarnings("ignore::nbformat.warnings.MissingIDFieldWarning")  # old files have no ids


def release_cell(grade_id):
    return nbformat.from_dict(next(cell for cell in GRADED if _grade_id(cell) == grade_id))


def assert_graded_as_released(rebuilt, submitted=None):
    """The rebuilt notebook's graded cells are the release's: same order, type, metadata, locked sources."""
    graded = [cell for cell in rebuilt.cells if _grade_id(cell)]
    assert [(c.cell_type, c.metadata) for c in graded] == [(c.cell_type, c.metadata) for c in GRADED]
    for mine, released in zip(graded, GRADED):
        if released.metadata.nbgrader.get("locked"):
            assert mine.source == released.source
        elif submitted is not None:  # an answer: the student's first copy, or the stub if there is none
            copies = [c for c in submitted.cells if _grade_id(c) == _grade_id(released)]
            assert mine.source == (copies[0].source if copies else released.source)
    # no forged metadata survives; the grader marks only the release's own demonstrations (mark_demonstrations)
    given = {cell.source for cell in RELEASE.cells}
    for cell in rebuilt.cells:
        if not _grade_id(cell):
            assert cell.metadata in ({}, {"vaecourse_demonstration": True}) and (not cell.metadata or cell.source in given)
    nbformat.validate(rebuilt)


# ---------------------------------------------------------------- malformed nbgrader metadata

@pytest.mark.parametrize("meta", [None, [], ["grade_id", "center"], "center", 3, {}, {"grade_id": None},
                                  {"grade_id": ["center"]}, {"grade_id": 7}, {"grade_id": ""}, {"solution": True}])
def test_malformed_nbgrader_metadata_makes_an_ordinary_cell(meta):
    submitted = nbformat.from_dict(RELEASE)
    answer = next(cell for cell in submitted.cells if _grade_id(cell) == "center")
    answer.source = "def center(X):\n    return X - X.mean(0), X.mean(0)\n"
    answer.metadata["nbgrader"] = meta
    rebuilt, notes = normalise(submitted, RELEASE)
    assert notes == ["center was deleted: graded as unanswered"]  # not recognised as the answer...
    assert [c for c in rebuilt.cells if c.source == answer.source][0].metadata == {}  # ...but kept, and run
    assert_graded_as_released(rebuilt)


def test_a_null_nbgrader_entry_in_a_check_cell_restores_the_check(tmp_path):
    submitted = nbformat.from_dict(RELEASE)
    check = next(cell for cell in submitted.cells if _grade_id(cell) == "test_center")
    check.metadata["nbgrader"] = None
    check.source = "pass"
    path = tmp_path / "01_pca.ipynb"
    path.write_text(json.dumps(submitted))
    rebuilt, notes = _prepare(path, RELEASE)
    assert notes == ["test_center was deleted: restored"]
    assert_graded_as_released(rebuilt, submitted)


def test_a_lone_surrogate_is_replaced_and_the_notebook_graded(tmp_path):
    submitted = nbformat.from_dict(RELEASE)
    answer = next(cell for cell in submitted.cells if _grade_id(cell) == "center")
    answer.source = "# caf\ud800\ndef center(X):\n    return X - X.mean(0), X.mean(0)\n"
    path = tmp_path / "01_pca.ipynb"
    path.write_text(json.dumps(submitted))  # as JSON allows it: "\ud800"
    rebuilt, notes = _prepare(path, RELEASE)
    assert notes == ["text that is not valid Unicode (a lone surrogate) was replaced by U+FFFD"]
    assert release_cell("center").source != answer.source
    assert next(c for c in rebuilt.cells if _grade_id(c) == "center").source == answer.source.replace("\ud800", "\ufffd")
    nbformat.writes(rebuilt).encode("utf-8")  # what grading writes for nbgrader


def test_any_failure_while_preparing_becomes_the_notebooks_problem(tmp_path, monkeypatch):
    def broken(submitted, release):
        raise RuntimeError("an unforeseen case\nsecond line")

    path = tmp_path / "01_pca.ipynb"
    path.write_text(nbformat.writes(RELEASE))
    monkeypatch.setattr(grading, "normalise", broken)
    monkeypatch.setattr(grading, "_max_score", lambda template, assignment: 20.0)
    result = grading._grade_notebook("eve", "01_pca", path, ROOT, None, tmp_path, tmp_path, Limits(), {})
    assert (result.score, result.max_score, result.problem) == (
        0, 20.0, "01_pca.ipynb could not be rebuilt from the release (RuntimeError: an unforeseen case)")


@pytest.mark.parametrize("stamp, kept", [("2026-01-10 09:30:00.000000 UTC", True), ("next tuesday", False)])
def test_a_timestamp_nbgrader_cannot_read_is_a_note_not_a_failure(tmp_path, monkeypatch, stamp, kept):
    """timestamp.txt comes from the student's side of the exchange: nbgrader autograde fails on a bad one."""
    path = tmp_path / "01_pca.ipynb"
    path.write_text(nbformat.writes(RELEASE))
    monkeypatch.setattr(grading, "_max_score", lambda template, assignment: 20.0)
    monkeypatch.setattr(grading, "_nbgrader", lambda *args, **kwargs: grading.subprocess.CompletedProcess([], 1, "", "stop"))
    result = grading._grade_notebook("eve", "01_pca", path, ROOT, None, tmp_path, tmp_path, Limits(), {}, stamp)
    assert (tmp_path / "submitted/eve/01_pca/timestamp.txt").is_file() == kept
    assert any("is not a date" in note for note in result.notes) != kept


@pytest.mark.parametrize("source, finding", [
    ("x = '\ud800'", "code the grader could not read (UnicodeEncodeError): look at it yourself"),
    ("torch" + ".a" * 2000 + " = 1", "code the grader could not read (RecursionError): look at it yourself"),
    ("x = " + "-" * 100_000 + "1", "code the grader could not read (MemoryError): look at it yourself"),
])
def test_code_the_grader_cannot_parse_is_listed_for_review(source, finding):
    assert suspicious_code(source) == [finding]


# ---------------------------------------------------------------- fuzzing

SURROGATES = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
SOURCES = st.lists(st.one_of(st.text(max_size=8), SURROGATES, st.sampled_from([c.source for c in GRADED])),
                   max_size=3).map("".join)
JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_subnormal=False) | st.text(max_size=5),
                    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                    max_leaves=6)
GRADE_IDS = st.one_of(st.sampled_from(IDS), st.text(max_size=6), JSON)
NBGRADER = st.one_of(JSON, st.fixed_dictionaries({}, optional={
    "grade_id": GRADE_IDS, "grade": JSON, "solution": JSON, "locked": JSON, "points": JSON}))
METADATA = st.one_of(st.dictionaries(st.sampled_from(["nbgrader", "colab", "id", "x"]), JSON, max_size=2),
                     st.fixed_dictionaries({"nbgrader": NBGRADER}))


@st.composite
def cells(draw):
    cell_type = draw(st.sampled_from(["code", "markdown", "raw"]))
    cell = {"cell_type": cell_type, "metadata": draw(METADATA), "source": draw(SOURCES)}
    if cell_type == "code":
        cell.update(outputs=[], execution_count=None)
    return nbformat.from_dict(cell)


@st.composite
def submissions(draw):
    """The release, edited as students do (cells deleted, duplicated, moved, re-typed), plus random cells."""
    kept = draw(st.lists(st.sampled_from(RELEASE.cells), max_size=len(RELEASE.cells)))
    edited = []
    for cell in kept:
        cell = nbformat.from_dict(cell)
        cell.pop("id", None)
        if draw(st.booleans()):
            cell.source = draw(SOURCES)
        if draw(st.integers(0, 4)) == 0:
            cell.cell_type = draw(st.sampled_from(["code", "markdown", "raw"]))
            cell.pop("outputs", None), cell.pop("execution_count", None)
            if cell.cell_type == "code":
                cell.update(outputs=[], execution_count=None)
        edited.append(cell)
    mixed = draw(st.permutations(edited + draw(st.lists(cells(), max_size=4))))
    return nbformat.v4.new_notebook(cells=mixed, metadata=draw(st.dictionaries(st.text(max_size=4), JSON, max_size=2)))


@settings(max_examples=300, deadline=None)
@given(submissions())
def test_normalise_always_gives_the_release_graded_cells(submitted):
    rebuilt, notes = normalise(submitted, RELEASE)
    assert_graded_as_released(rebuilt, submitted)
    assert all(isinstance(note, str) for note in notes)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory):
    return tmp_path_factory.mktemp("prepare") / "01_pca.ipynb"


NOTEBOOK_JSON = st.one_of(
    submissions().map(lambda nb: json.dumps(nb)),  # a notebook (maybe invalid: odd metadata, types)
    submissions().map(lambda nb: json.dumps(nb)[: len(json.dumps(nb)) // 2]),  # cut short
    JSON.map(json.dumps),  # JSON that is no notebook
    st.fixed_dictionaries({"cells": st.lists(JSON, max_size=3), "nbformat": st.sampled_from([3, 4, 5, "4", None]),
                           "nbformat_minor": JSON, "metadata": JSON}).map(json.dumps),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(NOTEBOOK_JSON.map(str.encode), st.binary(max_size=40)))
def test_prepare_gives_a_notebook_to_grade_or_a_reason(scratch, content):
    scratch.write_bytes(content)
    try:
        rebuilt, notes = _prepare(scratch, RELEASE)
    except ValueError as error:  # becomes the notebook's problem in summary.md
        assert str(error).startswith("01_pca.ipynb ")
        return
    assert_graded_as_released(rebuilt)
    nbformat.writes(rebuilt).encode("utf-8")  # what grading writes for nbgrader: no lone surrogate left


def test_the_grader_threads_parse_code_without_tripping_over_each_other():
    """The class is graded in threads, and each reads code (plan, suspicious_code, reference_copies).
    With a bare ast.parse this harness failed all of five runs on CPython 3.11.7, 20 to 33 times out of 400
    parses, with "SystemError: AST constructor recursion depth mismatch", which once left a student of the
    demo class ungraded: finalisers run by the garbage collector let another thread parse in the middle of a
    parse. The source is fixed, small and nested like real code, so the test's power and time do not drift
    as the package grows (it parsed grading.py, and took 506 s once that file reached 99 KB)."""
    import sys
    import threading

    from vaecourse import sandbox

    call = "x"
    for depth in range(10):
        call = f"f({call}, [{depth}, (y + {depth})])"
    source = "".join(f"def g{i}(x, y):\n    return {call}\n" for i in range(50))
    errors, done = [], threading.Event()

    class Finalised:
        def __init__(self):
            self.cycle = self  # freed by the collector, which runs __del__ in whichever thread it interrupts

        def __del__(self):
            pass

    def garbage():
        while not done.is_set():
            Finalised()

    def parse():
        for _ in range(100):
            try:
                sandbox.parse(source)
            except SystemError as error:
                errors.append(error)

    collector = threading.Thread(target=garbage)
    parsers = [threading.Thread(target=parse) for _ in range(4)]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        collector.start()
        for thread in parsers:
            thread.start()
        for thread in parsers:
            thread.join()
    finally:
        done.set()
        collector.join()
        sys.setswitchinterval(interval)
    assert errors == []


def test_a_check_the_instructor_changed_after_the_release_is_not_called_edited_by_the_student():
    """A student's unchanged copy of an earlier release's check (its nbgrader checksum still matches) against
    today's release: the summary says the instructor's test changed. The same cell changed by the student, as
    before, says it was edited. Either way the graded cell is today's."""
    from nbgrader.utils import compute_checksum

    today = nbformat.from_dict(RELEASE)
    check = next(cell for cell in today.cells if _grade_id(cell) == "test_pca_fit")
    earlier = nbformat.from_dict(check)
    earlier.source = check.source + "\n# the release the students fetched"
    earlier.metadata.nbgrader.checksum = compute_checksum(earlier)
    submitted = nbformat.from_dict(RELEASE)
    index = next(i for i, cell in enumerate(submitted.cells) if _grade_id(cell) == "test_pca_fit")
    submitted.cells[index] = earlier
    rebuilt, notes = normalise(submitted, today)
    assert "test_pca_fit: the instructor's test changed since this notebook was released: the current one was graded" in notes
    assert not any("was edited" in note for note in notes)
    assert_graded_as_released(rebuilt)

    submitted.cells[index].source += "\nchecks.passed('mine')"  # the student's own change: the checksum fails
    rebuilt, notes = normalise(submitted, today)
    assert "test_pca_fit (locked) was edited: the original was graded" in notes
    assert_graded_as_released(rebuilt)
