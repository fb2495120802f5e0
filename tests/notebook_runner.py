"""Run a source notebook's cells in this process, and re-run its checks against replaced answers.

Used by the mutant tests: the solution notebook runs once (its check cells as a student runs them);
then, for each wrong (or alternative) implementation of an exercise, the answer cell is replaced and
every check cell runs again in a copy of the namespace. A check cell that calls the package's checks
runs them as grading does (vaecourse.remote): in this process standing for the grader, with a seed the
notebook does not show, on the student's functions through the data-only channel, here a loopback.
Other check cells run as they are, hidden tests included. This is much faster than a full autograde
per mutant; the real nbgrader pipeline is exercised in test_grading.py and test_robustness.py.
"""

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402

from vaecourse import remote  # noqa: E402

MAGIC = re.compile(r"^\s*[%!]")
SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
SECRET = 20261201  # the tests' stand-in for the grader's secret seed


@dataclass
class Replacement:
    """A different answer for the solution cell `grade_id`: a known mistake, or a correct alternative.

    catches: for a mistake, {check grade_id: text its failure message must contain ("" = any failure)}.
    """

    name: str
    grade_id: str
    source: str
    catches: dict = None


def _code(cell) -> str:
    return "\n".join(line for line in cell.source.splitlines() if not MAGIC.match(line))


class NotebookRun:
    def __init__(self, path):
        self.notebook = nbformat.read(path, as_version=4)
        self.checks = [c for c in self.notebook.cells if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
        self.solutions = {c.metadata["nbgrader"]["grade_id"] for c in self.notebook.cells
                          if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")}
        self.namespace = {"__name__": "__main__"}
        self.outcomes = {}
        for cell in self.notebook.cells:
            if cell.cell_type != "code":
                continue
            if cell in self.checks:
                self.outcomes[cell.metadata["nbgrader"]["grade_id"]] = self._run_check(cell, self.namespace)
            else:
                exec(compile(_code(cell), f"<cell {cell.id}>", "exec"), self.namespace)
            plt.close("all")

    @staticmethod
    def _run_check(cell, namespace, graded=False, secret=SECRET) -> str:
        """'' if the check passes, else its error message. graded: run it as the grader does."""
        calls = remote.plan(cell.source) if graded else None
        if calls:
            channel = remote.Channel(lambda message: remote.respond(message, namespace))
            _, error = remote.run_checks(calls, channel, secret, cell.metadata["nbgrader"]["grade_id"])
            plt.close("all")
            return f"{type(error).__name__}: {error}" if error else ""
        try:
            exec(compile(_code(cell), f"<check {cell.id}>", "exec"), namespace)
        except Exception as error:  # a check fails by raising anything
            return f"{type(error).__name__}: {error}" or type(error).__name__
        finally:
            plt.close("all")
        return ""

    def graded_outcomes(self, secret: int) -> dict:
        """{check grade_id: '' or message} of the checks graded from outside, run with this secret seed."""
        return {c.metadata["nbgrader"]["grade_id"]: self._run_check(c, dict(self.namespace), graded=True, secret=secret)
                for c in self.checks if remote.plan(c.source)}

    def checks_with(self, replacement: Replacement) -> dict:
        """Run every check with `replacement` as the answer of its cell: {check grade_id: '' or message}."""
        assert replacement.grade_id in self.solutions, f"no solution cell {replacement.grade_id!r}"
        namespace = dict(self.namespace)
        exec(compile(replacement.source, f"<{replacement.name}>", "exec"), namespace)
        return {c.metadata["nbgrader"]["grade_id"]: self._run_check(c, dict(namespace), graded=True) for c in self.checks}


@functools.cache
def _solution_sources(notebook: str) -> dict:
    path = SOLUTIONS / notebook / f"{notebook}.ipynb"
    return {c.metadata["nbgrader"]["grade_id"]: c.source for c in nbformat.read(path, as_version=4).cells
            if c.metadata.get("nbgrader", {}).get("solution")}


def edited_solution(notebook: str, grade_id: str, *replacements) -> str:
    """The solution cell `grade_id` of `notebook` with each (old, new) replacement made.

    Lets a catalogue write a mistake as a small edit, so that it differs from the solution by exactly
    the mistake it names; `old` must occur exactly once, so a changed solution fails loudly here.
    """
    source = _solution_sources(notebook)[grade_id]
    for old, new in replacements:
        if source.count(old) != 1:
            raise ValueError(f"{notebook}/{grade_id}: {old!r} occurs {source.count(old)} times in the solution")
        source = source.replace(old, new)
    return source
