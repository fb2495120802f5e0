"""The checks of notebook 07 (the beta study and the architecture study).

Each check takes the student's functions and a `seed` for its inputs (the notebook uses the default; grading
uses a secret one, vaecourse.remote). The runs handed to rate_distortion are made on the student's side
(given.runs, given.study_runs), so that the check can read back whether the list was reordered. The sweep
checks watch the student's sweep call fit (remote.watching): the records give each model and its initial
weights; the trained weights are read back and measured here, with the package's own evaluate.
"""

import re
import warnings
from inspect import signature

import torch

from vaecourse import remote, training
from vaecourse.checks import (draw_sizes, expect, expect_close, expect_defaults, expect_draws_nothing,
                              expect_inputs_kept, expect_tensor, far_log_variances, given,
                              identity, passed)
from vaecourse.models import dense_vae


def _choice(generator, values):
    return values[draw_sizes(generator, 1, 0, len(values) - 1)[0]]


def _uniform(generator, low: float, high: float, count: int = 1) -> list:
    return (low + (high - low) * torch.rand(count, generator=generator)).tolist()


# ---------------------------------------------------------------- rate_distortion

_BETAS = (0.0, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0)


def _shuffled(generator, count: int) -> list:
    """An order of `count` items that is neither the sorted one nor its reverse (for count >= 3)."""
    while True:
        order = torch.randperm(count, generator=generator).tolist()
        if count < 3 or order not in (list(range(count)), list(range(count))[::-1]):
            return order


def _rising(generator, count: int, low: float, step: float) -> list:
    """`count` distinct increasing numbers from `low`, steps between step / 4 and step (two decimals)."""
    steps = torch.rand(count, generator=generator) * 0.75 * step + 0.25 * step
    return [round(low + value, 2) for value in torch.cumsum(steps, 0).tolist()]


def _rate_distortion_result(rate_distortion, runs, count: int, what: str):
    result = rate_distortion(runs)
    expect(type(result) is tuple and len(result) == 3,
           "rate_distortion must return a tuple of three tensors: (betas, rates, distortions).")
    for name, value in zip(("betas", "rates", "distortions"), result):
        expect_tensor(value, f"{name}{what}", shape=(count,), dtype=torch.float32)
    return result


def _betas_shown(result):
    """The betas of a result of rate_distortion, for a message."""
    return result[0].tolist() if type(result) is tuple and result and type(result[0]) is torch.Tensor else result


def _same_runs(got, wanted) -> bool:
    """The same runs, value for value and type for type (a float converted to a tensor equals it under ==)."""
    return (type(got) is list and len(got) == len(wanted) and all(
        type(run) is dict and run.keys() == expected.keys()
        and all(type(run[key]) is type(value) and run[key] == value for key, value in expected.items())
        for run, expected in zip(got, wanted)))


def rate_distortion(rate_distortion, seed=71):
    """Check rate_distortion: three float32 tensors, sorted by beta, rate = KL and distortion = reconstruction."""
    generator = torch.Generator().manual_seed(seed)
    count = draw_sizes(generator, 1, 4, 6)[0]
    betas = sorted(_BETAS[i] for i in torch.randperm(len(_BETAS), generator=generator)[:count].tolist())
    rates = _rising(generator, count, 0.5, 15.0)[::-1]  # a real study: the rate falls as beta grows...
    distortions = _rising(generator, count, 75.0, 25.0)  # ...and the distortion rises
    order = _shuffled(generator, count)
    given_order = [betas[i] for i in order]
    runs = remote.make(rate_distortion, "runs", points=[[betas[i], rates[i], distortions[i]] for i in order])
    got_betas, got_rates, got_distortions = _rate_distortion_result(rate_distortion, runs, count, "")
    expect([run["beta"] for run in runs.copy()] == given_order,
           "rate_distortion changed the order of the list it was given (runs.sort sorts in place): "
           "build a sorted copy with sorted(runs, key=...).")
    expect(_same_runs(runs.copy(), given.runs(points=[[betas[i], rates[i], distortions[i]] for i in order])),
           "rate_distortion changed the runs it was given (a key added, removed or changed in a run's dict, or a "
           "value converted to a tensor in place): the list and its dicts are the caller's, read them only.")
    expect_close(got_betas, betas, "betas",
                 "The points must be sorted by increasing beta (the runs come in any order): sort by run['beta'].")
    expect(not torch.allclose(got_rates, torch.tensor(distortions)),
           "The rates are the reconstruction terms: rate and distortion are swapped. The rate is the KL "
           "('test_kl'), the distortion the reconstruction ('test_reconstruction').")
    expect_close(got_rates, rates, "rates",
                 "The rate of each run is its KL term, run['test_kl'], in the order of the sorted betas.")
    expect(not torch.allclose(got_distortions, torch.tensor(rates) + torch.tensor(distortions)),
           "The distortions are the total losses: the distortion is the reconstruction term "
           "('test_reconstruction'), not 'test_total'.")
    expect_close(got_distortions, distortions, "distortions",
                 "The distortion of each run is its reconstruction term, run['test_reconstruction'].")
    # The same betas again, other numbers: a result kept from an earlier call (a cache keyed by the betas) shows.
    rates, distortions = [value + 1.5 for value in rates], [value - 2.25 for value in distortions]
    runs = remote.make(rate_distortion, "runs", points=[[betas[i], rates[i], distortions[i]] for i in order])
    result = _rate_distortion_result(rate_distortion, runs, count, " (a second study with the same betas)")
    expect(torch.allclose(result[1], torch.tensor(rates)) and torch.allclose(result[2], torch.tensor(distortions)),
           "Called a second time with runs of the same betas but other numbers, rate_distortion returned the first "
           "call's rates or distortions: compute the points from the runs it is given, every call (no cache).")
    # The first result is the caller's to keep: a later call must not change it (views of a table that is refilled).
    first = remote.make(rate_distortion, "runs", points=[[betas[i], rates[i] - 1.5, distortions[i] + 2.25]
                                                         for i in order])
    kept, _ = remote.make(rate_distortion, "called_in_turn", function=rate_distortion)([first], [runs])
    expect(all(type(value) is torch.Tensor for value in kept) and torch.allclose(kept[1], torch.tensor(rates) - 1.5)
           and torch.allclose(kept[2], torch.tensor(distortions) + 2.25),
           "The tensors of a first call of rate_distortion changed when it was called again: they are views of a "
           "table it keeps and refills (a module-level tensor, resize_, out=). Build new tensors in every call.")
    # The rates and distortions need not be monotonic in beta: sorting by either is not sorting by beta.
    count = draw_sizes(generator, 1, 3, 5)[0]
    betas = sorted(_BETAS[i] for i in torch.randperm(len(_BETAS), generator=generator)[:count].tolist())
    rates, distortions = _rising(generator, count, 1.0, 10.0), _rising(generator, count, 85.0, 20.0)
    rates, distortions = [rates[i] for i in _shuffled(generator, count)], [distortions[i] for i in _shuffled(generator, count)]
    order = torch.randperm(count, generator=generator).tolist()
    runs = remote.make(rate_distortion, "runs", points=[[betas[i], rates[i], distortions[i]] for i in order])
    result = _rate_distortion_result(rate_distortion, runs, count, " (runs whose rate does not fall with beta)")
    for name, value, expected in zip(("betas", "rates", "distortions"), result, (betas, rates, distortions)):
        expect_close(value, expected, f"{name} of runs whose rate and distortion are not monotonic in beta",
                     "Sort the points by beta, not by rate or by distortion.")
    # The cached beta study, in an order of the check's, with all the keys of real runs.
    study = given._study_runs("beta_study")
    order = torch.randperm(len(study), generator=generator).tolist()
    runs = remote.make(rate_distortion, "study_runs", study="beta_study", order=order)
    got_betas, got_rates, got_distortions = _rate_distortion_result(rate_distortion, runs, len(study),
                                                                    " of the cached beta study")
    ordered = sorted(study, key=lambda run: run["beta"])
    expect_close(got_betas, [run["beta"] for run in ordered], "betas of the cached beta study", "Sort by run['beta'].")
    expect_close(got_rates, [run["test_kl"] for run in ordered], "rates of the cached beta study",
                 "The rate is run['test_kl'].")
    expect_close(got_distortions, [run["test_reconstruction"] for run in ordered], "distortions of the cached beta study",
                 "The distortion is run['test_reconstruction'].")
    runs = remote.make(rate_distortion, "runs", points=[[_choice(generator, _BETAS), 3.5, 120.25]])
    _rate_distortion_result(rate_distortion, runs, 1, " of a single run")
    # Betas as a study gives them (beta = 2 sigma^2, a warm-up's fractions): as they are, not rounded.
    fine = [0.0625, 0.005, 0.18, 0.14, 0.12, 1.375]
    shown = ", ".join(map(str, fine))
    result = _rate_distortion_result(rate_distortion, remote.make(rate_distortion, "runs", points=[
        [beta, 10.0 - index, 80.0 + index] for index, beta in enumerate(fine)]), len(fine), f" for betas {shown}")
    expect_close(result[0], sorted(fine), f"the betas {shown}, sorted",
                 "Sort by each run's beta as it is, and return it as it is (as float32): not rounded (0.14 and 0.12 "
                 "both round to 0.1).", atol=1e-7, rtol=1e-6)
    # Two sweeps merged, or a beta run with two seeds: runs that share a beta are points of their own.
    betas = sorted(_BETAS[i] for i in torch.randperm(len(_BETAS), generator=generator)[:3].tolist())
    points = [[beta, 10.0 - 2 * index, 80.0 + 3 * index] for index, beta in enumerate(betas)]
    points += [[betas[1], 7.25, 84.5], [betas[2], 3.5, 88.75]]  # the largest beta too: the last point after sorting
    order = _shuffled(generator, len(points))
    result = rate_distortion(remote.make(rate_distortion, "runs", points=[points[i] for i in order]))
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (len(points),) for value in result),
           f"For {len(points)} runs, two of which share beta = {betas[1]} and two beta = {betas[2]} (the largest), "
           f"rate_distortion must return {len(points)} "
           "points, one per run: a study may repeat a beta (another seed, two sweeps merged). Do not key the runs "
           "by beta (a dict keeps one run per beta).")
    got = sorted(zip(*(value.tolist() for value in result)))
    expect(result[0].tolist() == sorted(result[0].tolist()) and all(
               abs(a - b) < 1e-4 for got_point, point in zip(got, sorted(points)) for a, b in zip(got_point, point)),
           f"For runs that share a beta, each point must stay the (beta, test_kl, test_reconstruction) of one run, "
           "sorted by beta.")
    # A collapsed posterior (a large beta): a rate of exactly 0 is a point of the curve like any other.
    betas = sorted(_BETAS[i] for i in torch.randperm(len(_BETAS), generator=generator)[:3].tolist())
    points = [[betas[0], 6.5, 90.0], [betas[1], 0.0, 120.5], [betas[2], 0.0, 121.0]]
    result = _rate_distortion_result(rate_distortion, remote.make(rate_distortion, "runs", points=points[::-1]), 3,
                                     " for 3 runs, two of them with a rate of exactly 0 (posterior collapse)")
    expect_close(result[1], [point[1] for point in points], "the rates of runs whose rate is 0",
                 "A run whose rate is exactly 0 is a point of the curve (the posterior collapsed): keep every run, "
                 "whatever its values.")
    # A run listed twice, or two runs that gave the same numbers (one seed, two logs merged): each is a point.
    points = [[betas[0], 6.5, 90.0], [betas[2], 1.25, 110.0], [betas[0], 6.5, 90.0]]
    result = rate_distortion(remote.make(rate_distortion, "runs", points=points))
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (3,) for value in result),
           f"For 3 runs, two of them identical (beta = {betas[0]}, the same rate and distortion), rate_distortion must "
           "return 3 points, one per run: do not drop runs whose values repeat (no set() of the runs).")
    # A diverged run (NaN losses) is a run too: its point is NaN, which a plot leaves out and a reader sees.
    points = [[betas[0], 6.5, 90.0], [betas[1], float("nan"), float("nan")], [betas[2], 1.25, 110.0]]
    result = rate_distortion(remote.make(rate_distortion, "runs", points=points[::-1]))
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (3,) for value in result)
           and bool(torch.isnan(result[1][1])) and bool(torch.isnan(result[2][1])),
           f"For 3 runs, one of which diverged (beta = {betas[1]}: NaN rate and distortion), rate_distortion must "
           "return 3 points, one per run, the diverged one as NaN: do not filter runs by their values (matplotlib "
           "leaves NaN points out of the plot by itself, and the table still shows the run).")
    # The same list, after the caller appended a run to it (a study that grows): its points as the list is now.
    points = [[betas[0], 6.5, 90.0], [betas[2], 1.25, 110.0]]
    runs = remote.make(rate_distortion, "runs", points=points)
    rate_distortion(runs)
    runs.append({"beta": betas[1], "test_kl": 3.0, "test_reconstruction": 100.0, "test_total": 103.0})
    result = rate_distortion(runs)
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (3,) for value in result)
           and torch.allclose(result[0], torch.tensor(betas, dtype=torch.float32)),
           "Called again on the same list after the caller appended a run to it, rate_distortion returned the points "
           "of the list as it was: compute them from the runs the list holds at each call (no cache keyed by "
           "id(runs), which also answers for a new list that Python puts at a freed list's address).")
    # The points are numbers read from the runs, not parameters: the curve's plot turns them into NumPy arrays.
    expect(not any(value.requires_grad for value in result),
           "rate_distortion returned tensors that require gradients (requires_grad=True): the points are numbers "
           "read from the runs, not parameters, and plt.plot(rates, distortions) fails on them (.numpy() refuses a "
           "tensor that requires grad). Build them with torch.tensor(..., dtype=torch.float32) only.")
    # Two betas 1 part in 4,000 apart, the larger first: float32 tells them apart, float16 (11 bits) rounds them to
    # one value, which a sort by a half copy then leaves in the given order.
    base = _choice(generator, (0.5, 1.0, 2.0, 4.0, 8.0))
    close = [base + base / 4000, base]
    result = _rate_distortion_result(rate_distortion, remote.make(rate_distortion, "runs", points=[
        [close[0], 2.5, 95.0], [close[1], 3.5, 90.0]]), 2, f" for the betas {close[0]} and {close[1]}")
    expect(torch.allclose(result[0], torch.tensor(close[::-1]), atol=0, rtol=1e-6)
           and torch.equal(result[1], torch.tensor([3.5, 2.5])),
           f"For two runs of betas {close[0]} and {close[1]}, given in that order, rate_distortion returned the betas "
           f"{result[0].tolist()}, not sorted: sort by each run's beta as it is (a Python float, or float32), not by a "
           "copy in a smaller dtype (betas.half(), float16 keeps about 3 digits and rounds both to one value, which a "
           "stable sort leaves in the given order).")
    # A study of more betas than the notebook's six (a finer sweep, two sweeps merged): every run is a point.
    count = draw_sizes(generator, 1, 8, 12)[0]
    betas = _rising(generator, count, 0.0, 1.0)
    rates, distortions = _rising(generator, count, 0.5, 4.0)[::-1], _rising(generator, count, 75.0, 6.0)
    order = _shuffled(generator, count)
    result = rate_distortion(remote.make(rate_distortion, "runs", points=[[betas[i], rates[i], distortions[i]]
                                                                          for i in order]))
    shapes = [tuple(value.shape) if type(value) is torch.Tensor else type(value).__name__
              for value in (result if type(result) is tuple else ())]
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (count,) for value in result)
           and torch.allclose(result[0], torch.tensor(betas)) and torch.allclose(result[1], torch.tensor(rates)),
           f"For a study of {count} runs (more betas than the notebook's six), rate_distortion returned points of shapes "
           f"{shapes}, expected {count} points sorted by beta: keep every run of the list, however many there are "
           "(no slice to a fixed number of runs, such as [:6]).")
    # A distortion is the run's number as it is: the negative log-likelihood of a continuous decoder (a Gaussian's,
    # in nats per image) is negative, and a sign error elsewhere must show on the curve, not be folded back.
    betas = sorted(_BETAS[i] for i in torch.randperm(len(_BETAS), generator=generator)[:3].tolist())
    points = [[betas[0], 6.5, -40.25], [betas[1], 3.0, -12.5], [betas[2], 1.25, 8.0]]
    result = _rate_distortion_result(rate_distortion, remote.make(rate_distortion, "runs", points=points[::-1]), 3,
                                     " for runs with negative distortions")
    expect_close(result[2], [point[2] for point in points], "the distortions -40.25, -12.5 and 8.0",
                 "The distortion of each run is its test_reconstruction as it is, sign included (a continuous "
                 "decoder's negative log-likelihood is negative): do not take abs() of it.")
    # The same runs twice: each call's tensors are its caller's (a cache keyed by the runs' values hands the same
    # tensors to both callers, and a caller who rescales its rates in place, rates.mul_(...), changes the other's).
    runs = remote.make(rate_distortion, "runs", points=points)
    _, _, shared = remote.make(rate_distortion, "called_twice_sharing", function=rate_distortion)(runs)
    expect(shared is False,
           "Called twice on the same runs, rate_distortion returned the same tensors both times (a cache keyed by the "
           "runs' betas and numbers): a caller who changes its result in place (rates.mul_(...), to bits say) then "
           "changes every other caller's. Build new tensors from the runs at every call (no cache).")
    # A sweep called with int betas (sweep([0, 1, 4], ...)) keeps them as given: runs whose betas are ints are runs.
    whole = [int(beta) for beta in _BETAS if float(beta).is_integer()]
    betas = sorted(whole[i] for i in torch.randperm(len(whole), generator=generator)[:3].tolist())
    values = [{"beta": beta, "test_kl": 9.0 - 2 * index, "test_reconstruction": 80.0 + 5 * index,
               "test_total": 89.0 + 3 * index} for index, beta in enumerate(betas)]
    order = [2, 0, 1]
    runs = remote.make(rate_distortion, "plain_list", values=[values[i] for i in order])
    result = rate_distortion(runs)
    expect(type(result) is tuple and len(result) == 3 and all(
               type(value) is torch.Tensor and tuple(value.shape) == (3,) for value in result)
           and [float(value) for value in result[0].tolist()] == [float(beta) for beta in betas],
           f"For 3 runs whose betas are the ints {betas} (a sweep called with betas=[0, 1, 4] keeps them as given), "
           f"rate_distortion returned the betas {_betas_shown(result)}: "
           "every run is a point, whatever the type of its beta (an int is a number like a float): do not filter the "
           "runs by isinstance(run['beta'], float).")
    expect(_same_runs(runs.copy(), [values[i] for i in order]),
           "rate_distortion changed the runs it was given: for runs whose betas are ints, the caller's dicts hold "
           "floats afterwards (run['beta'] = float(run['beta'])). The dicts are the caller's: convert the betas into "
           "the tensor only, torch.tensor([float(run['beta']) ...]).")
    # The same list of the same dicts, their KLs changed in place (a caller who converts them to bits): the points of
    # the numbers the runs hold now (a cache keyed by the runs' identities, id(run), answers for the old ones).
    points = [[betas[0], 6.5, 90.0], [betas[1], 3.0, 100.0], [betas[2], 1.25, 110.0]]
    runs = remote.make(rate_distortion, "runs", points=points[::-1])
    scale = 1.4426950408889634  # 1 / ln 2: nats to bits
    first, second = remote.make(rate_distortion, "called_with_runs_changed", function=rate_distortion,
                                key="test_kl", scale=scale)(runs)
    wanted = torch.tensor([point[1] * scale for point in points], dtype=torch.float32)
    expect(type(second) is tuple and len(second) == 3 and type(second[1]) is torch.Tensor
           and tuple(second[1].shape) == (3,) and torch.allclose(second[1], wanted),
           f"Called again on the same runs after the caller changed their test_kl in place (to bits, times "
           f"{scale:.4f}), rate_distortion returned the rates "
           f"{second[1].tolist() if type(second) is tuple and len(second) == 3 and type(second[1]) is torch.Tensor else second!r}, "
           f"expected {wanted.tolist()}: a cache keyed by the runs' identities (id(run), id(runs)) answers for numbers "
           "that changed (and for new dicts that Python puts at freed addresses). Read the numbers from the runs at "
           "every call (no cache).")
    passed("three float32 tensors sorted by beta, with rate = KL and distortion = reconstruction")


# ---------------------------------------------------------------- active_units

def _means(generator, stds, offsets, n: int):
    """n rows; column u has mean offsets[u] and (unbiased) standard deviation stds[u] exactly."""
    z = torch.randn(n, len(stds), generator=generator)
    return (z - z.mean(0)) / z.std(0) * torch.tensor(stds) + torch.tensor(offsets)


def _columns(generator, groups):
    """Encoder means whose columns come in groups [(stds, offsets)], shuffled, for n drawn rows."""
    stds = [std for group, _ in groups for std in group]
    offsets = [offset for _, group in groups for offset in group]
    order = torch.randperm(len(stds), generator=generator).tolist()
    n = draw_sizes(generator, 1, 400, 1500)[0]
    return _means(generator, [stds[i] for i in order], [offsets[i] for i in order], n)


def _away_from_zero(generator, count: int, low: float, high: float) -> list:
    signs = torch.randint(0, 2, (count,), generator=generator) * 2 - 1
    return [sign * value for sign, value in zip(signs.tolist(), _uniform(generator, low, high, count))]


def _count(active_units, mu, threshold=None):
    count = active_units(mu) if threshold is None else active_units(mu, threshold=threshold)
    expect(type(count) is int, f"active_units must return a Python int (int(...) or .item()), not a "
           f"{type(count).__name__}.")
    return count


def active_units(active_units, seed=72):
    """Check active_units on synthetic encoder means whose variances are known.

    Also: the default arguments of the statement's signature.
    """
    expect_defaults(active_units, "active_units")
    generator = torch.Generator().manual_seed(seed)
    # `active` units vary (variance above 0.01); `traps` have a standard deviation above 0.01 but a variance below
    # it; `still` hardly vary at all. The counts each mistake gives are all different from the right one.
    active, traps, still = (draw_sizes(generator, 1, 2, 4)[0], draw_sizes(generator, 1, 1, 3)[0],
                            draw_sizes(generator, 1, 1, 3)[0])
    while still in (active, active - traps):
        still = draw_sizes(generator, 1, 1, 3)[0]
    first, ratio = _uniform(generator, 0.15, 0.3)[0], _uniform(generator, 1.5, 2.0)[0]
    active_stds = [first * ratio ** k for k in range(active)]
    trap_stds = _uniform(generator, 0.02, 0.08, traps)
    mu = _columns(generator, [(active_stds, _uniform(generator, -1.0, 1.0, active)),
                              (trap_stds, _away_from_zero(generator, traps, 0.6, 3.0)),
                              (_uniform(generator, 0.0005, 0.005, still), _away_from_zero(generator, still, 0.6, 3.0))])
    d = mu.shape[1]
    count = _count(active_units, mu)
    expect(count <= d, f"active_units found {count} active units among {d}: compute one variance per unit, "
           "over the images, i.e. mu.var(dim=0), not over the units of each image.")
    expect(count != active + traps,
           f"{count} units found, {active} expected: {traps} unit(s) have standard deviations "
           f"{', '.join(f'{std:.3f}' for std in trap_stds)}, above the threshold 0.01, but variances "
           f"{', '.join(f'{std ** 2:.4f}' for std in trap_stds)}, below it. Compare the variance, not the "
           "standard deviation.")
    expect(count != d, f"{d} units found, {active} expected: the means of some units are far from 0 but hardly vary. "
           "The variance is the mean square distance to the unit's own mean: subtract the mean of each unit "
           "(mu.var(dim=0)); the mean of mu ** 2 does not.")
    expect(count != traps + still, f"{count} units found, {active} expected: you counted the inactive units (variance "
           "<= threshold). Count the units whose variance is above the threshold.")
    expect(count == active, f"active_units found {count} active units, expected {active} (the units whose variance "
           "over the images is above 0.01).")
    below = draw_sizes(generator, 1, 1, active - 1)[0]  # a threshold between two active variances
    threshold = round(active_stds[below - 1] * active_stds[below], 4)
    count = _count(active_units, mu, threshold)
    expect(count == active - below, f"With threshold={threshold} there are {active - below} active units, not {count}: "
           "use the threshold argument, not a fixed 0.01.")
    # Units on both sides of 0.01 and of 0.1.
    wide, middle, narrow = (draw_sizes(generator, 1, 1, 3)[0], draw_sizes(generator, 1, 1, 3)[0],
                            draw_sizes(generator, 1, 1, 3)[0])
    mu = _columns(generator, [(_uniform(generator, 0.4, 1.5, wide), [0.0] * wide),
                              (_uniform(generator, 0.13, 0.25, middle), [0.0] * middle),
                              (_uniform(generator, 0.001, 0.07, narrow), [0.0] * narrow)])
    count = _count(active_units, mu)
    expect(count == wide + middle, f"Expected {wide + middle} active units of {mu.shape[1]}, found {count}.")
    count = _count(active_units, mu, 0.1)
    expect(count == wide, f"With threshold=0.1 there are {wide} active units, not {count}: use the threshold argument.")
    count = _count(active_units, mu, 10.0)
    expect(count == 0, f"With threshold=10 no unit is active, but active_units found {count}.")
    # Constant units: a variance of exactly 0, not above a threshold of 0.
    varying, constant = draw_sizes(generator, 1, 1, 3)[0], draw_sizes(generator, 1, 1, 3)[0]
    n = draw_sizes(generator, 1, 100, 400)[0]
    levels = torch.tensor([0.5, -1.25, 2.0, 0.0])[torch.randint(0, 4, (constant,), generator=generator)]
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, varying), [0.0] * varying, n),
                    levels.repeat(n, 1)], dim=1)
    count = _count(active_units, mu, 0.0)
    expect(count == varying, f"{constant} unit(s) are constant (variance exactly 0) and must not count as active even "
           f"with threshold=0: found {count} active units instead of {varying}. Use a strict comparison, "
           "variance > threshold.")
    count = _count(active_units, torch.zeros(draw_sizes(generator, 1, 5, 20)[0], draw_sizes(generator, 1, 2, 6)[0]))
    expect(count == 0, f"Constant means: no unit is active, but active_units found {count}.")
    # Every row counts: more than 1,000 images, some units constant over the first 1,000 and varying after them.
    n, late = 1000 + draw_sizes(generator, 1, 300, 800)[0], draw_sizes(generator, 1, 1, 3)[0]
    early = draw_sizes(generator, 1, 1, 3)[0]
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, early), [0.0] * early, n),
                    torch.cat([torch.zeros(1000, late), 2 * torch.randn(n - 1000, late, generator=generator)])], dim=1)
    count = expect_inputs_kept(active_units, f"active_units(mu) for {n} images", ("mu", mu), hint=(
        "subtracting the mean in place (mu -= ..., mu.sub_(...)) overwrites the caller's encoder means. Compute the "
        "variance into a new tensor (mu.var(dim=0))."))
    expect(count in _expected_counts(mu),
           f"For {n} images, {late} unit(s) constant over the first 1,000 and varying over the others, active_units "
           f"gives {count}, expected {min(_expected_counts(mu))}: compute the variance over all N rows of mu.")
    # Five images: the accepted variances divide by N - 1 or N, and a unit just above the threshold by either stays
    # active (dividing by N + 1 is neither).
    mu = torch.cat([_means(generator, [0.115], [0.0], 5), _means(generator, [0.5], [1.0], 5),
                    _means(generator, [0.05], [-1.0], 5)], dim=1)  # variances 0.0132, 0.25, 0.0025
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For the means of 5 images, one unit of variance {mu[:, 0].var():.4f} (over N - 1; "
           f"{mu[:, 0].var(correction=0):.4f} over N), active_units gives {count}, expected "
           f"{min(_expected_counts(mu))}: the variance is the mean squared distance to the unit's mean, over N - 1 "
           "(mu.var(dim=0)) or N, not N + 1.")
    # Every count from 0 to d, for d = 37 units whose variances all differ: exact, with no rounding on the way.
    d = 37
    mu = _means(generator, torch.linspace(0.2, 1.0, d).tolist(), [0.0] * d, 50)
    variances = mu.var(dim=0).sort().values  # ascending: `wanted` units lie above the midpoint below the top ones
    for wanted in range(d + 1):
        threshold = (float(variances[-1]) + 1.0 if wanted == 0 else 0.0 if wanted == d
                     else float(variances[d - wanted - 1] + variances[d - wanted]) / 2)
        count = _count(active_units, mu, threshold)
        expect(count == wanted, f"For {d} units with threshold={threshold:.4f}, {wanted} units are active, but "
               f"active_units gives {count}: count the units whose variance is above the threshold, exactly "
               "(int((variances > threshold).sum())); a share of d turned back into a count, int(share * d), can round "
               "down.")
    # Codes in the order of a test set sorted by digit: units constant over each half of the rows, on two levels.
    # The variance is over all rows at once; an average of per-chunk variances (chunks of 500...) misses them.
    n, sorted_units = 2 * draw_sizes(generator, 1, 4_000, 6_000)[0], draw_sizes(generator, 1, 1, 3)[0]
    levels = torch.tensor(_uniform(generator, 0.12, 0.25, sorted_units))  # variances 0.0144 to 0.0625
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, 1), [0.0], n),
                    torch.cat([-levels.repeat(n // 2, 1), levels.repeat(n // 2, 1)])], dim=1)
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For {n} codes whose last {sorted_units} unit(s) take one value over the first half of the rows and another "
           f"over the second (codes of images sorted by digit), active_units gives {count}, expected "
           f"{min(_expected_counts(mu))}: the variance of each unit is over all N rows at once, mu.var(dim=0), not an "
           "average of the variances of chunks of rows.")
    # A wide latent space: more than 255 active units. A count summed in a small integer dtype (int8, uint8) wraps.
    active, still = draw_sizes(generator, 1, 260, 400)[0], draw_sizes(generator, 1, 1, 5)[0]
    mu = _columns(generator, [(_uniform(generator, 0.3, 0.8, active), [0.0] * active), ([0.0] * still, [0.5] * still)])
    count = _count(active_units, mu)
    expect(count == active, f"For {active + still} units of which {active} are active, active_units gives {count}: count "
           "in a dtype that holds every count up to d, int((variances > threshold).sum()) (int64); a sum in int8 or "
           "uint8 wraps past 127 or 255.")
    # One latent unit (d = 1): mu of shape (N, 1).
    mu = 0.5 * torch.randn(draw_sizes(generator, 1, 50, 200)[0], 1, generator=generator)
    try:
        count = active_units(mu)
    except Exception as error:
        raise AssertionError(f"active_units failed for one unit, mu of shape (N, 1), with {type(error).__name__}: "
                             f"{error}. Compute the variance of each unit over the images, mu.var(dim=0), which works "
                             "for any number of units (torch.cov of one variable is 0-d).") from None
    expect(count == 1, f"For one unit of variance about 0.25, mu of shape (N, 1), active_units gives {count!r}, "
           "expected 1.")
    # One image (N = 1): nothing varies over the images, so no unit is active, however many units there are.
    mu = 2 * torch.randn(1, draw_sizes(generator, 1, 3, 8)[0], generator=generator)
    with warnings.catch_warnings():  # torch warns of a variance over one row: not the student's doing
        warnings.simplefilter("ignore")
        count = _count(active_units, mu, 0.0)
    expect(count == 0, f"For the means of one image, mu of shape {tuple(mu.shape)}, active_units(mu, threshold=0.0) "
           f"gives {count!r}, expected 0: a unit's variance over one image is 0 (or NaN), never above a threshold. "
           "Keep mu's two dimensions (no squeeze, which turns one image into one row of units).")
    # Units that vary on a few rows only, scattered past the first 1,000 at prime indices: a sample of the rows
    # (every k-th row, the first 1,000) sees none of them, and finds a variance of 0.
    n, rare = draw_sizes(generator, 1, 3_000, 6_000)[0], draw_sizes(generator, 1, 1, 3)[0]
    sieve = torch.ones(n, dtype=torch.bool)
    sieve[:2] = False
    for factor in range(2, int(n ** 0.5) + 1):
        sieve[factor * factor::factor] = False
    primes = torch.nonzero(sieve[1000:]).flatten() + 1000
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, 1), [0.0], n), torch.zeros(n, rare)], dim=1)
    for unit in range(1, rare + 1):
        rows = primes[torch.randperm(len(primes), generator=generator)[:24]]
        signs = torch.randint(0, 2, (24,), generator=generator) * 2 - 1
        mu[rows, unit] = signs * (0.03 * n / 24) ** 0.5  # a variance of about 0.03 over the n rows
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For {n} codes, {rare} unit(s) of which vary on 24 scattered rows only (variance about 0.03), active_units "
           f"gives {count}, expected {min(_expected_counts(mu))}: compute the variance over all N rows of mu, not over a "
           "sample of them (every k-th row, the first rows).")
    # Rows that repeat (the same image twice, or two images with one code) are rows like any other: a unit that
    # varies on one row of eleven has a variance of about 0.0036 over the 11 rows, and of 0.02 over the 2 distinct.
    repeated = torch.zeros(11, 2)
    repeated[10] = torch.tensor([0.2, 3.0])  # the second unit is active over the 11 rows and over the 2 distinct
    count = _count(active_units, repeated)
    expect(count in _expected_counts(repeated),
           f"For 11 codes, 10 of them identical, active_units gives {count}, expected {min(_expected_counts(repeated))}: "
           "the variance is over all N rows, repeated ones included (no torch.unique of the rows).")
    # The count is that of all N rows, the same at every call: nothing drawn at random (a random sample of the rows
    # would also move the caller's random numbers on).
    expect_draws_nothing(active_units, lambda: _count(active_units, mu), draw_sizes(generator, 1, 0, 10 ** 6)[0],
                         f"active_units drew random numbers from torch's global random state (for {n} codes): a random "
                         "sample of the rows (torch.randperm) gives a count that changes from call to call, and moves "
                         "the caller's random numbers on. Compute the variance of every unit over all N rows, "
                         "mu.var(dim=0).")
    # Encoder means straight from the encoder (mu, _ = model.encoder(x), with gradients): counted all the same.
    mu = _means(generator, [0.5, 0.05], [0.0, 0.0], draw_sizes(generator, 1, 20, 60)[0]).requires_grad_()
    try:
        count = active_units(mu)
    except Exception as error:
        raise AssertionError(f"active_units failed for encoder means that require gradients, with "
                             f"{type(error).__name__}: {error}. Means taken straight from the encoder carry a graph: "
                             "use torch operations (mu.var(dim=0)), or mu.detach() before .numpy().") from None
    expect(type(count) is int and count == 1,
           f"For two units of variances 0.25 and 0.0025 that require gradients, active_units gives {count!r}, expected 1.")
    # Three images: a unit whose variance is 0.009 over N - 1 (0.006 over N) is inactive by either estimator;
    # corrected twice (Tensor.var, already over N - 1, times N / (N - 1)) it would be 0.0135.
    mu = torch.cat([_means(generator, [0.009 ** 0.5], [0.0], 3), _means(generator, [0.5], [1.0], 3)], dim=1)
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For the means of 3 images, one unit of variance {mu[:, 0].var():.4f} over N - 1 "
           f"({mu[:, 0].var(correction=0):.4f} over N), active_units gives {count}, expected "
           f"{min(_expected_counts(mu))}: Tensor.var already divides by N - 1; multiplying it by N / (N - 1) corrects "
           "it twice. Use mu.var(dim=0) (over N - 1) or mu.var(dim=0, correction=0) (over N) as they are.")
    # A unit whose codes lie far from 0 (around 5 or more, spread 0.2): it varies as much as one around 0. A clamp of
    # mu to [-3, 3] makes it constant.
    offset = _away_from_zero(generator, 1, 5.0, 10.0)[0]
    mu = _means(generator, [0.2, 0.5, 0.05], [offset, 0.0, 0.0], draw_sizes(generator, 1, 100, 400)[0])
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For a unit whose codes lie around {offset:.2f} with variance 0.04 (and two units around 0, of variances "
           f"0.25 and 0.0025), active_units gives {count}, expected {min(_expected_counts(mu))}: do not clamp or clip "
           "mu (codes far from 0 are codes like any other); the variance is the spread of each unit around its own "
           "mean, mu.var(dim=0).")
    # The same tensor again, its values changed in place (all set to 0): the count of the values it holds now.
    mu = _means(generator, _uniform(generator, 0.3, 0.8, 3), [0.0] * 3, draw_sizes(generator, 1, 50, 200)[0])
    first, second, _ = remote.make(active_units, "called_twice", function=active_units, scale=0.0)(mu)
    expect(first == 3 and second == 0,
           f"Called twice on one tensor of 3 active units, whose values were set to 0 in place between the calls, "
           f"active_units gave {first!r} then {second!r}, expected 3 then 0: a cache keyed by the tensor "
           "(functools.lru_cache or functools.cache on active_units, a dict keyed by id(mu)) answers for values that "
           "changed. Count the units of the values mu holds, at every call.")
    # threshold=0 (any variation at all) is a threshold like any other: units of variance below 0.01 but above 0 count.
    faint, constant = draw_sizes(generator, 1, 2, 4)[0], draw_sizes(generator, 1, 1, 3)[0]
    n = draw_sizes(generator, 1, 50, 300)[0]
    levels = torch.tensor([0.5, -1.25, 2.0, 0.0])[torch.randint(0, 4, (constant,), generator=generator)]
    mu = torch.cat([_means(generator, _uniform(generator, 0.01, 0.07, faint), [0.0] * faint, n),
                    _means(generator, [0.5], [0.0], n), levels.repeat(n, 1)], dim=1)
    count = _count(active_units, mu, 0.0)
    expect(count in _expected_counts(mu, 0.0),
           f"With threshold=0, every unit whose variance is above 0 is active: {faint + 1} here ({faint} of them with "
           f"variances below 0.01, {constant} constant), but active_units gives {count}. A threshold of 0 is a "
           "threshold like any other: `threshold or 0.01` (or `if not threshold:`) replaces it by the default. Use "
           "the threshold as given (the default 0.01 is in the signature).")
    # One image's mean has a NaN in one unit (a diverging encoder); another unit varies only in that image. Every
    # image counts: that unit is active (and the NaN unit's variance is NaN, which is not above the threshold).
    n, varying = draw_sizes(generator, 1, 20, 100)[0], draw_sizes(generator, 1, 1, 3)[0]
    row = int(torch.randint(0, n, (1,), generator=generator))
    odd = torch.zeros(n, 2)
    odd[:, 0] = _uniform(generator, -1.0, 1.0)[0]
    odd[row, 0], odd[row, 1] = float("nan"), 3.0
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, varying), [0.0] * varying, n), odd], dim=1)
    count = _count(active_units, mu)
    expect(count in (varying + 1, varying + 2),
           f"For the means of {n} images, one of which has a NaN in one unit and is the only image where another "
           f"unit varies, active_units gives {count}, expected {varying + 1}: it dropped the image with the NaN "
           "(rows with NaN removed), and with it that unit's variation. Every image counts: mu.var(dim=0) over all "
           "N rows (a unit with a NaN then has a NaN variance, which is not above the threshold, and the NaN "
           "shows a diverged model instead of hiding it).")
    # A small threshold (units that barely move, a collapsed posterior looked at closely): 1e-7, and a unit of
    # variance 30% above it. float32 tells them apart with digits to spare; float16 has no normal numbers below 6e-5
    # and rounds both the variance and the threshold to 2 * 2^-24 = 1.19e-7, so that the unit is not above it.
    n, small = draw_sizes(generator, 1, 200, 600)[0], _uniform(generator, 1.25e-7, 1.4e-7)[0]
    mu = _means(generator, [small ** 0.5, 3e-8 ** 0.5, 0.5], [0.0, 0.0, 0.0], n)
    count = _count(active_units, mu, 1e-7)
    expect(count in _expected_counts(mu, 1e-7),
           f"With threshold=1e-7, for {n} codes whose units have variances {small:.3g}, 3e-08 and 0.25, active_units "
           f"gives {count}, expected {min(_expected_counts(mu, 1e-7))}: compute the variance in mu's own dtype "
           "(mu.var(dim=0)), not in float16 (mu.half()), which keeps about 3 digits and holds numbers below 6e-5 only "
           "in steps of 6e-8: it rounds a variance of 1.3e-7 and the threshold 1e-7 to the same value.")
    # A unit that barely moves (codes of +-1e-4 to +-3e-4 around 0) against a tiny threshold (1e-9): its variance, 1e-8
    # or more, is 10 times the threshold, so it is active. Rounded (to 3 decimals, as printed) its codes are all 0.
    n, tiny = 2 * draw_sizes(generator, 1, 100, 300)[0], _uniform(generator, 1e-4, 3e-4)[0]
    signs = torch.tensor([1.0, -1.0]).repeat(n // 2)[torch.randperm(n, generator=generator)]
    mu = torch.cat([(tiny * signs)[:, None], _means(generator, [0.5], [0.0], n), torch.full((n, 1), 0.75)], dim=1)
    count = _count(active_units, mu, 1e-9)
    expect(count in _expected_counts(mu, 1e-9),
           f"With threshold=1e-9, for {n} codes whose units are +-{tiny:.1e} (variance {tiny ** 2:.1e}), of variance "
           f"0.25, and constant, active_units gives {count}, expected {min(_expected_counts(mu, 1e-9))}: compute the "
           "variance of the means as they are, mu.var(dim=0), with no rounding on the way (mu.round(decimals=3) turns "
           "codes of 1e-4 into 0, and a unit that varies into a constant one).")
    # Units that vary only in the middle rows of many (more than 4,096): the first and last rows alone see none of it.
    n, middle = draw_sizes(generator, 1, 5_000, 8_000)[0], draw_sizes(generator, 1, 1, 3)[0]
    inner = n - 4_096
    mu = torch.cat([_means(generator, _uniform(generator, 0.3, 0.8, 1), [0.0], n), torch.zeros(n, middle)], dim=1)
    signs = torch.randint(0, 2, (inner, middle), generator=generator) * 2 - 1
    mu[2_048:n - 2_048, 1:] = signs * (0.05 * n / inner) ** 0.5  # a variance of about 0.05 over the n rows
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For {n} codes, {middle} unit(s) of which vary only on rows 2,048 to {n - 2_048} (variance about 0.05), "
           f"active_units gives {count}, expected {min(_expected_counts(mu))}: compute the variance over all N rows of "
           "mu, not over the first and last rows only (mu[:1024] and mu[-1024:]).")
    # A unit of variance just above the default threshold (0.0100015): float16 holds 0.01 as 0.0100021, above it.
    n = draw_sizes(generator, 1, 10_000, 14_000)[0]
    mu = _means(generator, [0.0100015 ** 0.5, 0.5, 0.05], [0.0, 0.0, 0.0], n)
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For {n} codes whose units have variances 0.0100015, 0.25 and 0.0025, active_units gives {count}, expected "
           f"{min(_expected_counts(mu))}: compare with the threshold as given (a Python float), not with a float16 "
           "copy of it (torch.tensor(threshold, dtype=torch.float16) is 0.0100021 for 0.01, which moves the units "
           "near the threshold to the other side).")
    # One unit (d = 1): the count is an int all the same, 1 or 0 (a bool prints True or False, not a count).
    n = draw_sizes(generator, 1, 50, 200)[0]
    counts = [active_units(_means(generator, [std], [0.0], n)) for std in (0.5, 0.05)]
    expect(all(type(count) is int for count in counts) and counts == [1, 0],
           f"For one unit, mu of shape ({n}, 1), active_units gives {counts[0]!r} when it is active and {counts[1]!r} "
           "when it is not, expected the ints 1 and 0: return the count as an int, int((variances > threshold).sum()), "
           "whatever the number of units (not the bool of the one comparison, which prints as True or False).")
    # As many images as units (a square mu: 16 images of a 16-unit model): the variance is still over the images,
    # each unit's column, dim=0.
    d = draw_sizes(generator, 1, 10, 16)[0]
    active = draw_sizes(generator, 1, 1, 2)[0]  # wide units: over a row (dim=1) most images vary by far more
    mu = torch.cat([_means(generator, _uniform(generator, 1.0, 2.0, active), [0.0] * active, d),
                    _means(generator, [0.01] * (d - active), [0.0] * (d - active), d)], dim=1)
    count = _count(active_units, mu)
    expect(count in _expected_counts(mu),
           f"For the means of {d} images of a {d}-unit model (a square mu, {min(_expected_counts(mu))} active "
           f"unit(s)), active_units gives {count}: the variance is over the images, the rows, whatever the shape: "
           "mu.var(dim=0) for every mu (no special case for a square one, mu.var(dim=1), which mixes the units of each "
           "image).")
    # A unit that barely moves around an offset (0.5 to 3, held exactly by float16 and bfloat16), spread less than
    # half float16's step there (2^-11 to 2^-9), against a threshold just below its variance: means rounded to
    # float16 or bfloat16 first all land on the offset, a variance of 0. float64 means: every exact estimator
    # agrees on them (the one-pass variance, an accepted answer, loses such a spread in float32).
    n, offset = draw_sizes(generator, 1, 200, 600)[0], _away_from_zero(generator, 1, 0.5, 3.0)[0]
    offset = round(offset * 8) / 8
    step = 2.0 ** (int(torch.tensor(abs(offset)).log2().floor()) - 10)  # float16's spacing at the offset
    spread = 0.45 * step * torch.linspace(-1.0, 1.0, n, dtype=torch.float64)[torch.randperm(n, generator=generator)]
    mu = torch.stack([offset + spread, 0.5 * torch.randn(n, generator=generator, dtype=torch.float64),
                      torch.full((n,), 0.75, dtype=torch.float64)], dim=1)
    variance = float(spread.var(correction=0))
    threshold = float(f"{variance / 1.3:.2g}")  # the unit's variance is 24% to 36% above it
    count = _count(active_units, mu, threshold)
    expect(count in _expected_counts(mu, threshold),
           f"With threshold={threshold:g}, for {n} float64 codes whose first unit lies within +-{0.45 * step:.1e} of "
           f"{offset} (variance {variance:.3g}), whose second varies (variance about 0.25) and whose third is constant, "
           f"active_units gives {count}, expected {min(_expected_counts(mu, threshold))}: compute the variance of the "
           f"means as they are, mu.var(dim=0), in mu's own dtype. float16 holds numbers near {offset} only in steps "
           f"of {step:.1e} (bfloat16 in steps 8 times larger): rounded to either first (mu.half(), mu.bfloat16()), "
           f"the codes all land on {offset}, and the unit's variance becomes 0.")
    passed("active_units counts the units whose encoder mean varies by more than the threshold")


def _expected_counts(mu, threshold=0.01) -> set:
    """The right counts of active units: either variance estimator is accepted."""
    return {int((mu.var(dim=0, correction=correction) > threshold).sum()) for correction in (0, 1)}


def _rows(generator, mu):
    """A random subset of the rows of mu: encoder means the student has not seen in this order."""
    n = draw_sizes(generator, 1, len(mu) // 2, len(mu))[0]
    return mu[torch.randperm(len(mu), generator=generator)[:n]].clone()


def _expect_not_cached(active_units, generator) -> None:
    """Two encoder means of one shape and one sum (exactly: every value a small multiple of 1/4) whose first unit
    varies in one and not in the other: each call counts its own mu (no cache keyed by shape and sum)."""
    n, d = 2 * draw_sizes(generator, 1, 20, 40)[0], draw_sizes(generator, 1, 3, 6)[0]
    varying = torch.randint(-8, 9, (n, d), generator=generator).float() / 4
    varying[:, 0] = torch.tensor([1.0, -1.0]).repeat(n // 2)  # variance 1: active
    flat = varying.clone()
    flat[:, 0] = 0.0  # the same column sum, variance 0 (and mean square 0): inactive
    counts = [_count(active_units, mu) for mu in (varying, flat)]
    expect(counts[0] in _expected_counts(varying) and counts[1] in _expected_counts(flat),
           f"For two encoder means of shape {tuple(varying.shape)} and the same sum, whose first unit varies in the "
           f"first and is constant in the second, active_units gave {counts}, expected "
           f"{[min(_expected_counts(varying)), min(_expected_counts(flat))]}: it kept a result from an earlier call "
           "(a cache keyed by the shape, the sum or a few values). Count the units of each mu it is given.")


def active_units_cached(active_units, seed=73):
    """Check active_units on the encoder means of the cached beta study (and the architecture study)."""
    generator = torch.Generator().manual_seed(seed)
    for run in given._study_runs("beta_study"):
        mu = _rows(generator, run["mu"])
        count = _count(active_units, mu)
        expected = _expected_counts(mu)
        expect(count in expected, f"β = {run['beta']:g}: active_units gives {count}, expected {min(expected)} "
               f"for {tuple(mu.shape)} encoder means of the study.")
    for run in given._study_runs("architecture_study"):
        mu = _rows(generator, run["mu"])
        for threshold in (0.01, 0.1):
            count, expected = _count(active_units, mu, threshold), _expected_counts(mu, threshold)
            expect(count in expected, f"{run['architecture']} VAE with latent size {run['latent_dim']}, threshold="
                   f"{threshold}: active_units gives {count}, expected {min(expected)} for {tuple(mu.shape)} encoder "
                   "means of the architecture study.")
    _expect_not_cached(active_units, generator)
    passed("active_units agrees with the reference on the models of both cached studies")


# ---------------------------------------------------------------- kl_per_unit

def _kl_reference(mu, logvar):
    return (-0.5 * (1 + logvar - mu ** 2 - logvar.exp())).mean(dim=0)


def kl_per_unit(kl_per_unit, seed=74):
    """Check kl_per_unit: shape (d,), the closed-form KL of each unit, averaged (not summed) over the images."""
    # First (a cache keyed by the tensors' memory also answers, by chance, for later calls whose inputs land in a freed
    # tensor's memory): the same tensors twice, their values halved in place in between, as a training step changes
    # the encoder's outputs in a reused buffer. Charged only when the first KLs were right and came back unchanged;
    # drawn from a generator of its own, so that the draws of the checks below stay as they were.
    own = torch.Generator().manual_seed(seed + 1)
    n, d = draw_sizes(own, 1, 4, 12)[0], draw_sizes(own, 1, 3, 8)[0]
    mu, logvar = torch.randn(n, d, generator=own) + 1.0, torch.randn(n, d, generator=own) - 1.0
    first, second, _ = remote.make(kl_per_unit, "called_twice", function=kl_per_unit, scale=0.5)(mu.clone(),
                                                                                               logvar.clone())
    stale = (type(first) is torch.Tensor and type(second) is torch.Tensor and first.shape == second.shape == (d,)
             and torch.allclose(first.detach(), _kl_reference(mu, logvar), atol=1e-5, rtol=1e-4)
             and torch.equal(second.detach(), first.detach()))
    expect(not stale,
           "Called twice on the same mu and logvar tensors, whose values were halved in place between the calls, "
           "kl_per_unit returned the first call's KLs: a cache keyed by the tensors (their data_ptr(), id(), or "
           "functools.cache) answers for values that changed, and for a new tensor Python puts in a freed one's "
           "memory. Compute the KLs from the values mu and logvar hold, at every call.")
    generator = torch.Generator().manual_seed(seed)
    n, d = draw_sizes(generator, 1, 20, 80)[0], draw_sizes(generator, 1, 3, 9)[0]
    mu, logvar = torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)
    result = kl_per_unit(mu, logvar)
    expect(type(result) is not torch.Tensor or tuple(result.shape) != (n,),
           f"kl_per_unit returned one value per image (shape ({n},)) for {n} images and {d} units: return one value "
           f"per unit, shape ({d},), averaging over the images (dim 0), not summing over the units.")
    expect_tensor(result, "kl_per_unit(mu, logvar)", shape=(d,))
    reference = _kl_reference(mu, logvar)
    expect(not torch.allclose(result, reference * n),
           f"The result is {n} times too large ({n} images): average over the images (mean over dim 0), do not sum.")
    expect(not torch.allclose(result, reference * 2), "The result is twice the expected KL: the formula has a factor 1/2.")
    expect_close(result, reference, "kl_per_unit(mu, logvar)",
                 "Entry u is the mean over the images of -1/2 (1 + logvar - mu^2 - exp(logvar)) of unit u.")
    expect(bool((result >= 0).all()), "A KL divergence is never negative: check the signs.")
    n, d = draw_sizes(generator, 1, 3, 12)[0], draw_sizes(generator, 1, 5, 12)[0]
    mu, logvar = torch.randn(n, d, generator=generator) * 3, torch.randn(n, d, generator=generator) - 2
    result = expect_inputs_kept(kl_per_unit, "kl_per_unit(mu, logvar)", ("mu", mu), ("logvar", logvar))
    expect_tensor(result, f"kl_per_unit on ({n}, {d}) inputs", shape=(d,))
    per_image = -0.5 * (1 + logvar - mu ** 2 - logvar.exp()).sum(dim=1)
    expect_close(result.sum(), per_image.mean(), "the sum of kl_per_unit",
                 "The per-unit KLs must add up to the average KL per image.", atol=1e-4)
    shape = (draw_sizes(generator, 1, 2, 6)[0], draw_sizes(generator, 1, 2, 6)[0])
    expect_close(kl_per_unit(torch.zeros(shape), torch.zeros(shape)), torch.zeros(shape[1]), "the KL of the prior itself",
                 "q = N(0, 1) has KL 0 to the prior.")
    # One unit (d = 1): one value per unit is a tensor of shape (1,).
    n = draw_sizes(generator, 1, 2, 9)[0]
    result = kl_per_unit(torch.randn(n, 1, generator=generator), torch.randn(n, 1, generator=generator))
    expect_tensor(result, f"kl_per_unit on ({n}, 1) inputs (one unit)", shape=(1,))
    # The formula holds far from 0 too.
    far = far_log_variances(generator)
    expect_close(kl_per_unit(torch.zeros(2, 4), far.repeat(2, 1)), 0.5 * (far.exp() - 1 - far),
                 f"kl_per_unit for logvar = {[round(v, 2) for v in far.tolist()]}",
                 "The formula holds for every logvar: do not clamp logvar (or exp(logvar)).")
    # The notebook trains with kl_per_unit(mu, logvar).sum() in a loss: gradients must reach mu and logvar.
    mu = (torch.randn(*shape, generator=generator) + 0.5).requires_grad_()
    logvar = (torch.randn(*shape, generator=generator) + 0.5).requires_grad_()
    result = kl_per_unit(mu, logvar)
    expect(result.requires_grad, "kl_per_unit(mu, logvar) carries no gradient: do not compute it under "
           "torch.no_grad() or detach it. The notebook trains models with kl_per_unit(mu, logvar).sum() in the loss.")
    result.sum().backward()
    expect(mu.grad is not None and logvar.grad is not None
           and torch.allclose(mu.grad, mu.detach() / shape[0], atol=1e-5)
           and torch.allclose(logvar.grad, 0.5 * (logvar.detach().exp() - 1) / shape[0], atol=1e-5),
           "The gradient of kl_per_unit(mu, logvar).sum() is not that of the formula (mu / N for mu, "
           "(exp(logvar) - 1) / 2N for logvar): compute it from mu and logvar themselves, with no .detach().")
    # More than 1,000 images, the later ones far from the prior: every image weighs the same in the average.
    n = 1000 + draw_sizes(generator, 1, 100, 500)[0]
    mu, logvar = torch.randn(n, 3, generator=generator), torch.randn(n, 3, generator=generator)
    mu[1000:] += 3.0
    expect_close(kl_per_unit(mu, logvar).detach(), _kl_reference(mu, logvar), f"kl_per_unit for {n} images",
                 "Average over all N images at once, each with the same weight (a mean of per-batch means weighs the "
                 "images of a smaller last batch more).")
    # A model in float64 (model.double()) gives float64 mu and logvar: its rates are float64 too.
    result = kl_per_unit(mu.double(), logvar.double())
    expect(type(result) is torch.Tensor and result.dtype == torch.float64,
           f"kl_per_unit of float64 mu and logvar returned {getattr(result, 'dtype', type(result).__name__)}: keep "
           "their dtype (no .float() on the result).")
    # A first result is the caller's to keep: inputs that need no gradient (a study's rates, measured under
    # torch.no_grad()), then a second call of the same shape, must leave it as it was.
    n, d = draw_sizes(generator, 1, 4, 12)[0], draw_sizes(generator, 1, 3, 8)[0]
    first = [torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)]
    second = [torch.randn(n, d, generator=generator) + 1.0, torch.randn(n, d, generator=generator) - 1.0]
    kept, _ = remote.make(kl_per_unit, "called_in_turn", function=kl_per_unit)(first, second)
    expect(type(kept) is torch.Tensor and tuple(kept.shape) == (d,) and torch.allclose(kept, _kl_reference(*first)),
           "The result of a first call of kl_per_unit changed when it was called again (on inputs of the same shape "
           "that need no gradient): it is a buffer the function keeps and refills (a module-level tensor, copy_, "
           "out=). Return a new tensor at every call.")
    # Mu and logvar whose columns were swapped: the same shape and sums, other per-unit values. Multiples of 1/4,
    # so that every sum is exact in any order.
    n, d = draw_sizes(generator, 1, 4, 12)[0], draw_sizes(generator, 1, 3, 8)[0]
    mu = torch.randint(-8, 9, (n, d), generator=generator) / 4
    logvar = torch.randint(-8, 5, (n, d), generator=generator) / 4
    mu[:, 0], logvar[:, 0] = 3.0, 0.75  # the first unit far from the prior: its KL differs from every other's
    kl_per_unit(mu, logvar)
    swap = [d - 1, *range(1, d - 1), 0]
    result = kl_per_unit(mu[:, swap].clone(), logvar[:, swap].clone())
    expect_close(result.detach() if type(result) is torch.Tensor else result, _kl_reference(mu, logvar)[swap],
                 "kl_per_unit of mu and logvar whose first and last columns were swapped",
                 "Called again on the same values with two units swapped (the same shape and sums, other values per "
                 "unit), kl_per_unit did not swap its result: a cache keyed on the shape, the dtype or the sums of "
                 "the inputs answers for other tensors. Compute the KLs from mu and logvar at every call.")
    # A diverged encoder (a NaN code, an exploding logvar) has a rate that is not a number: it must show as such (or
    # as an error: torch.distributions refuses a NaN mean).
    n, d = draw_sizes(generator, 1, 3, 9)[0], draw_sizes(generator, 1, 3, 6)[0]
    mu, logvar = torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)
    masked = ("Do not replace NaN or inf (torch.nan_to_num, a mask, a clamp): a diverged encoder's rate would then look "
              "like a plausible number.")
    broken = mu.clone()
    broken[n // 2, 0] = float("nan")
    try:
        result = kl_per_unit(broken, logvar)
    except (ValueError, RuntimeError):
        result = None
    expect(result is None or type(result) is torch.Tensor and tuple(result.shape) == (d,)
           and bool(torch.isnan(result[0])) and bool(torch.isfinite(result[1:]).all()),
           f"For mu with a NaN in unit 0, kl_per_unit gives {result.tolist() if type(result) is torch.Tensor else result!r}: "
           f"unit 0's rate must be NaN, the others finite. {masked}")
    exploding = logvar.clone()
    exploding[0, d - 1] = 100.0  # exp(100) overflows float32: a KL of inf
    result = kl_per_unit(mu, exploding)
    expect(type(result) is torch.Tensor and tuple(result.shape) == (d,) and not bool(torch.isfinite(result[d - 1]))
           and bool(torch.isfinite(result[:d - 1]).all()),
           f"For logvar = 100 in unit {d - 1} (exp(100) overflows float32), kl_per_unit gives "
           f"{result.tolist() if type(result) is torch.Tensor else result!r}: unit {d - 1}'s rate must be inf (or NaN), "
           f"the others finite. {masked}")
    # A wide latent space (a model with 32 or 64 units, as the architecture study trains): one KL per unit, all d.
    n, d = draw_sizes(generator, 1, 4, 12)[0], _choice(generator, (24, 32, 48, 64))
    mu, logvar = torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)
    result = kl_per_unit(mu, logvar)
    expect(type(result) is torch.Tensor and tuple(result.shape) == (d,)
           and torch.allclose(result.detach(), _kl_reference(mu, logvar), atol=1e-5, rtol=1e-4),
           f"For mu and logvar of shape {(n, d)} ({d} latent units), kl_per_unit gives "
           f"{tuple(result.shape) if type(result) is torch.Tensor else type(result).__name__}, expected the {d} KLs of "
           f"shape {(d,)}: compute one KL per unit of the inputs, however many there are (no fixed number of units, "
           "such as [:, :20] for the notebook's latent size).")
    # float64 inputs (a model.double()) get float64 KLs to float64's digits: for log-variances near 0 the KL is
    # about logvar^2 / 4, a difference of numbers near 1, and an exp taken in float32 (rounding of 6e-8) moves it
    # by percents.
    n, d = draw_sizes(generator, 1, 4, 12)[0], draw_sizes(generator, 1, 3, 8)[0]
    mu = torch.zeros(n, d, dtype=torch.float64)
    logvar = (torch.rand(n, d, generator=generator, dtype=torch.float64) * 2e-3 + 5e-4)
    result = kl_per_unit(mu, logvar)
    if type(result) is torch.Tensor and result.dtype == torch.float64 and tuple(result.shape) == (d,):
        expect_close(result.detach(), _kl_reference(mu, logvar), "kl_per_unit of float64 mu = 0 and logvar near 0",
                     "The KL of float64 inputs must be computed in float64: exp(logvar) with no .float() on logvar "
                     "(an exp in single precision keeps 7 digits of a number near 1, and the KL of logvar near 0 is "
                     "about logvar^2 / 4, a difference of such numbers).", atol=0, rtol=1e-6)
    # A wider latent space still (more than 64 units): each unit averaged over the images, no reshape of the KLs.
    n, d = 2 * draw_sizes(generator, 1, 2, 6)[0], _choice(generator, (96, 128, 160))  # n * d a multiple of 64
    mu, logvar = torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)
    try:
        result = kl_per_unit(mu, logvar)
    except Exception as error:  # noqa: BLE001 (a reshape that does not fit: the message below names it)
        result = f"{type(error).__name__}: {error}"
    expect(type(result) is torch.Tensor and tuple(result.shape) == (d,)
           and torch.allclose(result.detach(), _kl_reference(mu, logvar), atol=1e-5, rtol=1e-4),
           f"For mu and logvar of shape {(n, d)} ({d} latent units, more than 64), kl_per_unit does not give the mean "
           "KL of each unit over the images: average the (N, d) KLs over dim 0 as they are, kl.mean(dim=0), with no "
           "reshape (a reshape to rows of 64 mixes the units of one image with another's).")
    # More than 5,000 images, the later ones far from the prior: every image counts, the last ones too.
    n = 5_000 + draw_sizes(generator, 1, 300, 1_500)[0]
    mu, logvar = torch.randn(n, 3, generator=generator), torch.randn(n, 3, generator=generator)
    mu[5_000:] += 3.0
    result = kl_per_unit(mu, logvar)
    expect(type(result) is torch.Tensor and tuple(result.shape) == (3,)
           and torch.allclose(result.detach(), _kl_reference(mu, logvar), atol=1e-5, rtol=1e-4),
           f"For {n} images whose last {n - 5_000} are far from the prior, kl_per_unit gives "
           f"{result.tolist() if type(result) is torch.Tensor else result!r}, expected "
           f"{_kl_reference(mu, logvar).tolist()}: average over all N images, not over the first 5,000.")
    # float64 log-variances far above 0 (10 to 40): exp(logvar) to float64's digits. A typed-in e (2.718281828 **
    # logvar) is off by 1.7e-10 in its logarithm, a relative error of logvar * 1.7e-10 in the KL.
    n, d = draw_sizes(generator, 1, 4, 12)[0], draw_sizes(generator, 1, 3, 8)[0]
    mu = torch.zeros(n, d, dtype=torch.float64)
    logvar = torch.rand(n, d, generator=generator, dtype=torch.float64) * 30 + 10
    result = kl_per_unit(mu, logvar)
    if type(result) is torch.Tensor and result.dtype == torch.float64 and tuple(result.shape) == (d,):
        expect_close(result.detach(), _kl_reference(mu, logvar), "kl_per_unit of float64 mu = 0 and logvar from 10 to 40",
                     "exp(logvar) must be torch's, logvar.exp(): a power of a typed-in e (2.718281828 ** logvar, "
                     "math.e is exact) is off by 1.7e-10 in the exponent, a relative error of 1e-9 in the KL of "
                     "float64 inputs, which keep 16 digits.", atol=0, rtol=1e-10)
    # Images whose posterior is the prior exactly (mu = 0, logvar = 0: a KL of exactly 0) are images like any other.
    n, d, still = draw_sizes(generator, 1, 8, 20)[0], draw_sizes(generator, 1, 3, 8)[0], draw_sizes(generator, 1, 2, 4)[0]
    mu, logvar = torch.randn(n, d, generator=generator), torch.randn(n, d, generator=generator)
    mu[:still], logvar[:still] = 0.0, 0.0
    result = kl_per_unit(mu, logvar)
    expect(type(result) is torch.Tensor and tuple(result.shape) == (d,)
           and torch.allclose(result.detach(), _kl_reference(mu, logvar), atol=1e-5, rtol=1e-4),
           f"For {n} images, {still} of which have a posterior equal to the prior (mu = 0, logvar = 0: a KL of exactly "
           "0), kl_per_unit does not give the mean over all N images: do not leave out the images whose KL is 0 "
           "(they are encoded at no cost, which the rate must count); kl.mean(dim=0) over every image.")
    passed("kl_per_unit gives the KL of each unit averaged over the images")


# ---------------------------------------------------------------- sweep

# fit's arguments that change the model it trains and that the statement leaves at fit's defaults
_FIT_DEFAULTS_KEPT = ("batch_size", "warmup", "betas", "reinitialise")
_FITS = ("fit", "vaecourse.training.fit")  # sweep may call fit as the notebook imported it, or through its module
_FAILED_FIT = "fit failed (on purpose: a check's)"  # the error of the fit that sweep_results gives sweep to call


def _watched_sweep(sweep, *args, quiet=False, **kwargs):
    """(what sweep returned, its calls of fit): each call is a dict of fit's arguments by name (defaults filled
    in) plus "initial", the model's state when fit was called, and "random", torch's global random state then.
    quiet: fit runs without progress bars whatever sweep asks (the calls still record what it asked)."""
    instead = {name: given.course_function(name="fit") for name in _FITS} if quiet else None
    result, records = remote.watching(sweep, {name: True for name in _FITS}, *args, _instead=instead, **kwargs)
    calls = []
    for record in [record for name in _FITS for record in records[name]]:
        try:
            bound = signature(training.fit).bind(*record["args"], **record["kwargs"])
        except TypeError as error:
            raise AssertionError(f"sweep called fit with arguments fit does not take ({error}): call "
                                 "fit(model, train_images, test_images, epochs, ...).") from None
        bound.apply_defaults()
        calls.append(dict(bound.arguments, initial=record["states"][0] if record["states"] else None,
                          random=record["random"]))
    return result, calls


def _initial_state(latent_dim, hidden, seed) -> dict:
    """The weights of dense_vae(latent_dim, hidden) built right after torch.manual_seed(seed)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return {key: value.detach().clone() for key, value in dense_vae(latent_dim=latent_dim, hidden=hidden).state_dict().items()}


def _random_after_building(latent_dim, hidden, seed) -> torch.Tensor:
    """torch's global random state right after torch.manual_seed(seed) and dense_vae(latent_dim, hidden)."""
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        dense_vae(latent_dim=latent_dim, hidden=hidden)
        return torch.get_rng_state()


def _check_fit_call(call, beta, reference, train, test, epochs, seed):
    """One call of fit by sweep: a model built as asked, from the seeded weights, trained with the studies' recipe."""
    initial = call["initial"] or {}
    expect({key: tuple(value.shape) for key, value in initial.items()}
           == {key: tuple(value.shape) for key, value in reference.items()},
           "The model does not have the architecture asked for: build dense_vae(latent_dim=latent_dim, hidden=hidden).")
    expect(all(torch.equal(initial[key], value) for key, value in reference.items()),
           f"The model for beta = {beta:g} does not start from the weights that torch.manual_seed(seed) followed by "
           f"dense_vae(...) gives (seed = {seed} here): call torch.manual_seed(seed) right before building each model, so "
           "that every beta starts from the same initial weights.")
    expect(call["beta"] == beta, f"The model for beta = {beta:g} was trained with beta = {call['beta']}: pass beta=beta to fit.")
    same = [type(value) is torch.Tensor and value.shape == wanted.shape and torch.equal(value, wanted)
            for value, wanted in ((call["train_images"], train), (call["test_images"], test))]
    expect(all(same), "Pass train_images and test_images on to fit (in this order).")
    expect(call["epochs"] == epochs and call["seed"] == seed,
           f"Pass epochs and seed on to fit: fit(..., epochs, ..., seed=seed) (epochs = {epochs}, seed = {seed} here).")
    expect(type(call["lr"]) in (int, float) and abs(call["lr"] - 2e-3) < 1e-12 and call["schedule"] == "onecycle",
           "Train with the recipe of the studies: fit(..., lr=2e-3, schedule=\"onecycle\", ...).")
    changed = [name for name in _FIT_DEFAULTS_KEPT if call[name] != signature(training.fit).parameters[name].default]
    expect(not changed, f"sweep called fit with {', '.join(f'{name}={call[name]!r}' for name in changed)}: the recipe of "
           "the studies is fit(model, train_images, test_images, epochs, lr=2e-3, schedule=\"onecycle\", beta=beta, "
           "seed=seed, progress=progress), with fit's defaults for everything else.")


def _hidden(generator, layers: int, low: int, high: int) -> tuple:
    return tuple(draw_sizes(generator, layers, low, high))


def sweep_training(sweep, seed=75):
    """Check sweep: a fresh model per beta, reseeded to the same initial weights, trained with fit as asked.

    Also: the same global random state when each model's training starts; progress passed on to fit.
    Also: the default arguments of the statement's signature.
    """
    expect_defaults(sweep, "sweep")
    generator = torch.Generator().manual_seed(seed)
    start = draw_sizes(generator, 1, 0, 9000)[0]
    # small sets: the check trains tiny VAEs
    train = given.mnist_images(split="test", start=start, n=256)
    test = given.mnist_images(split="test", start=start + 256, n=64)
    betas = [_BETAS[i] for i in torch.randperm(7, generator=generator)[:3].tolist()]  # betas from 0 to 4, any order
    betas.append(betas[0])  # a beta given twice is trained twice: one run per entry of betas
    latent_dim, hidden, weights = draw_sizes(generator, 1, 2, 4)[0], _hidden(generator, 1, 8, 24), draw_sizes(generator, 1, 1, 999)[0]
    _, calls = _watched_sweep(sweep, betas, train, test, 1, latent_dim=latent_dim, hidden=hidden, seed=weights)
    expect(len(calls) == len(betas), f"sweep called fit {len(calls)} times for the {len(betas)} betas {betas}: train one "
           "model per entry of betas, in their order, a repeated beta included, with fit(model, train_images, "
           "test_images, epochs, ...).")
    expect(len({identity(call["model"]) for call in calls}) == len(calls),
           "The same model object was trained for several betas: build a fresh model inside the loop, for every beta "
           "(a reused model starts the next setting already trained).")
    reference = _initial_state(latent_dim, hidden, weights)
    for beta, call in zip(betas, _in_order_of(betas, calls)[0]):
        _check_fit_call(call, beta, reference, train, test, 1, weights)
    expect(not any(call["progress"] for call in calls),
           "sweep, called without progress (its default is False), trained with progress bars: pass progress on to "
           "fit, fit(..., progress=progress) (fit's own default shows a bar).")
    expect(all(torch.equal(call["random"], calls[0]["random"]) for call in calls),
           "torch's global random state was not the same when fit started training each model: the noise of the "
           "reparameterisation trick then depends on the betas trained before. Call torch.manual_seed(seed) right "
           "before building each model (a copy of one model built once starts from the same weights, not from "
           "the same random state).")
    expect(torch.equal(calls[0]["random"], _random_after_building(latent_dim, hidden, weights)),
           "torch's global random state when fit started training is not the one that torch.manual_seed(seed) followed "
           "by dense_vae(...) leaves: something between building the model and calling fit drew random numbers (a "
           "look at the untrained model's samples, a test pass in training mode...), which changes the noise of "
           "training. Call fit right after building the model.")
    _, calls = _watched_sweep(sweep, betas[:1], train, test, 1, latent_dim=latent_dim, hidden=hidden, seed=weights,
                              progress=True, quiet=True)
    expect(len(calls) == 1 and calls[0]["progress"] is True,
           "sweep, called with progress=True, did not ask fit for progress bars: pass progress on to fit, "
           "fit(..., progress=progress).")
    # Two hidden layers, two epochs, one beta, and seed 0 (the default): a seed like any other, used as given.
    beta, latent_dim, hidden = _choice(generator, _BETAS[1:]), draw_sizes(generator, 1, 2, 3)[0], _hidden(generator, 2, 6, 12)
    weights = 0
    _, calls = _watched_sweep(sweep, [beta], train, test, 2, latent_dim=latent_dim, hidden=hidden, seed=weights)
    expect(len(calls) == 1, f"sweep called fit {len(calls)} times for one beta: train one model per beta.")
    _check_fit_call(calls[0], beta, _initial_state(latent_dim, hidden, weights), train, test, 2, weights)
    # beta = 0 (the plain autoencoder's objective: the curve's end) is a setting like any other.
    _, calls = _watched_sweep(sweep, [0.0, beta], train[:64], test[:16], 1, latent_dim=2, hidden=(8,), seed=weights,
                              quiet=True)
    expect(len(calls) == 2 and any(call["beta"] == 0.0 for call in _in_order_of([0.0, beta], calls)[0][:1]),
           f"sweep called fit {len(calls)} times for the betas [0.0, {beta:g}], "
           f"{'the first with beta = ' + repr(calls[0]['beta']) if calls else 'never'}: beta = 0 is a setting of the "
           "study like any other (a plain autoencoder's objective, the rate-distortion curve's end). Train one model "
           "per entry of betas, beta = 0 included.")
    # ...trained with the same recipe as every other beta (a constant learning rate for beta = 0 is another study)
    for each, call in zip([0.0, beta], _in_order_of([0.0, beta], calls)[0]):
        _check_fit_call(call, each, _initial_state(2, (8,), weights), train[:64], test[:16], 1, weights)
    # epochs = 0 (the untrained models, a study's baseline) is passed on as it is. fit's history is then empty: a
    # sweep that reads its numbers from the history cannot run, which the statement's epochs never ask for, so
    # only the epochs that reach fit are judged.
    try:
        _, calls = _watched_sweep(sweep, [beta], train[:64], test[:16], 0, latent_dim=2, hidden=(8,), seed=weights,
                                  quiet=True)
    except AssertionError:
        raise
    except Exception:
        calls = []
    expect(all(call["epochs"] == 0 for call in calls),
           f"sweep, given epochs = 0, asked fit for epochs = {[call['epochs'] for call in calls]}: pass epochs on as it "
           "is (0 epochs gives the untrained models, a study's baseline).")
    # The caller's thread count is the caller's: a sweep that sets it (one thread for small MLPs) puts it back. The
    # count is set to 3 first, one no kernel runs with (a grader's kernel has 1 thread already).
    _, threads = remote.make(sweep, "reporting_threads", function=sweep, threads=3)(
        [beta], train[:64], test[:16], 1, latent_dim=2, hidden=(8,), seed=weights)
    expect(threads == 3,
           f"Called with torch's thread count at 3, sweep left it at {threads}: torch.set_num_threads(...) inside sweep "
           "changes the thread count of everything the caller runs afterwards, for good. Leave it to the caller (the "
           "notebook sets it around its own call), or put it back before returning: threads = "
           "torch.get_num_threads() first, then torch.set_num_threads(threads) in a finally: block.")
    # The caller's warning filters are the caller's: warnings.simplefilter("ignore") as a statement silences every
    # warning of everything the caller runs afterwards, for good.
    _, changed = remote.make(sweep, "reporting_warning_filters", function=sweep)(
        [beta], train[:64], test[:16], 1, latent_dim=2, hidden=(8,), seed=weights)
    expect(changed is False,
           "sweep changed the warning filters of its caller (warnings.simplefilter(\"ignore\") or "
           "warnings.filterwarnings(...) as a statement): every warning of everything the caller runs afterwards is "
           "then silenced, for good. Leave the filters alone, or change them inside a with warnings.catch_warnings(): "
           "block, which puts them back.")
    # After sweep, torch's global random state is where training the last model left it (or, for a sweep that keeps
    # its caller's state, where it was): nothing after fit draws from it (a forward pass in training mode samples z).
    random, value = remote.make(sweep, "global_random"), draw_sizes(generator, 1, 0, 10 ** 6)[0]
    with torch.random.fork_rng(devices=[]):  # a visible check leaves the notebook's random state as it was
        random.seed(value)
        sweep([beta], train[:64], test[:16], 1, latent_dim=2, hidden=(8,), seed=weights)
        after = random.draw(4)
    wanted = []
    for steps in (0, 1, 2):  # untouched, after building the model, after building and training it
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(value)
            if steps:
                torch.manual_seed(weights)
                model = dense_vae(latent_dim=2, hidden=(8,))
            if steps == 2:
                training.fit(model, train[:64], test[:16], 1, lr=2e-3, schedule="onecycle", beta=beta, seed=weights,
                             progress=False)
            wanted.append(torch.rand(4))
    expect(type(after) is torch.Tensor and any(torch.equal(after, draws) for draws in wanted),
           "After sweep(...) returned, torch's global random state was not where training the last model left it: "
           "sweep drew random numbers after fit (a forward pass in training mode, model(test_images), samples z; "
           "noise added to mu), which moves the caller's random numbers on. Measure each model with "
           "evaluate(model, test_images) and model.encoder(test_images) under torch.no_grad(), which draw nothing.")
    # A training set of more than 10,000 images (the notebook's is MNIST's 60,000) reaches fit whole: every image
    # trains the model (one epoch of a tiny VAE: about 80 steps).
    n = draw_sizes(generator, 1, 10_100, 11_000)[0]
    large = given.mnist_images(split="train", start=draw_sizes(generator, 1, 0, 40_000)[0], n=n)
    _, calls = _watched_sweep(sweep, [beta], large, test[:16], 1, latent_dim=2, hidden=(8,), seed=weights, quiet=True)
    sizes = [len(call["train_images"]) if type(call["train_images"]) is torch.Tensor else None for call in calls]
    expect(len(calls) == 1 and sizes == [n],
           f"Given {n} training images, sweep trained on {sizes[0] if len(sizes) == 1 else sizes} of them: pass "
           "train_images on to fit whole, fit(model, train_images, test_images, epochs, ...), with no cap such as "
           "train_images[:10000] (the studies train on all 60,000 MNIST images; fewer give other models and another "
           "curve).")
    passed("one fresh model per beta, each from the same initial weights, trained with fit as asked")


def _trained_states(calls) -> list:
    """The weights of the model of each call of fit after its training: read from the model (here or in the
    student's kernel), or, when sweep trained the same model again, as it was when fit was called next (so that
    this mistake is charged by sweep_training only)."""
    states = []
    for index, call in enumerate(calls):
        following = calls[index + 1] if index + 1 < len(calls) else None
        if following is not None and identity(following["model"]) == identity(call["model"]) and following["initial"]:
            states.append(following["initial"])
        else:
            states.append(remote.inspect(call["model"], "state"))
    return states


def _in_order_of(betas, calls, states=None):
    """The calls of fit (and the trained states, if given) in the order of betas: a sweep may train the betas in
    another order (reversed, say; every run is seeded alike, so each model is the same) and still return its runs
    in the order of betas. A call is matched by the beta fit was given, equal betas in the order of their calls;
    when the calls' betas are not those of betas (a mistake the checks charge), they stay as they came."""
    states = list(states) if states is not None else [None] * len(calls)
    left, ordered = list(range(len(calls))), []
    for beta in betas:
        match = next((index for index in left if type(calls[index]["beta"]) in (int, float)
                      and calls[index]["beta"] == beta), None)
        if match is None:
            return list(calls), states
        left.remove(match)
        ordered.append(match)
    if left:
        return list(calls), states
    return [calls[index] for index in ordered], [states[index] for index in ordered]


def _vae_from_state(state: dict):
    """A dense_vae with the given weights (its sizes read from them), built here: the check measures it itself."""
    layers = sorted(int(match.group(1)) for key in state if (match := re.fullmatch(r"encoder\.body\.(\d+)\.weight", key)))
    try:
        hidden = tuple(state[f"encoder.body.{index}.weight"].shape[0] for index in layers)
        with torch.random.fork_rng(devices=[]):
            model = dense_vae(latent_dim=state["encoder.mu_head.weight"].shape[0], hidden=hidden)
        model.load_state_dict(state)
    except (KeyError, RuntimeError, TypeError, AttributeError):
        raise AssertionError("The model sweep trained is not a dense_vae: build each model with "
                             "dense_vae(latent_dim=latent_dim, hidden=hidden).") from None
    return model.eval()


def _images_given_to_evaluate(sweep, beta, train, test, small: dict):
    """The test images each call of evaluate got (as the notebook imported it, or through its module) while
    sweep([beta], train, test, 1, **small) ran with the course's fit."""
    evaluates = ("evaluate", "vaecourse.training.evaluate")
    _, records = remote.watching(sweep, {name: False for name in (*_FITS, *evaluates)}, [beta], train, test, 1,
                                 _instead={name: given.course_function(name="fit") for name in _FITS},
                                 _optional=list(evaluates), **small)
    for record in [record for name in evaluates for record in records.get(name, [])]:
        images = record["args"][1] if len(record["args"]) > 1 else record["kwargs"].get("images")
        if type(images) is torch.Tensor:
            yield images


def _expect_total_of_parts(run, beta: str, why: str):
    """A run's test_total is its test_reconstruction + test_kl: the negative ELBO at beta = 1 (if all three are floats;
    their types are checked elsewhere)."""
    numbers = [run.get(key) for key in ("test_total", "test_reconstruction", "test_kl")]
    if all(type(value) is float for value in numbers):
        total, reconstruction, kl = numbers
        expect(abs(total - (reconstruction + kl)) < 1e-3,
               f"For beta = {beta}, sweep reports test_total = {total:.3f}, but test_reconstruction + test_kl = "
               f"{reconstruction + kl:.3f}{why}")


def sweep_results(sweep, seed=76):
    """Check sweep: one dict per beta, with the test loss at beta = 1 and the encoder means of the test images.

    The numbers are compared with what the check measures on the models that sweep trained (their weights read
    back), so that a mistake in how the models are trained is charged by sweep_training, not here.
    """
    generator = torch.Generator().manual_seed(seed)
    # more test images than the 1,000 whose means the cached studies keep: run['mu'] is for all of them
    n_train, n_test = 1024, draw_sizes(generator, 1, 1010, 1200)[0]
    start = draw_sizes(generator, 1, 0, 10_000 - n_train - n_test)[0]
    # a small training set: the check trains two small VAEs
    train = given.mnist_images(split="test", start=start, n=n_train)
    test = given.mnist_images(split="test", start=start + n_train, n=n_test)
    # the larger beta first: the results stay in the order of betas (not sorted)
    betas = [_choice(generator, (3.0, 4.0, 5.0)), _choice(generator, (0.5, 1.0, 1.5))]
    latent_dim, hidden = draw_sizes(generator, 1, 2, 4)[0], _hidden(generator, 1, 48, 80)
    results, calls = _watched_sweep(sweep, betas, train, test, 2, latent_dim=latent_dim, hidden=hidden,
                                    seed=draw_sizes(generator, 1, 1, 999)[0])
    expect(type(results) is list and len(results) == len(betas),
           f"sweep must return a list with one dict per beta ({len(betas)} here), not {type(results).__name__}"
           + (f" of length {len(results)}." if type(results) is list else "."))
    expect(len(calls) == len(betas), f"sweep called fit {len(calls)} times for {len(betas)} betas: train one model per "
           "beta with fit.")
    keys = ["beta", "mu", "test_kl", "test_reconstruction", "test_total"]
    for beta, run, state in zip(betas, results, _in_order_of(betas, calls, _trained_states(calls))[1]):
        expect(type(run) is dict and set(keys) <= set(run),
               f"Each result must be a dict with the keys {keys}, not {sorted(run) if type(run) is dict else run}.")
        expect(type(run["beta"]) is float and run["beta"] == beta,
               "run['beta'] must be the beta of the run, as a float, in the order of betas.")
        expect(all(type(run[key]) is float for key in ("test_total", "test_reconstruction", "test_kl")),
               "test_total, test_reconstruction and test_kl must be Python floats (the values of evaluate's dict).")
        rows = len(run["mu"]) if isinstance(run["mu"], torch.Tensor) and run["mu"].dim() == 2 else n_test
        expect(rows != n_train, f"run['mu'] has one row per training image ({n_train}): encode test_images.")
        expect(rows == n_test, f"run['mu'] has {rows} rows for {n_test} test images: encode all of test_images, one "
                               "row per image (the cached studies keep 1,000 rows to stay small; sweep's result keeps "
                               "them all).")
        expect_tensor(run["mu"], "run['mu']", shape=(n_test, latent_dim), dtype=torch.float32)
        expect(not run["mu"].requires_grad,
               "run['mu'] was computed with gradients: compute it under torch.no_grad() (or .detach() it), "
               "so that the results do not hold on to the computation graph.")
        model = _vae_from_state(state)
        metrics = training.evaluate(model, test)
        with torch.no_grad():
            mu = model.encoder(test)[0]
        expect_close(run["mu"].detach(), mu, "run['mu']",
                     "run['mu'] must be the encoder means of test_images under the trained model: model.encoder(test_images)[0].")
        expect(abs(run["test_total"] - (run["test_reconstruction"] + run["test_kl"])) < 1e-3,
               f"beta = {beta:g}: test_total ({run['test_total']:.2f}) is not test_reconstruction + test_kl "
               f"({run['test_reconstruction'] + run['test_kl']:.2f}). Report the negative ELBO at beta = 1, "
               "evaluate(model, test_images), whatever the training beta: fit's history['test_total'] is "
               "reconstruction + (training beta) * KL.")
        expect(abs(run["test_kl"] - metrics["kl"]) < 1e-3 * max(1.0, metrics["kl"])
               and abs(run["test_reconstruction"] - metrics["reconstruction"]) < 3.0,
               f"beta = {beta:g}: the test numbers ({run['test_reconstruction']:.2f}, {run['test_kl']:.3f}) "
               f"differ from evaluate(model, test_images) ({metrics['reconstruction']:.2f}, {metrics['kl']:.3f}) "
               "of the trained model: measure each model on test_images after training it.")
    small = dict(latent_dim=2, hidden=(8,), seed=draw_sizes(generator, 1, 1, 999)[0])
    # A run that fails in fit fails the sweep: its model, measured anyway, would be reported as trained.
    try:
        remote.watching(sweep, {name: False for name in _FITS}, [betas[1]], train[:64], test[:16], 1,
                        _instead={name: given.raising(message=_FAILED_FIT) for name in _FITS}, **small)
    except AssertionError:
        raise
    except Exception as error:  # noqa: BLE001 (whichever error comes back, it must be fit's)
        expect(_FAILED_FIT in str(error),
               f"With a fit that raises RuntimeError({_FAILED_FIT!r}), sweep raised {type(error).__name__}: {error}. "
               "Let fit's own error through.")
    else:
        raise AssertionError(f"sweep went on although fit raised RuntimeError({_FAILED_FIT!r}): an error in training "
                             "must stop the sweep (no try/except around fit), or the results report an untrained "
                             "model as trained for that beta.")
    # A diverged run (training images with NaN: NaN weights, NaN losses) is a run too: one dict per beta.
    broken = torch.full((64, 1, 28, 28), float("nan"))
    results, _ = _watched_sweep(sweep, [betas[1], betas[0]], broken, test[:16], 1, quiet=True, **small)
    expect(type(results) is list and len(results) == 2,
           f"For 2 betas whose training diverged (NaN losses), sweep returned "
           f"{len(results) if type(results) is list else type(results).__name__} result(s): return one dict per beta, "
           "whatever its numbers (a diverged run has NaN losses, which the table shows and a plot leaves out); do not "
           "filter the runs by their values.")
    # The same settings, other test images of the same number: the results of these images (no cache of sweeps).
    first, _ = _watched_sweep(sweep, [betas[1]], train[:64], test[:16], 1, quiet=True, **small)
    second, _ = _watched_sweep(sweep, [betas[1]], train[:64], test[16:32], 1, quiet=True, **small)
    expect(type(first) is list and type(second) is list and len(first) == len(second) == 1
           and not torch.equal(first[0]["mu"], second[0]["mu"]),
           "Called twice with the same settings and as many test images, but other ones, sweep returned the first "
           "call's results: train and measure every call (no cache keyed on the settings or the sizes of the data, "
           "which answers for other images with the old numbers).")
    # The test numbers are those of all the test images: every call of evaluate (sweep's, and fit's own) is given
    # all of test_images (a part of them, every other image or the first ones, gives other numbers).
    images = test[:48]
    for given_images in _images_given_to_evaluate(sweep, betas[1], train[:64], images, small):
        expect(given_images.numel() == images.numel()
               and torch.equal(given_images.detach().reshape(-1).float(), images.reshape(-1)),
               f"sweep called evaluate on {len(given_images)} images for {len(images)} test images: its test numbers "
               "then differ from evaluate(model, test_images) of them all. Measure each model on all of test_images, "
               "not on a part of them (every other image, test_images[::2], or the first ones).")
    # More than 2,000 test images, not a multiple of a round batch size: the last, partial batch counts too.
    count = 2000 + draw_sizes(generator, 1, 100, 600)[0]
    images = given.mnist_images(split="test", start=draw_sizes(generator, 1, 0, 10_000 - count)[0], n=count)
    for given_images in _images_given_to_evaluate(sweep, betas[1], train[:64], images, small):
        expect(given_images.numel() == images.numel()
               and torch.equal(given_images.detach().reshape(-1).float(), images.reshape(-1)),
               f"For {count} test images, sweep called evaluate on {len(given_images)} of them: the images past the "
               "last full batch (a multiple of 1,000 or 2,000, test_images[:len(test_images) // 2000 * 2000]) were "
               "dropped, and the test numbers differ from evaluate(model, test_images) of them all. Give evaluate all "
               "of test_images: it batches them itself, a smaller last batch included.")
    # ...and more than 10 latent units: run['mu'] holds every unit of every one of those test images.
    wide = draw_sizes(generator, 1, 11, 13)[0]
    results, _ = _watched_sweep(sweep, [betas[1]], train[:64], images, 1, quiet=True, **dict(small, latent_dim=wide))
    mu = results[0].get("mu") if type(results) is list and len(results) == 1 and type(results[0]) is dict else None
    expect(type(mu) is torch.Tensor and tuple(mu.shape) == (count, wide),
           f"For {count} test images and latent_dim={wide}, run['mu'] has shape "
           f"{tuple(mu.shape) if type(mu) is torch.Tensor else type(mu).__name__}, expected ({count}, {wide}): encode "
           "every test image with every latent unit (no cut to the first 10 units, nor to whole chunks of 2,000 "
           "images: the last, partial chunk counts too).")
    # Betas that float32 cannot hold exactly (0.1 is 0.10000000149... in float32): run['beta'] is the caller's beta.
    odd = [_choice(generator, (0.1, 0.3, 0.7)), _choice(generator, (1.1, 2.2, 3.3))]
    results, _ = _watched_sweep(sweep, odd, train[:64], test[:16], 1, quiet=True, **small)
    got = [run.get("beta") if type(run) is dict else run for run in results] if type(results) is list else results
    expect(got == odd and all(type(beta) is float for beta in got),
           f"For betas {odd}, sweep's runs hold the betas {got}: run['beta'] went through a float32 tensor "
           "(float(torch.tensor(beta))), which rounds it, so run['beta'] == beta fails and plots and tables show "
           "0.10000000149011612. Store the caller's beta as it is: float(beta).")
    # beta = 0 (an autoencoder's objective) is measured like any other: the negative ELBO at beta = 1, KL included.
    # (eight units, whose KLs add up to about 0.4 nats after one epoch: far above the tolerance)
    # Given twice, it trains the same model twice: both runs are measured with the same noise, evaluate's default
    # seed, so that the runs of a study compare (on these 16 images, another seed moved the reconstruction by 0.1 to
    # 5 nats in 25 draws; the same noise gives the same number to the last digit).
    results, calls = _watched_sweep(sweep, [0.0, 0.0], train[:64], test[:16], 1, quiet=True,
                                    **dict(small, latent_dim=8))
    runs = results if type(results) is list and all(type(run) is dict for run in results) else []
    run = runs[0] if runs else {}
    _expect_total_of_parts(run, "0", ": the test numbers are evaluate(model, test_images) at beta = 1 whatever the "
                           "training beta, beta = 0 (the autoencoder's objective) included. Do not evaluate a beta = 0 "
                           "run at beta = 0: its test_total must count the KL too, to compare with the other runs.")
    # (a sweep that keeps one run of a repeated beta, or trains other models, is charged by sweep_training)
    states = _trained_states(calls) if len(calls) == len(runs) == 2 else []
    numbers = [[run.get(key) for key in ("test_reconstruction", "test_kl")] for run in runs]
    if states and all(type(value) is float for pair in numbers for value in pair):
        kl = training.evaluate(_vae_from_state(states[0]), test[:16])["kl"]
        expect(abs(numbers[0][1] - kl) < 1e-3 * max(1.0, kl),
               f"For beta = 0, sweep reports test_kl = {numbers[0][1]:.3f}, but evaluate(model, test_images) of the model "
               f"it trained gives a KL of {kl:.3f}: a model trained at beta = 0 paid no KL in training, but its "
               "posterior still has one (in a study, the largest rate: the curve's end). Report evaluate's "
               "numbers at beta = 1 for every beta, beta = 0 included, with no special case.")
        if all(torch.equal(states[0][key], states[1][key]) for key in states[0]):
            expect(abs(numbers[0][0] - numbers[1][0]) < 1e-4 and abs(numbers[0][1] - numbers[1][1]) < 1e-4,
                   f"For betas [0.0, 0.0], sweep trained the same model twice (the same weights), but reports the "
                   f"test reconstructions {numbers[0][0]:.3f} and {numbers[1][0]:.3f}: it measured them with other "
                   "noise (another seed for each run, evaluate(..., seed=seed + index)), so the runs of a study do not "
                   "compare. Measure every model with evaluate(model, test_images), the same noise for every run.")
    # A beta with more digits than three (a warm-up's fraction) and a large one (6 to 10): run['beta'] is the caller's
    # beta as it is, and every run is measured at beta = 1 (eight units, as above: a KL far above the tolerance).
    odd = [_choice(generator, (0.1875, 1.375, 2.0625)), _choice(generator, (6.0, 8.0, 10.0))]
    results, _ = _watched_sweep(sweep, odd, train[:64], test[:16], 1, quiet=True, **dict(small, latent_dim=8))
    got = [run.get("beta") if type(run) is dict else run for run in results] if type(results) is list else results
    expect(got == odd,
           f"For betas {odd}, sweep's runs hold the betas {got}: run['beta'] was rounded (f'{{beta:.3g}}', "
           "round(beta, 2)), so run['beta'] == beta fails and runs of close betas merge. Store the caller's beta as "
           "it is: float(beta).")
    _expect_total_of_parts(results[1] if type(results[1]) is dict else {}, f"{odd[1]:g}",
                           ". Report the negative ELBO at beta = 1, evaluate(model, test_images), whatever the training "
                           "beta, large betas included: evaluate(model, test_images, beta=beta) counts the KL beta "
                           "times.")
    passed("one dict per beta with the negative ELBO at beta = 1, its two parts, and the encoder means")


def sweep_trend(sweep, seed=77):
    """Check sweep's trade-off: it trains three models again, with beta = 0.25, 2 and 8 on images of the check's,
    which measures them itself; as beta grows, the rate (KL) falls and the distortion rises."""
    generator = torch.Generator().manual_seed(seed)
    # betas far apart: after a training this short, the distortions of betas closer together (0 and 1, 0.25 and
    # 1.5) came within 2 nats of each other for some draws of the images and seed; these differed by 4.6 nats or
    # more in 45 draws
    betas = (0.25, 2.0, 8.0)
    # 1,500 images (their copies come back with the records of fit), 10 epochs: a few seconds
    n_train, n_test, epochs = 1500, 500, 10
    train = given.mnist_images(split="train", start=draw_sizes(generator, 1, 0, 60_000 - n_train)[0], n=n_train)
    test = given.mnist_images(split="test", start=draw_sizes(generator, 1, 0, 10_000 - n_test)[0], n=n_test)
    _, calls = _watched_sweep(sweep, betas, train, test, epochs, latent_dim=10, hidden=(128,),
                              seed=draw_sizes(generator, 1, 0, 999)[0])
    expect(len(calls) == len(betas), f"sweep called fit {len(calls)} times for {len(betas)} betas: train one model per "
           "beta with fit.")
    measured = [training.evaluate(_vae_from_state(state), test)
                for state in _in_order_of(betas, calls, _trained_states(calls))[1]]
    rates, distortions = [metrics["kl"] for metrics in measured], [metrics["reconstruction"] for metrics in measured]
    expect(all(a > b for a, b in zip(rates, rates[1:])),
           f"The rates {[round(v, 2) for v in rates]} of the models sweep trained should fall as beta grows {betas}: "
           "is beta passed on to fit?")
    expect(all(a < b for a, b in zip(distortions, distortions[1:])),
           f"The distortions {[round(v, 1) for v in distortions]} of the models sweep trained should rise as beta grows "
           f"{betas}: is beta passed on to fit, and is every model a fresh one?")
    passed(f"rates {', '.join(f'{v:.1f}' for v in rates)} fall and distortions "
           f"{', '.join(f'{v:.1f}' for v in distortions)} rise with beta {betas}")


from vaecourse.checks import guard_torch_settings  # noqa: E402 (last: it wraps every check above)

guard_torch_settings(globals())
