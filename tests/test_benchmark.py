"""tools/benchmark.py's verdicts: each target is judged MET only when the measured numbers meet it."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import benchmark  # noqa: E402


def run(totals, walls):
    return {"test_total": totals, "wall": walls, "seconds": walls}


EXAMPLE = run([120.0, 105.4], [30.0, 60.0])


def test_speed_is_met_only_if_every_seed_reaches_the_target_in_a_sixth_of_the_time():
    fast = [run([110.0, 105.0], [4.0, 9.0]), run([108.0, 104.0], [5.0, 10.0])]
    assert benchmark.verdicts(EXAMPLE, fast)[0].endswith(": MET"), "60 s / 10 s = 6x"
    slow = fast + [run([109.0, 105.2], [5.0, 10.5])]
    assert benchmark.verdicts(EXAMPLE, slow)[0].endswith("NOT MET"), "the slowest seed counts"
    never = fast + [run([109.0, 105.6], [4.0, 8.0])]
    assert benchmark.verdicts(EXAMPLE, never)[0].endswith("NOT MET"), "a seed that never gets there fails it"


def test_quality_and_conv_targets():
    fast = [run([104.0], [5.0])]
    lines = benchmark.verdicts(EXAMPLE, fast, full=run([101.0, 99.9], [1, 2]), conv=run([99.0, 99.5], [1, 2]))
    assert lines[1].endswith(": MET") and lines[2].endswith(": MET")
    lines = benchmark.verdicts(EXAMPLE, fast, full=run([99.0, 100.1], [1, 2]), conv=run([99.0, 100.2], [1, 2]))
    assert lines[1].endswith("NOT MET") and lines[2].endswith("NOT MET"), "final epochs count, not the best"


def test_time_to_is_the_first_epoch_at_or_below_the_target():
    history = run([107.0, 105.5, 104.0], [1.0, 2.0, 3.0])
    assert benchmark.time_to(history, "wall") == 2.0
    assert benchmark.time_to(run([106.0], [1.0]), "wall") is None
