"""Grade a class in one command: every notebook of every student, students in parallel.

    python -m vaecourse.grading SUBMISSIONS --output build/grades      (or: make grade SUBMISSIONS=...)

SUBMISSIONS is nbgrader's layout (a folder holding submitted/<student>/<assignment>/<assignment>.ipynb,
or that submitted/ folder itself), or a folder or .zip of notebooks named by student, as an LMS exports
them: the file name holds the student and the notebook name, e.g. `jdoe_01_pca.ipynb`.

Each student is graded by nbgrader in a folder of its own, holding a copy of the gradebook and that
student's files only, so one broken or hostile submission cannot stop or spoil the others. Written to
the output folder: gradebook.csv (one row per student), feedback/<student>/<assignment>.html (hidden
tests removed) and summary.md (what failed and why).
"""

import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbconvert.preprocessors import Preprocessor
from traitlets import Bool

from vaecourse.release import assignments, course_root

AUTOGRADE_TIMEOUT = 30 * 60  # seconds for one notebook, all cells; nbgrader also limits each cell
HIDDEN_TESTS = re.compile(r"^[ \t]*### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS[ \t]*$", re.MULTILINE | re.DOTALL)


class HideHiddenTests(Preprocessor):
    """Feedback shows what failed, never how it is tested: hidden test code and tracebacks are removed.

    The error name and message stay: the messages of this course's checks name the likely mistake.
    """

    enabled = Bool(True).tag(config=True)  # nbconvert preprocessors are off unless enabled

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type == "code" and HIDDEN_TESTS.search(cell.source):
            cell.source = HIDDEN_TESTS.sub("# (hidden tests, run when grading)", cell.source)
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [f"{output.ename}: {output.evalue}"]
        return cell, resources


@dataclass
class NotebookResult:
    assignment: str
    score: float = 0.0
    max_score: float = 0.0
    manual_pending: float = 0.0  # points of answers that a person still has to grade
    problem: str = ""  # why the notebook could not be graded at all
    failures: list = field(default_factory=list)  # (check, points lost, first line of its error)


@dataclass
class StudentResult:
    student: str
    notebooks: dict = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def total(self) -> float:
        return sum(result.score for result in self.notebooks.values())


# ---------------------------------------------------------------- collecting the submissions

def _safe_extract(archive: Path, target: Path) -> None:
    with zipfile.ZipFile(archive) as zipped:
        for member in zipped.infolist():
            destination = (target / member.filename).resolve()
            if target.resolve() not in destination.parents and destination != target.resolve():
                raise ValueError(f"{archive} contains a path outside the archive: {member.filename}")
        zipped.extractall(target)


def collect(submissions: Path, known: list, scratch: Path):
    """Map each student to {assignment: notebook file}; return it with a list of warnings.

    Recognised: <student>/<assignment>/<file>.ipynb (nbgrader), or any file whose name contains an
    assignment id: what comes before it (else after it), trimmed of separators, is the student.
    """
    warnings = []
    if submissions.is_file() and submissions.suffix == ".zip":
        extracted = scratch / "incoming"
        _safe_extract(submissions, extracted)
        submissions = extracted
    if not submissions.is_dir():
        raise FileNotFoundError(f"{submissions} is neither a folder nor a .zip of submissions")
    if (submissions / "submitted").is_dir():
        submissions = submissions / "submitted"
    found = {}
    for path in sorted(submissions.rglob("*.ipynb")):
        relative = path.relative_to(submissions)
        if ".ipynb_checkpoints" in relative.parts or any(part.startswith(".") for part in relative.parts):
            continue
        if len(relative.parts) == 3 and relative.parts[1] in known:
            student, assignment = relative.parts[0], relative.parts[1]
        else:
            matches = [a for a in known if a in path.stem]
            if not matches:
                warnings.append(f"ignored {relative}: its name contains no notebook name ({', '.join(known)})")
                continue
            assignment = max(matches, key=len)
            before, _, after = path.stem.partition(assignment)  # LMS names: "<student>_<notebook>[-copy]"
            student = re.sub(r"[^A-Za-z0-9]+", "_", before or after).strip("_")
            if len(relative.parts) > 1 and not student:
                student = re.sub(r"[^A-Za-z0-9]+", "_", relative.parts[0]).strip("_")
            if not student:
                warnings.append(f"ignored {relative}: no student name in the file name")
                continue
        previous = found.setdefault(student, {}).get(assignment)
        if previous is not None:
            keep = max(previous, path, key=lambda p: p.stat().st_mtime)
            warnings.append(f"{student} submitted {assignment} twice ({previous.name}, {path.name}): grading the newer, {keep.name}")
            path = keep
        found[student][assignment] = path
    return found, warnings


# ---------------------------------------------------------------- grading

def _write_config(folder: Path, root: Path) -> None:
    config = root / "grading_config.py"
    (folder / "nbgrader_config.py").write_text(
        f"load_subconfig({str(config)!r})  # noqa: F821\n"
        f"c.CourseDirectory.root = {str(folder)!r}  # noqa: F821\n"
    )


def _nbgrader(args: list, folder: Path, timeout: float):
    environment = dict(os.environ, TQDM_DISABLE="1", PYTHONWARNINGS="ignore")
    environment["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{environment.get('PATH', '')}"
    return subprocess.run(["nbgrader", *args], cwd=folder, capture_output=True, text=True,
                          timeout=timeout, env=environment, stdin=subprocess.DEVNULL)


def build_template(root: Path, scratch: Path) -> Path:
    """A gradebook that knows every assignment and its checks (from solutions/), copied for each student."""
    folder = scratch / "template"
    folder.mkdir(parents=True)
    _write_config(folder, root)
    (folder / "solutions").symlink_to(root / "solutions")
    for assignment in assignments(root):
        result = _nbgrader(["generate_assignment", assignment, "--force", "--log-level=WARN"], folder, 600)
        if result.returncode != 0:
            raise RuntimeError(f"could not register {assignment} in the gradebook:\n{result.stdout}{result.stderr}")
    return folder / "gradebook.db"


def _last_error(log: str) -> str:
    lines = [line.strip() for line in log.splitlines() if "ERROR" in line or "Error" in line]
    return lines[-1][:300] if lines else "nbgrader failed without a message"


def _written_answers(gradebook, assignment: str) -> set:
    """Names of the graded cells that are answers for a person to grade (not automatic checks)."""
    notebook = gradebook.find_notebook(assignment, assignment)
    return {cell.name for cell in notebook.solution_cells} & {cell.name for cell in notebook.grade_cells}


def _read_result(folder: Path, student: str, assignment: str) -> NotebookResult:
    from nbgrader.api import Gradebook

    result = NotebookResult(assignment)
    errors = _errors_by_check(folder / "autograded" / student / assignment / f"{assignment}.ipynb")
    with Gradebook(f"sqlite:///{folder / 'gradebook.db'}", course_id="vae-course") as gradebook:
        written = _written_answers(gradebook, assignment)
        for grade in gradebook.find_submission_notebook(assignment, assignment, student).grades:
            if grade.name in written:
                if grade.auto_score == 0:  # nbgrader's mark for an answer left as given
                    result.failures.append((grade.name, grade.max_score, "written answer missing"))
                else:
                    result.manual_pending += grade.max_score
                continue
            result.score += grade.auto_score
            result.max_score += grade.max_score
            if grade.auto_score < grade.max_score:
                lost = grade.max_score - grade.auto_score
                result.failures.append((grade.name, lost, errors.get(grade.name, "failed")))
    return result


def _errors_by_check(notebook_path: Path) -> dict:
    """First line of the error (or stderr output) of each graded cell of an autograded notebook."""
    errors = {}
    if not notebook_path.is_file():
        return errors
    for cell in nbformat.read(notebook_path, as_version=4).cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        for output in cell.get("outputs", []):
            if output.output_type == "error" and output.ename == "NotImplementedError" and not output.evalue:
                message = "not answered yet (the stub still raises NotImplementedError)"
            elif output.output_type == "error":
                message = f"{output.ename}: {output.evalue}".strip()
            elif output.output_type == "stream" and output.name == "stderr":
                message = "wrote to stderr: " + output.text.strip()
            else:
                continue
            errors[grade_id] = message.splitlines()[0][:300] if message else "error"
            break
    return errors


def _max_score(template: Path, assignment: str) -> float:
    """Points of the automatic checks of an assignment (written answers are graded by hand)."""
    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{template}", course_id="vae-course") as gradebook:
        written = _written_answers(gradebook, assignment)
        notebook = gradebook.find_notebook(assignment, assignment)
        return float(sum(cell.max_score for cell in notebook.grade_cells if cell.name not in written))


def grade_student(student: str, files: dict, root: Path, template: Path, scratch: Path, output: Path) -> StudentResult:
    started = time.perf_counter()
    outcome = StudentResult(student)
    folder = scratch / "students" / student
    folder.mkdir(parents=True)
    _write_config(folder, root)
    shutil.copy(template, folder / "gradebook.db")
    for assignment in assignments(root):
        path = files.get(assignment)
        if path is None:
            outcome.notebooks[assignment] = NotebookResult(assignment, max_score=_max_score(template, assignment),
                                                           problem="not submitted")
            continue
        try:
            nbformat.validate(nbformat.read(path, as_version=4))
        except Exception as error:  # any unreadable file is that student's problem only
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            outcome.notebooks[assignment] = NotebookResult(
                assignment, max_score=_max_score(template, assignment),
                problem=f"{path.name} is not a valid notebook ({first_line[:200]})")
            continue
        target = folder / "submitted" / student / assignment / f"{assignment}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
        try:
            graded = _nbgrader(["autograde", assignment, "--student", student, "--force", "--log-level=WARN"],
                               folder, AUTOGRADE_TIMEOUT)
        except subprocess.TimeoutExpired:
            graded = None
        if graded is None or graded.returncode != 0:
            why = "grading took too long" if graded is None else _last_error(graded.stdout + graded.stderr)
            outcome.notebooks[assignment] = NotebookResult(assignment, max_score=_max_score(template, assignment),
                                                           problem=f"could not be graded: {why}")
            continue
        outcome.notebooks[assignment] = _read_result(folder, student, assignment)
        _nbgrader(["generate_feedback", assignment, "--student", student, "--force", "--log-level=WARN"], folder, 600)
        html = folder / "feedback" / student / assignment / f"{assignment}.html"
        if html.is_file():
            destination = output / "feedback" / student / f"{assignment}.html"
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(html, destination)
    outcome.seconds = time.perf_counter() - started
    return outcome


# ---------------------------------------------------------------- reports

def write_gradebook(results: list, names: list, path: Path) -> None:
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["student", *names, "total", "max", "manual_pending"])
        for result in results:
            scores = [f"{result.notebooks[name].score:g}" for name in names]
            maximum = sum(result.notebooks[name].max_score for name in names)
            pending = sum(result.notebooks[name].manual_pending for name in names)
            writer.writerow([result.student, *scores, f"{result.total:g}", f"{maximum:g}", f"{pending:g}"])


def write_summary(results: list, names: list, warnings: list, seconds: float, path: Path) -> str:
    lines = [f"# Grading summary\n", f"{len(results)} students, {len(names)} notebook(s), graded in {seconds:.0f} s.\n"]
    if warnings:
        lines += ["## Files not graded as given\n"] + [f"- {w}" for w in warnings] + [""]
    lines.append("## Results\n")
    for result in results:
        maximum = sum(result.notebooks[name].max_score for name in names)
        lines.append(f"### {result.student}: {result.total:g} / {maximum:g}\n")
        for name in names:
            notebook = result.notebooks[name]
            line = f"- {name}: {notebook.score:g} / {notebook.max_score:g}"
            if notebook.problem:
                line += f" — {notebook.problem}"
            if notebook.manual_pending:
                line += f" (+ {notebook.manual_pending:g} points of written answers to grade by hand)"
            lines.append(line)
            lines += [f"  - {check}: lost {lost:g} — {message}" for check, lost, message in notebook.failures]
        lines.append("")
    text = "\n".join(lines)
    path.write_text(text)
    return text


def grade_class(submissions: Path, output: Path, root: Path, workers=None) -> list:
    started = time.perf_counter()
    names = assignments(root)
    output.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(output / "feedback", ignore_errors=True)
    with tempfile.TemporaryDirectory(prefix="vae-grading-") as temporary:
        scratch = Path(temporary)
        found, warnings = collect(submissions, names, scratch)
        template = build_template(root, scratch)
        workers = workers or os.cpu_count() or 1
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = [pool.submit(grade_student, student, files, root, template, scratch, output)
                       for student, files in sorted(found.items())]
            results = [future.result() for future in futures]
    seconds = time.perf_counter() - started
    write_gradebook(results, names, output / "gradebook.csv")
    write_summary(results, names, warnings, seconds, output / "summary.md")
    return results


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("submissions", type=Path, help="folder or .zip of submissions")
    parser.add_argument("--output", type=Path, default=Path("build/grades"), help="where the reports go")
    parser.add_argument("--root", type=Path, help="the course folder (default: the current directory)")
    parser.add_argument("--workers", type=int, help="students graded at once (default: one per core)")
    args = parser.parse_args(argv)
    root = course_root(args.root)
    if not args.submissions.exists():
        sys.exit(f"error: {args.submissions} does not exist")
    results = grade_class(args.submissions.resolve(), args.output.resolve(), root, args.workers)
    print((args.output / "gradebook.csv").read_text(), end="")
    print(f"{len(results)} students graded: {args.output}/gradebook.csv, {args.output}/summary.md, {args.output}/feedback/")


if __name__ == "__main__":
    main()
