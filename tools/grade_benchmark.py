"""Time the grading pipeline: a class of N students made from the demo submissions, graded with grade_class.

    python tools/grade_benchmark.py [--students 30] [--workers 2] [--output /tmp/grade-benchmark]

The demo class (complete, half done, untouched, corrupt; see `vaecourse.release demo`) is repeated
until there are N students. Prints the wall time of the class and the time per student.
"""

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from vaecourse.grading import Limits, grade_class  # noqa: E402
from vaecourse.release import course_root, demo  # noqa: E402


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--students", type=int, default=30)
    parser.add_argument("--workers", type=int, help="default: one per core")
    parser.add_argument("--root", type=Path, help="the course folder (default: this repository)")
    parser.add_argument("--output", type=Path, default=Path(tempfile.gettempdir()) / "grade-benchmark")
    args = parser.parse_args(argv)
    root = course_root(args.root or Path(__file__).resolve().parents[1])
    with tempfile.TemporaryDirectory(prefix="vae-bench-") as temporary:
        pool = Path(temporary) / "demo"
        demo(root, pool)
        models = sorted(p for p in pool.iterdir() if p.is_dir())
        submitted = Path(temporary) / "class" / "submitted"
        for index in range(args.students):
            model = models[index % len(models)]
            shutil.copytree(model, submitted / f"s{index:02d}_{model.name}")
        started = time.perf_counter()
        results = grade_class(submitted.parent, args.output, root, args.workers, Limits.from_config(root))
        seconds = time.perf_counter() - started
    graded = [r.seconds for r in results if r.seconds > 1]  # the corrupt file is rejected before any kernel starts
    print(f"{len(results)} students in {seconds:.0f} s with {args.workers or 'one per core'} workers "
          f"({seconds / len(results):.1f} s per student of wall time)")
    if graded:
        print(f"one student, start to end: median {statistics.median(graded):.0f} s, max {max(graded):.0f} s")
    print(f"reports: {args.output}/summary.md")


if __name__ == "__main__":
    main()
