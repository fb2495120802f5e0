"""Instructor tools: execute the solutions, regenerate the student release, build the demo class.

Run from the course folder (the one that holds solutions/ and grading_config.py):

    python -m vaecourse.release execute --output build/executed   # run every solution notebook (or reuse it)
    python -m vaecourse.release generate                          # solutions/ -> course/ (nbgrader)
    python -m vaecourse.release demo --output build/demo/submissions
    python -m vaecourse.release exchange --output build/exchange  # course/ -> the students' local exchange
"""

import argparse
import hashlib
import os
import re
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor

SOLUTION_DELIMITER = re.compile(r"^\s*### (BEGIN|END) SOLUTION\s*$")


def course_root(path=None) -> Path:
    """The course folder: it must hold solutions/ and grading_config.py."""
    root = Path(path or os.getcwd()).resolve()
    if not (root / "solutions").is_dir() or not (root / "grading_config.py").is_file():
        sys.exit(f"error: {root} is not the course folder (no solutions/ or grading_config.py); run this from there")
    return root


def assignments(root: Path) -> list:
    """Assignment ids, in course order: solutions/<id>/<id>.ipynb."""
    return sorted(p.parent.name for p in (root / "solutions").glob("*/*.ipynb") if p.stem == p.parent.name)


def released_assignments(root: Path) -> list:
    """Assignment ids of the student release, in course order: course/<id>/<id>.ipynb."""
    return sorted(p.parent.name for p in (root / "course").glob("*/*.ipynb") if p.stem == p.parent.name)


def notebook_path(root: Path, kind: str, assignment: str) -> Path:
    """kind: 'solutions' (instructor source) or 'course' (student release)."""
    return root / kind / assignment / f"{assignment}.ipynb"


def run_quietly(command: list, cwd: Path, what: str) -> None:
    """Run a command, and show its output only if it fails."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"error: {what} failed:\n{result.stdout}{result.stderr}")


def repository_url(root: Path) -> str:
    """The course's public repository, from pyproject.toml: what Colab badges and installs point at."""
    with (root / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["urls"]["Repository"]


COLAB_SETUP = """\
# Google Colab only: install the course helpers (they carry MNIST). Elsewhere this cell does nothing.
import os, subprocess, sys

if "google.colab" in sys.modules:
    package = os.environ.get("VAE_COURSE_PIP", "vaecourse @ git+{repository}")
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", package], check=True)"""


def add_colab_cells(notebook, repository: str, assignment: str) -> None:
    """Put an "Open in Colab" badge and the Colab install cell right after the notebook's title."""
    colab = repository.replace("https://github.com/", "https://colab.research.google.com/github/")
    badge = nbformat.v4.new_markdown_cell(
        "[![Open In Colab](https://colab.research.google.com/assets/colab-badge.svg)]"
        f"({colab}/blob/main/course/{assignment}/{assignment}.ipynb)")
    badge.id = "colab-badge"
    setup = nbformat.v4.new_code_cell(COLAB_SETUP.format(repository=repository))
    setup.id = "colab-setup"
    notebook.cells[1:1] = [badge, setup]


class AddColabCells(NbGraderPreprocessor):
    """The last step of nbgrader's generate_assignment (grading_config.py): the Colab badge and install cell,
    which only the student copies need. So `make release`, `nbgrader generate_assignment` and formgrader's
    Generate button all make the same course/."""

    def preprocess(self, nb, resources):
        course = Path(resources["metadata"]["path"]).resolve().parent.parent  # <course>/solutions/<assignment>/
        if not (course / "pyproject.toml").is_file():  # a course folder with no public repository to point at
            self.log.warning("%s has no pyproject.toml: no Colab badge or install cell", course)
            return nb, resources
        add_colab_cells(nb, repository_url(course), resources["nbgrader"]["assignment"])
        return nb, resources


def generate(root: Path) -> None:
    """Regenerate course/<id>/<id>.ipynb from solutions/ with nbgrader (stubs, hidden tests removed, cells
    locked, Colab cells added: see AddColabCells)."""
    for assignment in assignments(root):
        run_quietly(["nbgrader", "generate_assignment", assignment, "--force", "--no-db", "--log-level=WARN"],
                    root, f"nbgrader generate_assignment {assignment}")
        print(f"generated {notebook_path(root, 'course', assignment).relative_to(root)}")


class ExecutionFailed(RuntimeError):
    """A solution notebook failed or timed out: the message is one line, naming it, its cell and what to do."""


def _fingerprint(source: Path) -> str:
    """What an executed notebook was made from: the solution notebook, the course package's code and the mode
    (VAE_COURSE_FAST). Equal fingerprints mean that running it again would give the same notebook."""
    digest = hashlib.sha256(source.read_bytes())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(f"fast={os.environ.get('VAE_COURSE_FAST', '')}".encode())
    return digest.hexdigest()


def execute(root: Path, output: Path, timeout: int = None, only=None, force=False) -> None:
    """Execute the solution notebooks (`only` those, default all) top to bottom, each in a fresh kernel in its
    own folder, into output/. A notebook already executed there from the same source, package and mode is
    reused, unless `force`. timeout: seconds a cell may take (None: no limit). A failure raises
    ExecutionFailed, after keeping the partly executed notebook as output/<name>.failed.ipynb."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    output.mkdir(parents=True, exist_ok=True)
    for assignment in only or assignments(root):
        source = notebook_path(root, "solutions", assignment)
        target = output / source.name
        fingerprint = _fingerprint(source)
        if not force and target.is_file() and \
                nbformat.read(target, as_version=4).metadata.get("vaecourse", {}).get("executed_from") == fingerprint:
            print(f"reused {target} (its solution and the package are unchanged; FORCE=1 runs it again)")
            continue
        notebook = nbformat.read(source, as_version=4)
        running = [0]  # the index of the cell being executed, for the message if it fails
        client = NotebookClient(notebook, timeout=timeout, resources={"metadata": {"path": str(source.parent)}},
                                on_cell_execute=lambda cell, cell_index: running.__setitem__(0, cell_index))
        started = time.perf_counter()
        try:
            client.execute()
        except (CellExecutionError, CellTimeoutError, DeadKernelError) as error:
            nbformat.write(notebook, output / f"{assignment}.failed.ipynb")
            index = running[0]
            first = notebook.cells[index].source.strip().splitlines()[:1] or [""]
            where = f"{assignment}, cell {index + 1} of {len(notebook.cells)} ({first[0][:60]!r})"
            if isinstance(error, CellTimeoutError):
                raise ExecutionFailed(f"{where} took longer than {timeout} s: on a busy machine, raise the "
                                      f"limit: make course CELL_TIMEOUT=seconds (0: none)") from None
            what = (f"{error.ename}: {str(error.evalue).splitlines()[0] if error.evalue else ''}"
                    if isinstance(error, CellExecutionError) else "the kernel died (out of memory?)")
            raise ExecutionFailed(f"{where} failed: {what}; see {output / f'{assignment}.failed.ipynb'}, fix "
                                  f"solutions/{assignment}, then make course again (what passed is reused)") from None
        notebook.metadata["vaecourse"] = {"executed_from": fingerprint}
        nbformat.write(notebook, target)
        (output / f"{assignment}.failed.ipynb").unlink(missing_ok=True)
        print(f"executed {source.relative_to(root)} in {time.perf_counter() - started:.0f} s -> {target}")


def strip_solution_delimiters(source: str) -> str:
    return "\n".join(line for line in source.splitlines() if not SOLUTION_DELIMITER.match(line))


def fill_solutions(release, solution, only=None):
    """A copy of the release notebook with the answers of the solution notebook in its solution cells.

    only: grade_ids to fill (default: all). This is what a student who solved those exercises submits.
    """
    answers = {
        cell.metadata["nbgrader"]["grade_id"]: strip_solution_delimiters(cell.source)
        for cell in solution.cells
        if cell.metadata.get("nbgrader", {}).get("solution")
    }
    filled = nbformat.from_dict(release)
    for cell in filled.cells:
        grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
        if cell.metadata.get("nbgrader", {}).get("solution") and (only is None or grade_id in only):
            cell.source = answers[grade_id]
    return filled


def solution_ids(notebook) -> list:
    return [c.metadata["nbgrader"]["grade_id"] for c in notebook.cells if c.metadata.get("nbgrader", {}).get("solution")]


def demo(root: Path, output: Path) -> None:
    """A small class in nbgrader's submitted/<student>/<assignment>/ layout, made from the current notebooks.

    ada: everything solved; ben: the first half solved; cy: the release untouched; dee: a notebook whose
    file was cut short in transfer (invalid JSON).
    """
    for assignment in assignments(root):
        release = nbformat.read(notebook_path(root, "course", assignment), as_version=4)
        solution = nbformat.read(notebook_path(root, "solutions", assignment), as_version=4)
        ids = solution_ids(solution)
        submissions = {
            "ada": nbformat.writes(fill_solutions(release, solution)),
            "ben": nbformat.writes(fill_solutions(release, solution, only=ids[: len(ids) // 2])),
            "cy": nbformat.writes(release),
            "dee": nbformat.writes(release)[:2000],
        }
        for student, text in submissions.items():
            target = output / student / assignment / f"{assignment}.ipynb"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
    print(f"demo class written to {output}: ada (complete), ben (half done), cy (untouched), dee (corrupt file)")


def publish_to_exchange(root: Path, exchange: Path) -> None:
    """Release every assignment of course/ into a local nbgrader exchange, for the Assignment List of `make lab`.

    The same as `nbgrader release_assignment <id> --force --Exchange.root=<exchange>` for each assignment, in one
    process and with the course's nbgrader configuration: course/<id>/ is copied to
    <exchange>/<course_id>/outbound/<id>/ (where students list and fetch it), and <exchange>/<course_id>/inbound/
    is made for their submissions. nbgrader makes the exchange folder writable by everyone, as it requires.
    """
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import ExchangeReleaseAssignment
    from traitlets.config.loader import PyFileConfigLoader

    config = PyFileConfigLoader("nbgrader_config.py", path=str(root)).load_config()
    config.CourseDirectory.root = str(root)
    config.Exchange.root = str(exchange)
    config.ExchangeReleaseAssignment.force = True  # replace what an earlier run released
    released = released_assignments(root)
    for assignment in released:
        config.CourseDirectory.assignment_id = assignment
        release = ExchangeReleaseAssignment(coursedir=CourseDirectory(config=config),
                                            authenticator=Authenticator(config=config), config=config)
        release.start()
    print(f"released {', '.join(released)} to the exchange {exchange / config.CourseDirectory.course_id}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["execute", "generate", "demo", "exchange"])
    parser.add_argument("--output", type=Path, help="where executed notebooks, the demo class or the exchange go")
    parser.add_argument("--root", type=Path, help="the course folder (default: the current directory)")
    parser.add_argument("--timeout", type=int, default=3600,
                        help="execute: seconds a cell may take (default 3600; 0: no limit)")
    parser.add_argument("--assignments", type=lambda text: [n for n in text.split(",") if n],
                        help="execute: only these notebooks (e.g. 05_training,07_beta_study)")
    parser.add_argument("--force", action="store_true", help="execute: run notebooks that could be reused")
    args = parser.parse_args(argv)
    root = course_root(args.root)
    if args.action == "generate":
        generate(root)
    elif args.output is None:
        parser.error(f"{args.action} needs --output")
    elif args.action == "execute":
        unknown = set(args.assignments or ()) - set(assignments(root))
        if unknown:
            sys.exit(f"error: unknown notebook(s) {', '.join(sorted(unknown))}: the known ones are "
                     f"{', '.join(assignments(root))}")
        try:
            execute(root, args.output.resolve(), args.timeout or None, args.assignments, args.force)
        except ExecutionFailed as error:
            sys.exit(f"error: {error}")
    elif args.action == "exchange":
        publish_to_exchange(root, args.output.resolve())
    else:
        demo(root, args.output.resolve())


if __name__ == "__main__":
    main()
