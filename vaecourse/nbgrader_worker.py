"""nbgrader's commands for one student, in one Python process instead of one process per command.

    python -m vaecourse.nbgrader_worker REPLY_FD        (started by vaecourse.grading, in a student's folder)

Reads commands on stdin, one per line: a JSON list of nbgrader's arguments, e.g. ["autograde", "01_pca",
"--student", "ada", "--force", "--log-level=WARN"]. Runs each as `nbgrader ARGS` would, in this process, the way
nbgrader's own tests run it (`nbgrader.tests.run_nbgrader`: NbGraderApp.instance, initialize, start, reset), and
writes one JSON line on the file descriptor REPLY_FD: {"returncode": ..., "log": what nbgrader logged}.

What this saves: each `nbgrader` command line starts Python and imports nbgrader, nbconvert, torch and the
course's checks before it does anything, and a student costs two commands per notebook. The student's kernel is
started afresh for every notebook, as before, and the grader (`NbgraderWorker` in vaecourse.grading) still limits
each command's time: past it, this process and everything it started are stopped, and the next command starts a
new one. The replies have a pipe of their own: the kernel inherits this process's stdout and stderr (what it
writes there is only ever read as text), never that pipe (subprocesses close inherited descriptors).
"""

import io
import json
import logging
import os
import sys
import traceback

# Written to stdout after each command, before its reply: the grader reads this process's output on a thread of its
# own, which may lag behind the reply; what came before this mark is the command's.
END_MARK = b"\x00vaecourse.nbgrader_worker: end of command\x00"


def run(argv: list) -> tuple:
    """Run `nbgrader ARGV` here: (its exit code, its log)."""
    from jupyter_core.application import NoStart
    from nbgrader.apps import NbGraderApp

    log = io.StringIO()
    app = NbGraderApp.instance()
    code = 0
    try:
        app.initialize(argv)
        app.init_logging(logging.StreamHandler, [log], color=False, subapps=True)
        app.start()
    except NoStart:  # how jupyter's applications end after running a subcommand (launch_instance catches it too)
        pass
    except SystemExit as error:  # nbgrader's apps exit(1) when a notebook failed
        code = error.code if isinstance(error.code, int) else (0 if error.code is None else 1)
    except BaseException:  # noqa: B036 - anything else is this command's failure, not the process's
        log.write(traceback.format_exc())
        code = 1
    finally:
        try:
            app.reset()  # clears the singletons and their log handlers, as nbgrader's tests do between commands
        except Exception:
            log.write(traceback.format_exc())
            code = code or 1
    return code, log.getvalue()


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    reply = os.fdopen(int(argv[0]), "w", encoding="utf-8")
    # The checks run here, beside the student's kernel, and the grader runs one student per core: with torch's
    # default of one thread per core, their OpenMP threads spin against the kernel's and the other students'.
    # Measured on 2 busy cores: torch.linalg.eigh of a 784 x 784 covariance (a check of 01) took 0.8-8 s with 2
    # threads, 0.07 s with 1.
    import torch

    torch.set_num_threads(1)
    for line in sys.stdin:
        code, log = run(json.loads(line))
        sys.stdout.flush()
        sys.stderr.flush()
        os.write(1, END_MARK)
        reply.write(json.dumps({"returncode": code, "log": log}) + "\n")
        reply.flush()


if __name__ == "__main__":
    main()
