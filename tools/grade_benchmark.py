"""Time the grading pipeline: a class of N students made from the demo submissions, graded with grade_class.

    python tools/grade_benchmark.py [--students 30] [--workers 2] [--repeat 1] [--output /tmp/grade-benchmark]

The demo class (complete, half done, untouched, corrupt; see `vaecourse.release demo`) is repeated
until there are N students. Prints, for each run, the wall time of the class (the gradebook template
included) and the time per student; with --repeat, the min and median over the runs. The machine is
often shared: compare two versions by running them one after the other, in turns, and read the min.
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
    parser.add_argument("--repeat", type=int, default=1, help="grade the class this many times")
    parser.add_argument("--output", type=Path, default=Path(tempfile.gettempdir()) / "grade-benchmark")
    args = parser.parse_args(argv)
    root = course_root(args.root or Path(__file__).resolve().parents[1])
    classes, students = [], []
    with tempfile.TemporaryDirectory(prefix="vae-bench-") as temporary:
        pool = Path(temporary) / "demo"
        demo(root, pool)
        models = sorted(p for p in pool.iterdir() if p.is_dir())
        submitted = Path(temporary) / "class" / "submitted"
        for index in range(args.students):
            model = models[index % len(models)]
            shutil.copytree(model, submitted / f"s{index:02d}_{model.name}")
        for run in range(args.repeat):
            started = time.perf_counter()
            results = grade_class(submitted.parent, args.output, root, args.workers, Limits.from_config(root))
            seconds = time.perf_counter() - started
            graded = [r.seconds for r in results if r.seconds > 1]  # the corrupt file is rejected before any kernel starts
            classes.append(seconds)
            students += graded
            print(f"run {run + 1}: {len(results)} students in {seconds:.0f} s with {args.workers or 'one per core'} "
                  f"workers ({seconds / len(results):.1f} s per student of wall time)"
                  + (f"; one student, start to end: median {statistics.median(graded):.0f} s, max {max(graded):.0f} s"
                     if graded else ""), flush=True)
            kinds = {}  # s04_ada -> ada: the demo student each copy was made from
            for result in results:
                kinds.setdefault(result.student.split("_", 1)[1], []).append(result.seconds)
            print("  start to end, median by kind: " + ", ".join(
                f"{kind} {statistics.median(times):.0f} s" for kind, times in sorted(kinds.items())), flush=True)
    if args.repeat > 1:
        print(f"class: min {min(classes):.0f} s, median {statistics.median(classes):.0f} s over {args.repeat} runs")
        if students:
            print(f"one graded student: min {min(students):.0f} s, median {statistics.median(students):.0f} s")
    print(f"reports: {args.output}/summary.md")


if __name__ == "__main__":
    main()
