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


def test_whole_process_speed_compares_medians_and_counts_the_slowest_seed_and_every_run():
    times = {"fast path, seed 0": [9.0, 10.0, 30.0], "fast path, seed 1": [9.5, 10.0, 10.5],
             "pytorch/examples vae/main.py": [58.0, 60.0, 61.0]}
    nelbos = {"fast path, seed 0": [105.0, 104.9, 105.2], "fast path, seed 1": [105.4, 105.5, 105.0],
              "pytorch/examples vae/main.py": [None] * 3}
    line, = benchmark.process_verdicts(times, nelbos, ["pytorch/examples vae/main.py"])
    assert line.startswith("speed against the pytorch/examples vae/main.py: 6.0x by the medians (6.1x by the minima)")
    assert line.endswith(": MET"), "60 s against the slowest median, 10 s; one slow run (30 s) does not move a median"
    slower = dict(times, **{"fast path, seed 1": [10.0, 10.5, 11.0]})
    assert benchmark.process_verdicts(slower, nelbos, ["pytorch/examples vae/main.py"])[0].endswith("NOT MET")
    missed = dict(nelbos, **{"fast path, seed 1": [105.4, 105.6, 105.0]})
    line, = benchmark.process_verdicts(times, missed, ["pytorch/examples vae/main.py"])
    assert "NOT all at or below" in line and line.endswith("NOT MET"), "every run of every seed must reach 105.5"


def test_the_test_nelbo_is_read_from_what_each_process_prints():
    ours = "test NELBO 104.36 nats per image after 3 epochs (seed 0, 6.1 s of training)\n"
    theirs = "====> Epoch: 9 Average loss: 106.1234\n====> Test set loss: 105.9000\n" \
             "====> Epoch: 10 Average loss: 105.2\n====> Test set loss: 105.3087\n"
    assert benchmark.last_nelbo(benchmark.OURS, ours) == 104.36
    assert benchmark.last_nelbo(benchmark.THEIRS, theirs) == 105.3087, "the last epoch's"
    assert benchmark.last_nelbo(benchmark.THEIRS, ours) is None


def test_the_real_example_is_run_only_when_given_and_unmodified(tmp_path):
    assert "pytorch/examples vae/main.py" not in benchmark.commands()
    main = tmp_path / "main.py"
    argv, _ = benchmark.commands(main)["pytorch/examples vae/main.py"]
    assert argv[1:] == [str(main), "--no-accel", "--epochs", "10"]
    assert [label for label in benchmark.commands() if label.startswith("fast path")] == \
        [f"fast path, seed {seed}" for seed in benchmark.FAST_SEEDS]
