"""The nbgrader configuration of the course: the one source of truth.

nbgrader only reads `nbgrader_config.py` from its working directory; that file (and the per-student
grading folders made by `vaecourse.grading`) does nothing but load this one.
"""

c = get_config()  # noqa: F821  (provided by traitlets when nbgrader loads the file)

c.CourseDirectory.course_id = "vae-course"

# The exchange that `nbgrader release_assignment`, `collect`, `release_feedback` and the students' Assignment List
# (`make lab`, student_lab/) share, so that they need no flag: build/exchange/, or VAE_COURSE_EXCHANGE.
import os  # noqa: E402

c.Exchange.root = os.path.abspath(
    os.environ.get("VAE_COURSE_EXCHANGE") or os.path.join(os.path.dirname(__file__), "build", "exchange"))
# Instructor notebooks (nbgrader source format) live in solutions/<assignment>/, the student release
# in course/<assignment>/; one assignment per notebook, named like its notebook (01_pca/01_pca.ipynb).
c.CourseDirectory.source_directory = "solutions"
c.CourseDirectory.release_directory = "course"

# What students see in place of a solution.
c.ClearSolutions.code_stub = {
    "python": '# YOUR CODE HERE\nraise NotImplementedError("Exercise not done yet: write your code in place of this line.")'
}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"

# The release is nbgrader's, plus the Colab badge and install cell: `make release`, `nbgrader generate_assignment`
# and formgrader's Generate button all make the same course/.
from nbgrader.converters import GenerateAssignment  # noqa: E402

c.GenerateAssignment.preprocessors = [*GenerateAssignment.class_traits()["preprocessors"].default(),
                                      "vaecourse.release.AddColabCells"]

# Each cell may run 2 minutes and the kernel 1 minute to start; notebooks keep graded runs far below.
c.Execute.timeout = 120
c.Execute.startup_timeout = 60

# A test cell that writes to stderr scores 0 in nbgrader. Library warnings and progress bars are not
# the student's fault: drop such stderr output before grading. Real failures are exceptions, which
# nbgrader sees as "error" outputs, so nothing here can hide a failing check.
c.IgnorePattern.enabled = True
c.IgnorePattern.pattern = r"\b[A-Za-z]*Warning\b|\d+%\|"

# The release's demonstrations (figures, small trainings) whose results nothing graded reads are not run when
# grading: most of a notebook's run time. The feedback shows a note in their place. False runs every cell.
c.GuardedExecute.skip_demonstrations = True
# A notebook handed in as released (its code cells the release's, in order) is scored 0 without starting a
# kernel: the release's stubs fail every check (tests/test_grading.py proves it by running one). False runs it.
c.GuardedExecute.skip_as_released = True

# A test cell a student deleted is put back and graded instead of silently missing.
c.OverwriteCells.add_missing_cells = True

# Feedback tells students which checks failed and why, without showing the hidden tests, and without
# running anything a student wrote or printed in the reader's browser (vaecourse.grading.SafeFeedback).
c.GenerateFeedback.exporter_class = "vaecourse.grading.SafeFeedback"
c.GenerateFeedback.preprocessors = [
    "nbgrader.preprocessors.GetGrades",
    "vaecourse.grading.MarkUngraded",  # a written answer no one graded yet says so, not "Score: 0.0 / 3.0"
    "vaecourse.grading.HideHiddenTests",
    "nbconvert.preprocessors.CSSHTMLHeaderPreprocessor",
]

# The class roster (vaecourse/lms.py: a CSV of id, name, email, and lms_id, sis_id...), relative to this folder: used by
# `python -m vaecourse.grading` and its `export` when no --roster is given (make grade ROSTER=... overrides it).
# c.Roster.path = "roster.csv"

# The grading sandbox of each student's kernel (vaecourse.sandbox; used by `python -m vaecourse.grading`).
# Execute.timeout above is the per-cell limit; tests set smaller values through vaecourse.grading.Limits.
c.Sandbox.notebook_timeout = 1800  # seconds for one notebook, all cells, before it is stopped
c.Sandbox.memory_mb = 4096  # the kernel's memory and its /tmp: a bigger allocation raises MemoryError
c.Sandbox.tmp_mb = 256  # the part of memory_mb that is the kernel's /tmp (a tmpfs): a bigger file fails to write
c.Sandbox.cpu_seconds = 1200  # the kernel's CPU time (RLIMIT_CPU): past it the kernel is killed
c.Sandbox.nproc = 512  # processes and threads of the sandbox user
c.Sandbox.file_mb = 256  # largest file the kernel may write
c.Sandbox.output_kb = 1000  # output kept per cell; the rest is dropped as it arrives
c.Sandbox.notebook_output_kb = 10000  # output kept per notebook (all cells); errors are always kept
