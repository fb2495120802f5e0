"""Run a source notebook's cells in this process, and re-run its checks against replaced answers.

Used by the mutant tests: the solution notebook runs once (its check cells as a student runs them);
then, for each wrong (or alternative) implementation of an exercise, the answer cell is replaced and
every check cell that reads what it changes runs again in a copy of the namespace. A check cell that calls
the package's checks runs them as grading does (vaecourse.remote): in this process standing for the grader,
with a seed the notebook does not show, on the student's functions through the data-only channel, here a
loopback.
Other check cells run as they are, hidden tests included. This is much faster than a full autograde
per mutant; the real nbgrader pipeline is exercised in test_grading.py and test_robustness.py.
"""

import ast
import functools
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import nbformat  # noqa: E402

from vaecourse import remote  # noqa: E402
from vaecourse.cellgraph import CellNames  # noqa: E402

MAGIC = re.compile(r"^\s*[%!]")
SOLUTIONS = Path(__file__).resolve().parents[1] / "solutions"
SECRET = 20261201  # the tests' stand-in for the grader's secret seed
ALL = None  # every name: a replacement that does more than define names may change what any check reads


@dataclass
class Replacement:
    """A different answer for the solution cell `grade_id`: a known mistake, or a correct alternative.

    catches: for a mistake, {check grade_id: text its failure message must contain ("" = any failure; None = another
    check of the same function, which may fail too, depending on the weights it draws)}; every other check must pass.
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
        self._followed = set()  # (mistake or alternative, answer cell) already followed through the later cells
        for cell in self.notebook.cells:
            if cell.cell_type != "code":
                continue
            if cell in self.checks:
                self.outcomes[cell.metadata["nbgrader"]["grade_id"]] = self._run_check(cell, self.namespace)
            else:
                exec(compile(_code(cell), f"<cell {cell.id}>", "exec"), self.namespace)
            plt.close("all")

    @staticmethod
    def _run_check(cell, namespace, graded=False, secret=SECRET, charged=None) -> str:
        """'' if the check passes, else its error message. graded: run it as the grader does (charged: the set
        that the checks of one run share, see remote.Channel)."""
        calls = remote.plan(cell.source) if graded else None
        if calls:
            channel = remote.Channel(lambda message: remote.respond(message, namespace), charged)
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
        charged = set()
        return {c.metadata["nbgrader"]["grade_id"]: self._run_check(c, dict(self.namespace), graded=True, secret=secret,
                                                                    charged=charged)
                for c in self.checks if remote.plan(c.source)}

    def checks_with(self, replacement: Replacement) -> dict:
        """Run every check with `replacement` as the answer of its cell: {check grade_id: '' or message}.

        As in Run All, the code cells after the answer that use it run again first (a training cell trains with
        the replaced train_step, and a check of the trained model sees the result), but only those whose
        results a later check reads, and only for the first mistake and the first alternative of each answer
        cell: retraining for every catalogued mistake would take most of the test suite's time, and one per
        answer shows that what a wrong answer trains is not charged again.
        A check that reads none of the names the replacement may change (see _affected) is not run again: its
        outcome is the solution's, which passes (test_solution_passes_every_check).
        """
        assert replacement.grade_id in self.solutions, f"no solution cell {replacement.grade_id!r}"
        settings = {name: read() for name, (read, _, _) in remote.SETTINGS.items()}
        hooks = {name: dict(table) for name, table in _global_hook_tables().items()}
        try:
            return self._checks_with(replacement)
        finally:  # the answer runs in this process: set_default_dtype, set_grad_enabled... in it must not reach the next
            for name, (_, write, _) in remote.SETTINGS.items():
                write(settings[name])
            for name, table in _global_hook_tables().items():  # nor a hook it put on every module (a student's kernel
                table.clear()  # is theirs alone; this process grades every answer of a corpus in turn)
                table.update(hooks[name])

    def _checks_with(self, replacement: Replacement) -> dict:
        namespace = dict(self.namespace)
        exec(compile(replacement.source, f"<{replacement.name}>", "exec"), namespace)
        followed = (bool(replacement.catches), replacement.grade_id)
        again = [] if followed in self._followed else self._to_run_again(replacement)
        self._followed.add(followed)
        affected = self._affected(replacement, again)
        outcomes, charged = {}, set()
        for cell in self.notebook.cells:
            if cell in self.checks:
                grade_id = cell.metadata["nbgrader"]["grade_id"]
                if _reads_any(_names(_code(cell), strings=True)[0], affected):
                    outcomes[grade_id] = self._run_check(cell, dict(namespace), graded=True, charged=charged)
                else:  # it reads nothing the replacement changed: its outcome is the solution's, which passes
                    outcomes[grade_id] = self.outcomes[grade_id]
            elif any(cell is other for other in again):
                try:
                    exec(compile(_code(cell), f"<cell {cell.id}>", "exec"), namespace)
                except Exception:  # as in a notebook: the error shows in that cell, and the next cells run
                    pass
                finally:
                    plt.close("all")
        return outcomes

    def _affected(self, replacement: Replacement, again: list) -> set:
        """The names whose value or behaviour the replacement may change: what it and the cells run again define,
        then, until nothing is added, what any code cell defines that reads one of those (a function that calls
        a replaced function behaves differently; an object made from a replaced class too)."""
        if not _only_defines(replacement.source):
            return ALL
        affected = _names(replacement.source)[1].union(*(_names(_code(cell))[1] for cell in again))
        cells = [_names(_code(c)) for c in self.notebook.cells if c.cell_type == "code" and c not in self.checks]
        grown = True
        while grown:
            grown = False
            for reads, writes in cells:
                if _reads_any(reads, affected) and not writes <= affected:
                    affected |= writes
                    grown = True
        return affected

    def _to_run_again(self, replacement: Replacement) -> list:
        """The code cells after the answer's cell that read a name it (or a cell run again) defines, and define
        a name that a later check, or a cell run again before it, reads."""
        code = [c for c in self.notebook.cells if c.cell_type == "code"]
        start = next(i for i, c in enumerate(code) if c.metadata.get("nbgrader", {}).get("grade_id") == replacement.grade_id)
        changed, candidates = _names(replacement.source)[1], []
        for cell in code[start + 1:]:
            if cell in self.checks:
                continue
            reads, writes = _names(_code(cell))
            if _reads_any(reads, changed):
                candidates.append(cell)
                changed |= writes
        needed, again = frozenset(), []
        for cell in reversed(code[start + 1:]):
            if cell in self.checks:
                needed = _union(needed, _names(_code(cell), strings=True)[0])
                continue
            reads, writes = _names(_code(cell))
            if any(cell is other for other in candidates) and _reads_any(needed, writes):
                again.append(cell)
                needed = _union(needed, reads)
        return again


def _global_hook_tables() -> dict:
    """torch's tables of hooks that apply to every module (register_module_forward_hook and the like)."""
    import torch.nn.modules.module as module

    return {name: table for name, table in vars(module).items() if name.startswith("_global_") and isinstance(table, dict)}


@functools.cache
def _names(source: str, strings: bool = False):
    """(names a cell reads, at top level or inside its functions and classes, since a function that calls
    train_step uses train_step; names it binds at top level), as the grader's vaecourse.cellgraph sees them. A cell
    that reads names it does not name (globals(), eval) reads every name: reads is ALL.
    strings: a string that could be a name counts as read (a check may look a function up by its name)."""
    names = CellNames(source)
    reads = frozenset(names.free | names.deferred)
    if strings:
        reads |= {node.value for node in ast.walk(ast.parse(source))
                  if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value.isidentifier()}
    return (ALL if names.dynamic else reads), frozenset(names.bound)


def _reads_any(reads, names) -> bool:
    return reads is ALL or names is ALL or bool(reads & names)


def _union(names, more):
    return ALL if names is ALL or more is ALL else names | more


def _only_defines(source: str) -> bool:
    """Whether a cell only defines names (functions, classes, imports, plain assignments), with no other effect
    when it runs, such as changing a module's attribute."""
    return all(isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Import, ast.ImportFrom))
               or isinstance(s, ast.Assign) and all(isinstance(t, ast.Name) for t in s.targets)
               for s in ast.parse(source).body)


@functools.cache
def _solution_sources(notebook: str) -> dict:
    path = SOLUTIONS / notebook / f"{notebook}.ipynb"
    return {c.metadata["nbgrader"]["grade_id"]: c.source for c in nbformat.read(path, as_version=4).cells
            if c.metadata.get("nbgrader", {}).get("solution")}


def _blind_case(round_number: int, notebook: str, kind: str, name: str) -> dict:
    path = Path(__file__).parent / "blind" / f"round{round_number}" / f"b{notebook}.py"
    spec = importlib.util.spec_from_file_location(path.stem, path)
    corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(corpus)
    [case] = [case for case in getattr(corpus, kind) if case["name"] == name]
    return case


def blind_mistake(round_number: int, notebook: str, name: str, catches: dict) -> "Replacement":
    """The mistake `name` of notebook `notebook` in blind round `round_number` (tests/blind), as it was written: a
    catalogue names an escape of that round without copying it."""
    case = _blind_case(round_number, notebook, "MISTAKES", name)
    return Replacement(f"{name} (blind round {round_number})", case["grade_id"], case["source"], catches)


def blind_alternative(round_number: int, notebook: str, name: str) -> "Replacement":
    """The correct alternative `name` of blind round `round_number`, as it was written (one a check once penalised)."""
    case = _blind_case(round_number, notebook, "ALTERNATIVES", name)
    return Replacement(f"{name} (blind round {round_number})", case["grade_id"], case["source"])


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
