"""Grading past one machine: the students of a class graded by the workers of a Dask cluster.

    python -m vaecourse.grading SUBMISSIONS --scheduler tcp://host:8786      (or: make grade SCHEDULER=...)

Grading is a function per student (vaecourse.grading.grade_student): its arguments and its result are data
(paths, limits, a StudentResult), and what it reads and writes are files. So grade_class grades the students
with whatever concurrent.futures Executor `executor` gives it: threads on this machine (the default; each
student's notebooks run in processes of their own), or dask.distributed's executor, which runs each call on a
worker of the cluster. Dask schedules, queues and keeps track of the workers; nothing here does.

A worker grades as this machine would only if it has what the grader has, at the same paths: the course
folder, the submissions, the scratch folder grade_class makes (under $TMPDIR) and the output folder, on a
filesystem every worker mounts; the same Python environment and MNIST; and the environment variables that
the grading kernel is given (vaecourse.sandbox.PASSED_ENVIRONMENT). Every call checks this on its worker
before it grades, and the first call checks every worker of the cluster: a worker that differs is named,
with what it lacks, and grades nothing.
"""

import inspect
import os
import sys
from concurrent.futures import Executor, ThreadPoolExecutor
from pathlib import Path

from vaecourse import sandbox

CONNECT_SECONDS = 30  # to reach the scheduler
SHARED = ("every worker needs, at the same paths, on a filesystem they all mount: the course folder, the "
          "submissions, the grader's scratch folder (under $TMPDIR: set it to a shared folder) and the output "
          "folder; and the grader's Python environment, MNIST and environment variables (README: grading on a cluster)")


def executor(workers: int, scheduler: str = None) -> Executor:
    """The pool that grades the students: `workers` threads here, or, given the address of a Dask scheduler
    (tcp://host:8786), the workers of that cluster (as many students at a time as they have threads)."""
    if scheduler is None:
        return ThreadPoolExecutor(max_workers=workers)
    return DaskPool(scheduler)


class DaskPool(Executor):
    """dask.distributed's concurrent.futures executor on the cluster at `address`, each call checked on its
    worker first (`checked_call`). Closing the pool waits for the calls, then disconnects."""

    def __init__(self, address: str):
        from distributed import Client

        try:  # not the default client: nothing else in this process is sent to the cluster by accident
            self.client = Client(address, timeout=CONNECT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError) as error:
            raise RuntimeError(f"cannot reach the Dask scheduler at {address}: {error}") from None
        self.pool = self.client.get_executor(pure=False)  # the same arguments twice are two gradings, not one
        self.setting = grader_setting()
        self.cluster_checked = False

    def submit(self, function, /, *args, **kwargs):
        if not self.cluster_checked:  # before anything is graded: every worker there is now
            found = self.client.run(worker_problems, self.setting, function, args, kwargs)
            found = {worker: problems for worker, problems in sorted(found.items()) if problems}
            if found:
                self.shutdown(wait=False)
                raise RuntimeError("these Dask workers cannot grade as this machine would:\n" + "\n".join(
                    f"  {worker}: {'; '.join(problems)}" for worker, problems in found.items()) + f"\n{SHARED}")
            self.cluster_checked = True
        return self.pool.submit(checked_call, self.setting, function, *args, **kwargs)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.pool.shutdown(wait=wait)
        self.client.close()


def grader_setting() -> dict:
    """What a grading process's results depend on besides its arguments: its Python environment (nbgrader and
    the course package), MNIST, whether it can sandbox (bubblewrap, as root: vaecourse.grading.Limits.sandboxed)
    and the environment variables the grading kernel is given."""
    import vaecourse
    from vaecourse.data import data_root

    return {"the Python environment": sys.prefix, "the course package": str(Path(vaecourse.__file__).resolve().parent),
            "MNIST": str(data_root().resolve()),
            "the sandbox (bubblewrap, as root)": "usable" if sandbox.bwrap_path() and os.geteuid() == 0 else "not usable",
            **{f"${name}": os.environ.get(name) for name in sandbox.PASSED_ENVIRONMENT}}


def worker_problems(setting: dict, function, args: tuple, kwargs: dict) -> list:
    """Why this process cannot run function(*args, **kwargs) as the grader would ([] when it can): each path
    among the arguments (a Path, or a Path in a dict) that it cannot see, and each setting that differs here."""
    problems = []
    for name, value in inspect.signature(function).bind(*args, **kwargs).arguments.items():
        for path in value.values() if isinstance(value, dict) else [value]:
            if isinstance(path, Path) and not path.exists():
                problems.append(f"cannot see {name} {path}")
    here = grader_setting()
    problems += [f"{what} is {here.get(what)!r} here but {value!r} on the grader"
                 for what, value in setting.items() if here.get(what) != value]
    return problems


def checked_call(setting: dict, function, *args, **kwargs):
    """function(*args, **kwargs), run on a worker once `worker_problems` finds nothing there."""
    problems = worker_problems(setting, function, args, kwargs)
    if problems:
        from distributed import get_worker

        try:
            worker = f"the Dask worker {get_worker().address}"
        except ValueError:  # called outside a worker
            worker = "this process"
        raise RuntimeError(f"{worker} cannot grade as the grader would: "
                           f"{'; '.join(problems)}; {SHARED}")
    return function(*args, **kwargs)
