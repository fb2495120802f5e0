"""Run each solution's graded checks over many secret seeds: a correct answer must pass on every draw.

    VAE_COURSE_FAST=1 python tools/seed_sweep.py [--notebooks 06_latent_space,...] [--seconds 20] [--first 1]

The grader draws a new secret for every run (vaecourse.grading.GuardedExecute), and each check draws its inputs
from it. A check that fails a correct answer on one draw in 10,000 takes points from a student now and then, and
the five secrets of tests/test_mutants.py cannot show it (checks.latent.slerp did, on 10 seeds in 37,000). Here each
solution notebook runs once in this process (tests/notebook_runner.py), then each of its checks graded from outside
runs as the grader runs it, on the secrets --first, --first + 1, ... for --seconds (at least 20 secrets). Prints, per
check, how many secrets ran and each failure with its secret; the exit code is 1 if any failed. A failure is then
worth running again alone, on that secret (a check shares the solution's objects with the runs before it here).

A pass can still be a near miss: --margins records, for every comparison a check makes (torch.allclose, and
expect_close's torch.testing.assert_close), how far the two tensors were from each other in units of the
tolerance, max |a - b| / (atol + rtol |b|), by the line of the check that asked; it prints the lines where some
secret came within a factor of 3 of the tolerance from either side. A correct answer that lands that close passes
by luck: the next secrets may fail it (the losses of one train_step differed by 1.2 tolerances at worst, then failed
1 secret in 100).
"""

import argparse
import collections
import math
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from notebook_runner import NotebookRun  # noqa: E402
from conftest import ROOT  # noqa: E402

from vaecourse import checks, remote  # noqa: E402
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


CHECKS = Path(checks.__file__).resolve().parent


class Margins:
    """The distance of each comparison from its tolerance, by the line of vaecourse/checks that asked for it."""

    def __init__(self):
        self.ratios = collections.defaultdict(list)

    @staticmethod
    def ratio(actual, expected, rtol: float, atol: float) -> float:
        """max |a - b| / (atol + rtol |b|): below 1 the two are close; NaN where only one side is NaN is infinite."""
        a, b = actual.detach().double(), expected.detach().double()
        gap = (a - b).abs() / (atol + rtol * b.abs())
        gap = torch.where(a.isnan() & b.isnan(), torch.zeros_like(gap), gap.nan_to_num(nan=math.inf))
        return gap.max().item() if gap.numel() else 0.0

    @staticmethod
    def site():
        """The check's own line: the first frame in vaecourse/checks outside its shared helpers (__init__.py).
        None when the comparison is not a check's (the solution's own code, which a check may be running)."""
        frame, helper = sys._getframe(2), None
        if Path(frame.f_code.co_filename).parent != CHECKS:
            return None
        while frame is not None:
            path = Path(frame.f_code.co_filename)
            if path.parent == CHECKS:
                if path.name != "__init__.py":
                    return f"{path.name}:{frame.f_lineno}"
                helper = helper or f"{path.name}:{frame.f_lineno}"
            frame = frame.f_back
        return helper

    def recording(self, compare, tolerances):
        """`compare` (allclose or assert_close) that also records its ratio, when a check called it on tensors."""
        def recorded(actual, expected, *args, **kwargs):
            site = self.site()
            if site and type(actual) is torch.Tensor and type(expected) is torch.Tensor:
                rtol, atol = tolerances(actual, *args, **kwargs)
                try:
                    self.ratios[site].append(self.ratio(actual, expected, rtol, atol))
                except RuntimeError:  # shapes that do not broadcast: the comparison itself says so
                    pass
            return compare(actual, expected, *args, **kwargs)
        return recorded

    def install(self) -> None:
        def allclose_tolerances(actual, rtol=1e-5, atol=1e-8, *_, **__):
            return rtol, atol

        def assert_close_tolerances(actual, *_, rtol=None, atol=None, **__):
            defaults = {torch.float64: (1e-7, 1e-7), torch.float16: (1e-3, 1e-5)}.get(actual.dtype, (1.3e-6, 1e-5))
            return (defaults[0] if rtol is None else rtol), (defaults[1] if atol is None else atol)

        torch.allclose = self.recording(torch.allclose, allclose_tolerances)
        checks._assert_close = self.recording(checks._assert_close, assert_close_tolerances)

    def report(self, band: float = 3.0) -> None:
        near = {site: ratios for site, ratios in self.ratios.items()
                if any(1 / band <= ratio <= band for ratio in ratios)}
        print(f"\ncomparisons at {len(self.ratios)} lines of the checks; within a factor of {band:g} of the "
              f"tolerance on some secret: {len(near)}")
        for site, ratios in sorted(near.items()):
            inside = sum(1 / band <= ratio <= band for ratio in ratios)
            print(f"  {site}: {inside} of {len(ratios)} comparisons, ratios {min(ratios):.3g} to {max(ratios):.3g}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notebooks", help="comma-separated (default: all)")
    parser.add_argument("--seconds", type=float, default=20.0, help="per check")
    parser.add_argument("--first", type=int, default=1, help="the first secret")
    parser.add_argument("--margins", action="store_true", help="report the comparisons near their tolerance")
    args = parser.parse_args(argv)
    names = args.notebooks.split(",") if args.notebooks else assignments(ROOT)
    margins = Margins() if args.margins else None
    if margins:
        margins.install()
    failures = sum(sweep(name, args.seconds, args.first) for name in names)
    if margins:
        margins.report()
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
