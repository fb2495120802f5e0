"""Grade a corpus of answers written blind (issue 15's rounds) with the course's checks, as the mutant tests do.

    python tools/grade_corpus.py CORPUS_DIR [--notebooks 02_encoder,04_vae] [--json results.json] [--alternatives-only]

CORPUS_DIR holds bNN_<name>.py files, each with NOTEBOOK and two lists of dict(name, grade_id, source):
MISTAKES (wrong answers) and ALTERNATIVES (correct ones written differently). Each answer replaces its cell
and every check of the notebook runs as grading runs it (tests/notebook_runner.py: the package's checks from
outside, with a secret seed; the cells that use the answer run again first). Prints, per notebook, the
mistakes that lost no point (escapes) and the alternatives that lost points, and the escape rate.
"""

import argparse
import importlib.util
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from notebook_runner import NotebookRun, Replacement  # noqa: E402
from conftest import ROOT  # noqa: E402


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def grade(corpus, kinds=("mistakes", "alternatives")) -> dict:
    run = NotebookRun(ROOT / "solutions" / corpus.NOTEBOOK / f"{corpus.NOTEBOOK}.ipynb")
    results = {"mistakes": [], "alternatives": []}
    for kind, cases in (("mistakes", corpus.MISTAKES), ("alternatives", corpus.ALTERNATIVES)):
        if kind not in kinds:
            continue
        for case in cases:
            # catches: truthy for a mistake, so that the runner follows the first of each cell through the notebook
            answer = Replacement(case["name"], case["grade_id"], case["source"], {"?": ""} if kind == "mistakes" else {})
            try:
                failed = {check: message for check, message in run.checks_with(answer).items() if message}
            except Exception as error:  # the answer itself cannot run: a student would see it fail in its cell
                failed = {"(the answer cell)": f"{type(error).__name__}: {error}"}
            results[kind].append({"name": case["name"], "grade_id": case["grade_id"], "failed": failed})
    return results


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--notebooks", type=lambda text: text.split(","))
    parser.add_argument("--json", type=Path, help="write every case's failed checks here")
    parser.add_argument("--alternatives-only", action="store_true",
                        help="grade the correct alternatives only (after a change to the checks: none may lose points)")
    args = parser.parse_args(argv)
    corpus_dir, json_path = args.corpus.resolve(), args.json and args.json.resolve()
    with tempfile.TemporaryDirectory() as folder:  # what an answer saves (a checkpoint) stays out of the checkout
        os.chdir(folder)
        report(corpus_dir, json_path, args.notebooks, args.alternatives_only)


def report(corpus_dir: Path, json_path, notebooks, alternatives_only) -> None:
    everything, escaped, total, penalised = {}, 0, 0, 0
    for path in sorted(corpus_dir.glob("b*.py")):
        corpus = load(path)
        if notebooks and corpus.NOTEBOOK not in notebooks:
            continue
        started = time.perf_counter()
        kinds = ("alternatives",) if alternatives_only else ("mistakes", "alternatives")
        results = everything[corpus.NOTEBOOK] = grade(corpus, kinds)
        escapes = [case for case in results["mistakes"] if not case["failed"]]
        wrongly = [case for case in results["alternatives"] if case["failed"]]
        escaped, total, penalised = escaped + len(escapes), total + len(results["mistakes"]), penalised + len(wrongly)
        print(f"## {corpus.NOTEBOOK}: {len(escapes)} of {len(results['mistakes'])} mistakes escaped, "
              f"{len(wrongly)} of {len(results['alternatives'])} alternatives lost points "
              f"({time.perf_counter() - started:.0f} s)", flush=True)
        for case in escapes:
            print(f"- escaped: {case['grade_id']}: {case['name']}", flush=True)
        for case in wrongly:
            print(f"- penalised: {case['grade_id']}: {case['name']}: {json.dumps(case['failed'])[:300]}", flush=True)
        if json_path:
            json_path.write_text(json.dumps(everything, indent=1))
    print(f"total: {escaped} of {total} mistakes escaped ({100 * escaped / max(total, 1):.0f}%), "
          f"{penalised} alternatives lost points")


if __name__ == "__main__":
    main()
