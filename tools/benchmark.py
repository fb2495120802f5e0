"""Speed and quality of the course's reference VAEs against the PyTorch example, as a user measures them.

    python tools/benchmark.py [--repeat 3] [--example path/to/examples/vae/main.py]   # whole processes (make benchmark)
    python tools/benchmark.py training [--only speed]    # per-epoch table and quality targets (about 7 minutes)

Whole processes (the default): each command below is run as a user types it, from the interpreter's start to
its exit (imports and loading MNIST included), in turns, --repeat times, and timed from outside; prints the
min and median of each and the speed verdict, against each comparator that was run:

* the fast path, once per seed of FAST_SEEDS: `python -m vaecourse.training fast --seed S`;
* the re-implementation of the PyTorch example below: `python tools/benchmark.py example`;
* with --example (EXAMPLE= for make), the real pytorch/examples `vae/main.py --no-accel --epochs 10`,
  unmodified, run in a scratch folder whose ../data is this course's MNIST (it then downloads nothing).
The verdict compares medians: the example's, against the slowest seed's; every run of every seed must reach
105.5 nats. The project cannot ship the example's code; bring your own copy of it to compare with.

`training` trains, one after the other in this process:

* "example": the recipe of pytorch/examples vae/main.py, re-implemented here: its MLP 784-400-20, a
  torchvision MNIST Dataset with a per-item ToTensor transform behind a DataLoader (batch 128, shuffled,
  no workers), Adam at 1e-3, the Bernoulli loss summed over the batch, 10 epochs, the example's own test
  pass after every epoch (counted in its wall time, as when one runs the example);
* "fast path": the reference MLP VAE (vaecourse.training.ARCHITECTURES["mlp_vae_z20"]) trained with
  vaecourse.training.fit and FAST_RECIPE, once per seed of FAST_SEEDS: MNIST as one in-memory tensor,
  mini-batches by indexing it with a seeded permutation, fused Adam, a short one-cycle schedule (warm-up,
  then cosine decay); target: 105.5 nats, with every seed, in at most a sixth of the example's wall time;
* "full budget": the same model and the recipe of its shipped checkpoint (tools/train_checkpoints.py,
  the epochs notebook 05 trains in full mode); target: <= 100 nats;
* "conv": the reference convolutional VAE at the same latent size, with its checkpoint's recipe;
  target: a lower test NELBO than the MLP's full budget.

Test NELBO (every run, same code): the negative ELBO in nats per image averaged over the 10,000 test
images, single-sample estimate: z is *sampled* from q(z|x) once per image (seeded noise) and the
reconstruction term is the Bernoulli BCE summed over the 784 pixels at that z; the KL is analytic.
(Decoding the mean mu instead would not be an ELBO and would flatter the model by a few nats.)

Timings: "train s" excludes evaluation, "wall s" includes it (the speed verdict compares wall times).
Denormal floats are flushed to zero for every run (vaecourse.runtime.setup_tool). The CPU may be
shared with other jobs, so compare the rows of one run, not runs made at different times.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from train_checkpoints import RECIPES  # noqa: E402
from vaecourse.data import prepare_mnist  # noqa: E402
from vaecourse.runtime import setup_tool  # noqa: E402
from vaecourse.training import ARCHITECTURES, FAST_RECIPE, FAST_SEEDS, evaluate, fit, mnist_tensors  # noqa: E402

TARGET = 105.5  # nats: what the PyTorch example's MLP reaches after 10 epochs


class ExampleVAE(nn.Module):
    """The MLP of pytorch/examples vae/main.py: 784-400-(20, 20), 20-400-784, ReLU, sigmoid output.

    encoder/decoder are exposed the way vaecourse.models.VAE exposes them (decoder returns logits),
    so that both runs are evaluated by the very same function.
    """

    def __init__(self, latent_dim: int = 20):
        super().__init__()
        self.fc1 = nn.Linear(784, 400)
        self.fc21 = nn.Linear(400, latent_dim)
        self.fc22 = nn.Linear(400, latent_dim)
        self.fc3 = nn.Linear(latent_dim, 400)
        self.fc4 = nn.Linear(400, 784)

    def encoder(self, x):
        h = F.relu(self.fc1(x.view(-1, 784)))
        return self.fc21(h), self.fc22(h)

    def decoder(self, z):
        return self.fc4(F.relu(self.fc3(z))).view(-1, 1, 28, 28)

    def forward(self, x):
        mu, logvar = self.encoder(x)
        z = mu + torch.exp(0.5 * logvar) * torch.randn_like(mu)  # the example samples in eval mode too
        return self.decoder(z), mu, logvar


def example_loss(logits, x, mu, logvar):
    """The example's loss_function: BCE of sigmoid outputs summed over pixels AND batch, plus the KL sum."""
    bce = F.binary_cross_entropy(torch.sigmoid(logits).view(-1, 784), x.view(-1, 784), reduction="sum")
    kld = -0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp())
    return bce + kld


def run_example(model, test_images, epochs: int = 10, seed: int = 0, evaluate_every_epoch: bool = True) -> dict:
    """Train like pytorch/examples vae/main.py; after each epoch run its test loop, then our evaluation
    (only after the last epoch when not evaluate_every_epoch, as in a whole-process run)."""
    from torchvision import datasets, transforms

    root = str(prepare_mnist())
    torch.manual_seed(seed)
    train_loader = torch.utils.data.DataLoader(
        datasets.MNIST(root, train=True, download=False, transform=transforms.ToTensor()), batch_size=128, shuffle=True)
    test_loader = torch.utils.data.DataLoader(
        datasets.MNIST(root, train=False, download=False, transform=transforms.ToTensor()), batch_size=128, shuffle=False)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    history = {"test_total": [], "seconds": [], "wall": []}
    train_seconds = wall = 0.0
    for _ in range(epochs):
        started = time.perf_counter()
        model.train()
        for x, _labels in train_loader:
            optimizer.zero_grad()
            logits, mu, logvar = model(x)
            loss = example_loss(logits, x, mu, logvar)
            loss.backward()
            optimizer.step()
        train_seconds += time.perf_counter() - started
        model.eval()  # the example's test(): its own per-epoch test pass, part of its wall time
        example_test = 0.0
        with torch.no_grad():
            for x, _labels in test_loader:
                logits, mu, logvar = model(x)
                example_test += example_loss(logits, x, mu, logvar).item()
        example_test /= len(test_loader.dataset)
        wall += time.perf_counter() - started
        if evaluate_every_epoch or len(history["wall"]) == epochs - 1:
            history["test_total"].append(evaluate(model, test_images)["total"])
        history["seconds"].append(train_seconds)
        history["wall"].append(wall)
        history.setdefault("example_test", []).append(example_test)
    return history


def run_fast(make_model, train_images, test_images, seed: int = 0, **recipe) -> dict:
    """vaecourse.training.fit with `recipe`; history["wall"]: seconds since the start after each epoch,
    evaluation included."""
    torch.manual_seed(seed)
    started = time.perf_counter()
    wall = []
    history = fit(make_model(), train_images, test_images, seed=seed, progress=False,
                  on_epoch=lambda epoch, history: wall.append(time.perf_counter() - started), **recipe)
    history["wall"] = wall
    return history


def time_to(history, key: str, target: float = TARGET):
    """history[key] (seconds) at the first epoch whose test NELBO is <= target; None if none is."""
    for value, seconds in zip(history["test_total"], history[key]):
        if value <= target:
            return seconds
    return None


def seconds(value) -> str:
    return "not reached" if value is None else f"{value:.1f}"


def report(runs):
    print("\n| run | epoch | test NELBO (nats) | train s (cumulative) | wall s (cumulative) |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, history in runs.items():
        for epoch, values in enumerate(zip(history["test_total"], history["seconds"], history["wall"]), 1):
            print(f"| {name} | {epoch} | {values[0]:.2f} | {values[1]:.1f} | {values[2]:.1f} |")
    print(f"\n| run | epochs | final test NELBO | train s | wall s | train s to reach {TARGET} | wall s to reach {TARGET} |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, history in runs.items():
        print(f"| {name} | {len(history['test_total'])} | {history['test_total'][-1]:.2f} | {history['seconds'][-1]:.1f} | "
              f"{history['wall'][-1]:.1f} | {seconds(time_to(history, 'seconds'))} | {seconds(time_to(history, 'wall'))} |")
    sys.stdout.flush()


def verdicts(example, fast_runs, full=None, conv=None) -> list:
    """One line per target of the course: what was measured, and whether the target is met.

    Speed compares wall times, evaluation included on both sides, and counts the slowest seed of the
    fast path (a seed that never reaches the target fails it).
    """
    reaches = [time_to(history, "wall") for history in fast_runs]
    slowest = None if None in reaches else max(reaches)
    ratio = example["wall"][-1] / slowest if slowest else 0.0
    lines = [f"speed: the fast path reaches {TARGET} nats with every one of {len(fast_runs)} seeds after at most "
             f"{seconds(slowest)} s of wall time; the example's 10 epochs took {example['wall'][-1]:.1f} s: "
             f"{ratio:.1f}x less time (target >= 6x): {'MET' if ratio >= 6 else 'NOT MET'}"]
    if full is not None:
        lines.append(f"quality: the reference MLP reaches {full['test_total'][-1]:.2f} nats in its full budget of "
                     f"{len(full['test_total'])} epochs (target <= 100): {'MET' if full['test_total'][-1] <= 100 else 'NOT MET'}")
    if full is not None and conv is not None:
        better = conv["test_total"][-1] < full["test_total"][-1]
        lines.append(f"conv vs MLP at latent 20: {conv['test_total'][-1]:.2f} vs {full['test_total'][-1]:.2f} nats "
                     f"(target: conv lower): {'MET' if better else 'NOT MET'}")
    return lines


# --- whole processes -------------------------------------------------------------------------------

HERE = Path(__file__).resolve()
OURS = re.compile(r"test NELBO (\d+\.\d+) nats")  # what `python -m vaecourse.training fast` and `example` print
THEIRS = re.compile(r"====> Test set loss: (\d+\.\d+)")  # what pytorch/examples vae/main.py prints each epoch


def commands(example: Path = None, seeds=FAST_SEEDS) -> dict:
    """{label: (argv, pattern of the printed test NELBO)}: the processes to time, as a user would type them."""
    runs = {f"fast path, seed {seed}": ([sys.executable, "-m", "vaecourse.training", "fast", "--seed", str(seed)], OURS)
            for seed in seeds}
    runs["re-implementation of the example"] = ([sys.executable, str(HERE), "example"], OURS)
    if example is not None:
        runs["pytorch/examples vae/main.py"] = ([sys.executable, str(Path(example).resolve()), "--no-accel",
                                                 "--epochs", "10"], THEIRS)
    return runs


def last_nelbo(pattern, output: str):
    """The last test NELBO a run printed, or None."""
    found = pattern.findall(output)
    return float(found[-1]) if found else None


def run_process(argv, pattern, folder: Path) -> tuple:
    """(wall seconds from start to exit, the last test NELBO it printed): one whole process, run in `folder`."""
    environment = dict(os.environ, TQDM_DISABLE="1", PYTHONPATH=str(HERE.parents[1]))
    started = time.perf_counter()
    done = subprocess.run(argv, cwd=folder, env=environment, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed (exit {done.returncode}):\n{done.stderr[-2000:]}")
    return seconds, last_nelbo(pattern, done.stdout)


def process_verdicts(times: dict, nelbos: dict, comparators: list) -> list:
    """One line per comparator that was run: the median of its wall times against the slowest seed's median
    (min against min in brackets), and MET when that is at least 6x and every fast run reached TARGET."""
    fast = [label for label in times if label.startswith("fast path")]
    reached = all(value is not None and value <= TARGET for label in fast for value in nelbos[label])
    slowest = max(statistics.median(times[label]) for label in fast)
    slowest_min = max(min(times[label]) for label in fast)
    lines = []
    for label in comparators:
        ratio, ratio_min = statistics.median(times[label]) / slowest, min(times[label]) / slowest_min
        met = ratio >= 6 and reached
        lines.append(f"speed against the {label}: {ratio:.1f}x by the medians ({ratio_min:.1f}x by the minima), every "
                     f"fast run {'at or below' if reached else 'NOT all at or below'} {TARGET} nats (target: 6x, "
                     f"whole processes): {'MET' if met else 'NOT MET'}")
    return lines


def processes(repeat: int, example: Path = None) -> None:
    runs = commands(example)
    print(f"torch {torch.__version__}, {os.cpu_count()} CPUs; load average before: {os.getloadavg()[0]:.2f}; "
          f"{repeat} turns of {len(runs)} processes")
    times, nelbos = {label: [] for label in runs}, {label: [] for label in runs}
    with tempfile.TemporaryDirectory(prefix="vae-benchmark-") as scratch:
        folder = Path(scratch) / "run"
        (folder / "results").mkdir(parents=True)  # the example saves its samples there
        (Path(scratch) / "data").symlink_to(prepare_mnist(), target_is_directory=True)  # its ../data
        for turn in range(repeat):
            for label, (argv, pattern) in runs.items():  # in turns: a slow minute of the machine hits every command
                seconds, nelbo = run_process(argv, pattern, folder)
                times[label].append(seconds)
                nelbos[label].append(nelbo)
                print(f"turn {turn + 1}: {label}: {seconds:.1f} s, test NELBO {nelbo}", flush=True)
    print("\n| process | runs | min s | median s | test NELBO (nats) |")
    print("| --- | ---: | ---: | ---: | --- |")
    for label in runs:
        print(f"| {label} | {len(times[label])} | {min(times[label]):.1f} | {statistics.median(times[label]):.1f} | "
              f"{' / '.join(f'{v:.2f}' for v in nelbos[label] if v is not None)} |")
    print()
    for line in process_verdicts(times, nelbos, [label for label in runs if not label.startswith("fast path")]):
        print(line)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


def example_process() -> None:
    """The re-implementation of the example as one process: 10 epochs, then the test NELBO."""
    setup_tool()
    test_images, _ = mnist_tensors("test")
    history = run_example(ExampleVAE(20), test_images, epochs=10, evaluate_every_epoch=False)
    print(f"test NELBO {history['test_total'][-1]:.2f} nats per image after 10 epochs")


def training(only, threads: int) -> None:
    os.environ.setdefault("TQDM_DISABLE", "1")
    setup_tool(threads)  # for every run, the example's too
    print(f"torch {torch.__version__}, {torch.get_num_threads()} threads, {os.cpu_count()} CPUs; "
          f"load average before: {os.getloadavg()[0]:.2f}")
    train_images, _ = mnist_tensors("train")
    test_images, _ = mnist_tensors("test")
    example = run_example(ExampleVAE(20), test_images, epochs=10)
    runs = {"example (DataLoader, b128, Adam 1e-3, 784-400-20)": example}
    mlp = ARCHITECTURES["mlp_vae_z20"]
    fast_runs = [run_fast(mlp, train_images, test_images, seed=seed, **FAST_RECIPE) for seed in FAST_SEEDS]
    runs.update({f"fast path (reference MLP, {FAST_RECIPE['epochs']} epochs), seed {seed}": history
                 for seed, history in zip(FAST_SEEDS, fast_runs)})
    full = conv = None
    if only is None:
        full, conv = (run_fast(ARCHITECTURES[name], train_images, test_images, schedule="onecycle", **RECIPES[name])
                      for name in ("mlp_vae_z20", "conv_vae_z20"))
        runs[f"full budget (reference MLP), {RECIPES['mlp_vae_z20']['epochs']} epochs"] = full
        runs[f"conv (reference conv VAE), {RECIPES['conv_vae_z20']['epochs']} epochs"] = conv
    report(runs)
    print()
    for line in verdicts(example, fast_runs, full, conv):
        print(line)
    print(f"\nload average after: {os.getloadavg()[0]:.2f}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", default="processes", choices=["processes", "training", "example"],
                        help="processes (default): whole processes, timed from outside; training: the per-epoch "
                             "table in this process; example: one run of the re-implementation (used by processes)")
    parser.add_argument("--repeat", type=int, default=3, help="processes: turns of every command (min and median)")
    parser.add_argument("--example", type=Path, help="processes: the real pytorch/examples vae/main.py to compare with")
    parser.add_argument("--only", choices=["speed"], help="training: only the example and the fast path")
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1,
                        help="training: torch threads for every run (default: the core count; on a machine that other "
                             "jobs keep busy, 1 avoids the collapse of oversubscribed thread pools)")
    args = parser.parse_args(argv)
    if args.example is not None and not args.example.is_file():
        parser.error(f"--example {args.example}: no such file (the path to pytorch/examples' vae/main.py)")
    if args.mode == "example":
        example_process()
    elif args.mode == "training":
        training(args.only, args.threads)
    else:
        processes(args.repeat, args.example)


if __name__ == "__main__":
    main()
