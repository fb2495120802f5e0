"""Which demonstrations the grader may leave out: only those whose results nothing that runs reads."""

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_notebook

from vaecourse.cellgraph import CellNames, skippable
from vaecourse.grading import mark_demonstrations


def test_a_cell_knows_what_it_binds_reads_first_and_reads_later():
    names = CellNames("import torch as t\nx = t.ones(3)\ny = x + z\nfor i in range(3):\n    total = total + i\n"
                      "squares = [k * k for k in y]\ndef f(a):\n    b = a + scale\n    return b\n%matplotlib inline\n")
    assert names.bound == {"t", "x", "y", "i", "total", "squares", "f"}
    assert names.free == {"z", "range", "total", "get_ipython"}  # k is the comprehension's own, i the loop's
    assert names.deferred == {"scale"}  # a and b are f's own
    assert names.dynamic  # the magic line goes through get_ipython: it may read anything
    assert CellNames("def broken(:\n").bound == set()  # cannot run, so binds and reads nothing


@pytest.mark.parametrize("later, skipped", [
    ("check(model)", set()),  # reads what the demonstration bound: it must run
    ("model = make()\ncheck(model)", {1}),  # binds it again first: the demonstration's value is never read
    ("def f():\n    return model\n", set()),  # a function may read it whenever it is called
    ("check(globals())", set()),  # reads names it does not name
    ("check(other)", {1}),
])
def test_a_demonstration_runs_only_when_something_that_runs_reads_its_results(later, skipped):
    sources = ["model = make()", "model = train(model)\nplot(model)", later]
    assert skippable(sources, {1}) == skipped


def test_a_demonstration_read_only_by_another_left_out_one_is_left_out_too():
    sources = ["data = load()", "picture = draw(data)", "show(picture)", "check(data)"]
    assert skippable(sources, {1, 2}) == {1, 2}
    assert skippable(sources, {1}) == set()  # cell 2 runs, and reads cell 1's picture


def test_only_the_release_s_own_ungraded_code_is_marked():
    def graded(source, grade_id):
        cell = new_code_cell(source)
        cell.metadata["nbgrader"] = {"grade_id": grade_id, "grade": True, "solution": False, "points": 1}
        return cell

    release = new_notebook(cells=[graded("x = 1", "setup"), new_code_cell("plot(x)"), new_code_cell("plot(x * 2)"),
                                  graded("check(x)", "test_x")])
    student = nbformat.from_dict(release)
    student.cells[2].source = "plot(x * 3)"  # the student's own code: it runs
    student.cells.insert(3, new_code_cell("plot(x)"))  # a copy of the instructor's: left out as well
    assert mark_demonstrations(student, release) == 2
    marked = [cell.source for cell in student.cells if cell.metadata.get("vaecourse_demonstration")]
    assert marked == ["plot(x)", "plot(x)"]
