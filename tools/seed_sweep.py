"""Run each solution's graded checks over many secret seeds: a correct answer must pass on every draw.

    VAE_COURSE_FAST=1 python tools/seed_sweep.py [--notebooks 06_latent_space,...] [--seconds 20] [--first 1]

The grader draws a new secret for every run (vaecourse.grading.GuardedExecute), and each check draws its inputs
from it. A check that fails a correct answer on one draw in 10,000 takes points from a student now and then, and
the five secrets of tests/test_mutants.py cannot show it (checks.latent.slerp did, on 10 seeds in 37,000). Here each
solution notebook runs once in this process (tests/notebook_runner.py), then each of its checks graded from outside
runs as the grader runs it, on the secrets --first, --first + 1, ... for --seconds (at least 20 secrets). Prints, per
check, how many secrets ran and each failure with its secret; the exit code is 1 if any failed. A failure is then
worth running again alone, on that secret (a check shares the solution's objects with the runs before it here).
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from notebook_runner import NotebookRun  # noqa: E402
from conftest import ROOT  # noqa: E402

from vaecourse import remote  # noqa: E402
from vaecourse.release import assignments  # noqa: E402


def sweep(notebook: str, seconds: float, first: int) -> int:
    run = NotebookRun(ROOT / "solutions" / notebook / f"{notebook}.ipynb")
    failures = 0
    for cell in run.checks:
        if not remote.plan(cell.source):
            continue
        grade_id = cell.metadata["nbgrader"]["grade_id"]
        started, secret, failed = time.perf_counter(), first, []
        while secret < first + 20 or time.perf_counter() - started < seconds:
            message = run._run_check(cell, dict(run.namespace), graded=True, secret=secret, charged=set())
            if message:
                failed.append(secret)
                print(f"  {notebook} {grade_id} secret {secret}: {message[:300]}", flush=True)
            secret += 1
        failures += len(failed)
        print(f"{notebook} {grade_id}: {len(failed)} of {secret - first} secrets failed "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
    return failures


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebooks", help="comma-separated (default: all)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per check")
    parser.add_argument("--first", type=int, default=1, help="the first secret")
    args = parser.parse_args(argv)
    names = args.notebooks.split(",") if args.notebooks else assignments(ROOT)
    failures = sum(sweep(name, args.seconds, args.first) for name in names)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
