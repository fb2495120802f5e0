"""The data-only channel between the grader and the student's kernel (vaecourse.remote), without a kernel.

A loopback stands for the kernel: `respond(message, namespace)` is what the kernel computes for a comm message.
The whole pipeline, with a real sandboxed kernel, is tested in test_robustness.py and test_grading.py.
"""

import functools
import json
import re
import types

import numpy as np
import pytest
import torch
from hypothesis import given as for_all
from hypothesis import settings
from hypothesis import strategies as st

from vaecourse import remote
from vaecourse.checks import given


def loopback(source: str):
    """A channel to a 'kernel' whose namespace is what `source` defines."""
    namespace = {"torch": torch, "np": np}
    exec(source, namespace)
    channel = remote.Channel(lambda message: remote.respond(message, namespace))
    channel.namespace = namespace  # what the student's code saw, for the tests to read
    return channel


def student(source: str, name: str):
    return remote.Remote(loopback(source), name)


def test_values_cross_with_their_exact_types():
    echo = student("def echo(*args):\n    return args", "echo")
    values = (torch.arange(6, dtype=torch.uint8).reshape(2, 3), torch.ones(0, 4), torch.tensor(2.5, dtype=torch.float64),
              torch.tensor([True, False]), np.arange(3.0), np.float32(1.5), 3, 2.5, float("nan"), True, None, "text",
              [1, (2, [3])], {"a": torch.zeros(2)})
    back = echo(*values)
    assert type(back) is tuple and len(back) == len(values)
    for sent, received in zip(values, back):
        assert type(received) is type(sent)
        if type(sent) is torch.Tensor:
            assert received.dtype == sent.dtype and torch.equal(received, sent)
        elif type(sent) is np.ndarray:
            assert np.array_equal(received, sent)
    assert back[8] != back[8]  # nan stays nan
    assert back[12] == [1, (2, [3])] and torch.equal(back[13]["a"], torch.zeros(2))


def test_what_cannot_cross_keeps_only_its_type_name():
    source = ("class Anything:\n    def __eq__(self, other):\n        return True\n"
              "class Sneaky(torch.Tensor):\n    pass\n"
              "def odd():\n    return Anything(), torch.zeros(2).as_subclass(Sneaky), {1: 2}, lambda: 0\n")
    anything, sneaky, int_keys, function = student(source, "odd")()
    assert [type(value).__name__ for value in (anything, sneaky, int_keys, function)] == ["Anything", "Sneaky", "dict", "function"]
    assert type(anything) is not torch.Tensor and not (anything == 1)  # nothing of the student's code comes back


def test_gradients_cross_and_match_a_local_computation():
    source = "def f(x, y):\n    return (x * y.exp()).sum(), x.detach() * 2\n"
    x, y = torch.randn(4, requires_grad=True), torch.randn(4, requires_grad=True)
    total, detached = student(source, "f")(x, y)
    assert total.requires_grad and not detached.requires_grad
    total.backward()
    namespace = {}
    exec(source, namespace)
    x_local, y_local = x.detach().clone().requires_grad_(), y.detach().clone().requires_grad_()
    namespace["f"](x_local, y_local)[0].backward()
    torch.testing.assert_close(x.grad, x_local.grad)
    torch.testing.assert_close(y.grad, y_local.grad)


def test_a_detached_result_carries_no_gradient_here_either():
    out = student("def f(x):\n    return x.detach() + 1\n", "f")(torch.zeros(3, requires_grad=True))
    assert not out.requires_grad


def test_the_students_errors_keep_their_name_and_builtin_class():
    source = ("def stub(x):\n    raise NotImplementedError('Exercise not done yet')\n"
              "def picky(x):\n    raise ValueError('labels must be integers')\n"
              "def leave(x):\n    raise SystemExit('bye')\n"
              "class Mine(Exception):\n    pass\n"
              "def mine(x):\n    raise Mine('custom')\n")
    channel = loopback(source)
    with pytest.raises(NotImplementedError, match="Exercise not done yet"):
        remote.Remote(channel, "stub")(1)
    with pytest.raises(ValueError, match="labels must be integers"):
        remote.Remote(channel, "picky")(1)
    with pytest.raises(remote.RemoteError) as left:  # never a real SystemExit in the grader
        remote.Remote(channel, "leave")(1)
    assert type(left.value).__name__ == "SystemExit" and not isinstance(left.value, SystemExit)
    with pytest.raises(remote.RemoteError, match="custom"):
        remote.Remote(channel, "mine")(1)
    with pytest.raises(NameError, match="'missing' is not defined"):
        remote.Remote(channel, "missing")(1)


def test_given_objects_cross_as_recipes():
    codes = torch.randn(40, 2, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
    mixture = given.gaussian_mixture(codes=codes, n_components=2, seed=3)
    means = student("def means(gmm):\n    return torch.as_tensor(gmm.means_)\n", "means")(mixture)
    torch.testing.assert_close(means, torch.as_tensor(mixture.means_))  # the kernel fitted the same mixture
    message = remote.pack({}, given.mnist_vectors(split="test", n=100))
    assert len(message) < 2_000  # the recipe, not 100 images


def test_given_networks_are_identical_copies_and_leave_the_global_rng_alone():
    state = torch.get_rng_state()
    decoder = given.network(kind="DenseDecoder", latent_dim=3, hidden=(), seed=7)
    assert torch.equal(torch.get_rng_state(), state)
    z = torch.randn(4, 3, generator=torch.Generator().manual_seed(1))
    logits = student("def decode(decoder, z):\n    return decoder(z)\n", "decode")(decoder, z)
    torch.testing.assert_close(logits, decoder(z).detach())  # the kernel built the same weights from the recipe
    encoder = given.network(kind="DenseEncoder", latent_dim=2, hidden=(8,), seed=7, logvar_shift=[-3.0, 2.0])
    assert bool((encoder(torch.rand(5, 784))[1].mean(dim=0).diff() > 3).all())


def test_plan_reads_only_calls_of_package_checks():
    assert remote.plan('"""Check center."""\nchecks.pca.center(center)') == [("pca", "center", [("name", "center")], {})]
    assert remote.plan("checks.pca.pca_fit(pca_fit, center, covariance, seed=3)")[0][3] == {"seed": ("value", 3)}
    for other in ("checks.passed('x')", "x = 1\nchecks.pca.center(center)", "checks.pca.center(center.T)",
                  "print(checks.pca.center(center))", "", "def (", '"""only a docstring"""'):
        assert remote.plan(other) is None, other
    with pytest.raises(ValueError):
        remote.check_function("pca", "_reference_mse")


def test_run_checks_reports_the_verdict_and_what_the_check_printed():
    channel = loopback("def center(X):\n    return X - X.mean(dim=0), X.mean(dim=0)\n")
    printed, error = remote.run_checks([("pca", "center", [("name", "center")], {})], channel, 1, "test_center")
    assert error is None and printed == "passed: center removes the mean of every pixel\n"
    channel = loopback("def center(X):\n    return X, X.mean(dim=0)\n")
    _, error = remote.run_checks([("pca", "center", [("name", "center")], {})], channel, 1, "test_center")
    assert type(error) is AssertionError and "dim=0" in str(error)


def test_each_run_draws_other_inputs():
    channel = loopback("seen = []\ndef center(X):\n    seen.append(X.shape)\n    return X - X.mean(dim=0), X.mean(dim=0)\n")
    for secret in range(6):
        remote.run_checks([("pca", "center", [("name", "center")], {})], channel, secret, "test_center")
    assert len(set(channel.namespace["seen"])) > 1, channel.namespace["seen"]


class FakeComm:
    """The kernel's end of the grader's comm (ipykernel's Comm): what it was sent back, and its handler."""

    def __init__(self):
        self.sent, self.handler = [], None

    def on_msg(self, handler):
        self.handler = handler

    def send(self, data, buffers=None):
        self.sent.append((data, buffers))


def test_the_kernel_answers_each_comm_message_with_one():
    """listen registers the target that the grader opens its comm to (grading.GuardedExecute); each request is a
    comm message whose one buffer is the message, and so is the reply's."""
    targets, comm = {}, FakeComm()
    shell = types.SimpleNamespace(user_ns={"double": lambda x: 2 * x})
    remote.listen(types.SimpleNamespace(shell=shell, comm_manager=types.SimpleNamespace(register_target=targets.__setitem__)))
    targets[remote.CHANNEL](comm, {"content": {}})
    assert comm.sent == [({"ready": True}, None)]

    def exchange(message, buffers=None):
        comm.handler({"content": {"data": {}}, "buffers": [memoryview(message)] if buffers is None else buffers})
        data, (reply,) = comm.sent[-1][0], comm.sent[-1][1]
        assert data == {}
        return reply

    assert remote.Remote(remote.Channel(exchange), "double")(21) == 42
    bare = remote.Channel(functools.partial(exchange, buffers=[]))  # the message left out
    with pytest.raises(remote.RemoteError, match="came without a message"):
        remote.Remote(bare, "double")(21)


def test_a_request_closes_the_figures_its_call_made():
    """The inline backend closes a cell's figures after it runs; a request is no cell, so the kernel closes them."""
    import matplotlib.pyplot as plt

    kept = plt.figure()
    channel = loopback("import matplotlib.pyplot as plt\ndef draw(n):\n    for _ in range(n):\n        plt.figure()\n"
                       "    return len(plt.get_fignums())\n")
    comm = FakeComm()
    remote._opened(comm, types.SimpleNamespace(user_ns=channel.namespace))
    comm.handler({"buffers": [remote.pack({"op": "call"}, (remote.Remote(channel, "draw"), [3], {}))]})
    assert remote.decode(*remote.parse(comm.sent[-1][1][0])) == 4  # while it ran: its three and the one before
    assert plt.get_fignums() == [kept.number]
    plt.close(kept)


@settings(max_examples=200, deadline=None)
@for_all(st.binary(max_size=200) | st.builds(lambda head, tail: head + b"\n" + tail, st.binary(max_size=50),
                                              st.binary(max_size=150)))
def test_any_bytes_from_the_kernel_are_a_channel_error_at_worst(data):
    try:
        remote.decode(*remote.parse(data))
    except remote.ChannelError:
        pass


def _json_trees():
    leaves = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_subnormal=False), st.text(max_size=5))
    return st.recursive(leaves, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(st.sampled_from(["t", "v", "k", "items", "type", "dtype", "name", "args"]) | st.text(max_size=3), inner, max_size=4)),
                        max_leaves=20)


@settings(max_examples=300, deadline=None)
@for_all(_json_trees())
def test_any_json_from_the_kernel_is_a_value_or_a_channel_error(tree):
    message = json.dumps({"value": tree}).encode() + b"\n"
    try:
        remote.decode(*remote.parse(message))
    except remote.ChannelError:
        pass


@pytest.mark.parametrize("tree", [{"t": "npscalar", "dtype": "int64", "v": {"t": "int", "v": 2 ** 70}},
                                  {"t": "float", "v": 10 ** 400}])
def test_numbers_out_of_range_are_a_channel_error(tree):
    message = json.dumps({"value": tree}).encode() + b"\n"
    with pytest.raises(remote.ChannelError):
        remote.decode(*remote.parse(message))


@pytest.mark.parametrize("depth", [100, 100_000])
def test_a_deep_reply_is_refused(depth):
    text = '{"value": ' + '{"t": "list", "items": [' * depth + '{"t": "NoneType", "v": null}' + "]}" * depth + "}"
    with pytest.raises(remote.ChannelError):
        remote.decode(*remote.parse(text.encode() + b"\n"))


NET = """
from torch import nn
class Net(nn.Module):
    def __init__(self, width=3, frozen=False):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(1, 2, 3), nn.ReLU(), nn.Flatten(), nn.Linear(2 * 26 * 26, width))
        self.unused = nn.Linear(2, 2)
        self.body[0].requires_grad_(not frozen)
        self.width = width

    def forward(self, x):
        return self.body(x.reshape(len(x), 1, 28, 28))

    def describe(self, prefix):
        return f"{prefix}: {self.width}"
"""


def test_objects_the_student_builds_stay_in_the_kernel_and_answer_there():
    Net = student(NET, "Net")
    net = Net(width=4)
    assert type(net).__name__ == "Net" and isinstance(net, remote.RemoteObject)
    assert net.width == 4 and net.describe("width") == "width: 4"
    out = net(torch.rand(5, 784))
    assert out.shape == (5, 4) and out.requires_grad  # the kernel's parameters carry gradients
    net.train(False)
    assert net.training is False
    parameters = remote.inspect(net, "parameters")
    assert [name for name, _, _ in parameters] == ["body.0.weight", "body.0.bias", "body.3.weight", "body.3.bias",
                                                   "unused.weight", "unused.bias"]
    assert parameters[0][1:] == ((2, 1, 3, 3), True)
    layers = dict(remote.inspect(net, "layers"))
    assert layers["body.0"][:3] == ["Conv2d", "_ConvNd", "Module"]
    shapes, error = remote.inspect(net, "layer_shapes", "Conv2d", torch.rand(2, 784))
    assert shapes == [[(2, 1, 28, 28), (2, 2, 26, 26)]] and error is None
    x = torch.rand(2, 784)
    records, result, error = remote.inspect(net, "layer_values", ["Conv2d", "Linear"], x)
    assert [(name, kind) for name, kind, _, _ in records] == [("body.0", "Conv2d"), ("body.3", "Linear")] and error is None
    torch.testing.assert_close(records[0][2], x.reshape(2, 1, 28, 28))  # what the layer saw, what it gave
    torch.testing.assert_close(result, records[1][3])
    assert not result.requires_grad


def test_backward_in_the_grader_fills_the_gradients_of_the_kernels_parameters():
    net = student(NET, "Net")(frozen=True)
    x = torch.rand(3, 784, requires_grad=True)
    net(x).sum().backward()
    grads = remote.inspect(net, "grads")
    assert grads["body.0.weight"] is None and grads["unused.weight"] is None  # frozen, unused
    assert grads["body.3.weight"].abs().sum() > 0 and x.grad.shape == (3, 784)
    assert remote.inspect(net, "parameters")[0][2] is False


def test_the_same_inspection_runs_on_a_local_module():
    namespace = {"torch": torch}
    exec(NET, namespace)
    net = namespace["Net"]()
    assert remote.inspect(net, "parameters") == remote.inspect(student(NET, "Net")(), "parameters")


STEP = """
def step(model, optimizer, x):
    optimizer.zero_grad()
    loss = model(x).pow(2).sum()
    loss.backward()
    optimizer.step()
    return loss.item()

def outer(model, x):
    model.eval()
    return inner(model, 2 * x)

def inner(model, x):
    return model(x)

history = {"loss": [3.0, 2.0]}
"""


def test_objects_made_in_the_kernel_are_trained_there_in_place():
    step = student(STEP, "step")
    model = remote.make(step, "layers", spec=[["Linear", 4, 2]], seed=3)
    assert isinstance(model, remote.RemoteObject)
    optimizer = remote.make(step, "optimizer", model=model, kind="SGD", lr=0.02)
    before = remote.inspect(model, "state")
    x = torch.rand(5, 4)
    losses = [step(model, optimizer, x) for _ in range(3)]
    after = remote.inspect(model, "state")
    assert losses[2] < losses[0] and not torch.equal(before["0.weight"], after["0.weight"])
    local = given.layers(spec=[["Linear", 4, 2]], seed=3)  # the same recipe, trained here: the same numbers
    namespace = {}
    exec(STEP, namespace)
    local_optimizer = given.optimizer(model=local, kind="SGD", lr=0.02)
    local_losses = [namespace["step"](local, local_optimizer, x) for _ in range(3)]
    assert losses == pytest.approx(local_losses) and torch.allclose(local.state_dict()["0.weight"], after["0.weight"])
    # An optimizer's settings cross as data, the same as a local one's: a step that changed them would show.
    assert remote.inspect(optimizer, "settings") == remote.inspect(local_optimizer, "settings")
    assert remote.inspect(optimizer, "settings")[0]["lr"] == 0.02 and "params" not in remote.inspect(optimizer, "settings")[0]


def test_fetch_reads_a_students_global():
    channel = loopback(STEP + "net = torch.nn.Linear(2, 2)\n")
    assert remote.fetch(remote.Remote(channel, "history")) == {"loss": [3.0, 2.0]}
    assert isinstance(remote.fetch(remote.Remote(channel, "net")), remote.RemoteObject)  # a module stays there
    assert remote.fetch([1, 2]) == [1, 2]


def test_watching_records_the_calls_to_other_globals_and_puts_them_back():
    channel = loopback(STEP)
    original = channel.namespace["inner"]
    outer = remote.Remote(channel, "outer")
    model = remote.make(outer, "layers", spec=[["Linear", 4, 2]])
    x = torch.rand(3, 4)
    result, records = remote.watching(outer, {"inner": True}, model, x)
    assert result.shape == (3, 2) and list(records) == ["inner"] and len(records["inner"]) == 1
    record = records["inner"][0]
    assert torch.equal(record["args"][1], 2 * x) and record["modes"] == [False] and record["grad"] is True
    assert isinstance(record["args"][0], remote.RemoteObject) and record["args"][0]._handle == model._handle
    assert set(record["states"][0]) == {"0.weight", "0.bias"}
    assert channel.namespace["inner"] is original
    namespace = {"torch": torch}
    exec(STEP, namespace)
    _, local = remote.watching(namespace["outer"], {"inner": False}, torch.nn.Linear(4, 2), x)
    assert local["inner"][0]["modes"] == [False] and local["inner"][0]["states"] == []
    with pytest.raises(NameError, match="cannot watch"):
        remote.watching(outer, {"missing": False}, model, x)
    # a name the notebook may not have: watched if it is there, else left out with no records
    result, records = remote.watching(outer, {"inner": False, "missing": False}, model, x, _optional=["missing"])
    assert result.shape == (3, 2) and len(records["inner"]) == 1 and records["missing"] == []
    _, records = remote.watching(outer, {"inner": False}, model, x, _optional=["inner"])
    assert len(records["inner"]) == 1


def test_watching_a_dotted_name_records_calls_made_through_a_module():
    channel = loopback("import types\ntools = types.SimpleNamespace(double=lambda x: 2 * x)\n"
                       "def twice(x):\n    return tools.double(x) + tools.double(1)\n")
    original = channel.namespace["tools"].double
    result, records = remote.watching(remote.Remote(channel, "twice"), {"tools.double": False}, 3)
    assert result == 8 and [record["args"] for record in records["tools.double"]] == [[3], [1]]
    assert channel.namespace["tools"].double is original
    for name in ("tools.missing", "tools._private", "missing.double"):
        with pytest.raises(NameError, match="cannot watch"):
            remote.watching(remote.Remote(channel, "twice"), {name: False}, 3)


def test_a_generator_made_in_the_kernel_draws_as_a_local_one():
    draw = student("def draw(n, generator):\n    return torch.randn(n, generator=generator)\n", "draw")
    kernels = remote.make(draw, "generator", seed=5)
    assert torch.equal(draw(4, kernels), torch.randn(4, generator=given.generator(seed=5)))
    assert not torch.equal(draw(4, kernels), draw(4, remote.make(draw, "generator", seed=5)))  # it has moved on


def test_a_spied_model_made_in_the_kernel_records_the_calls_there():
    encode = student("def encode(model, x):\n    model.eval()\n    with torch.no_grad():\n"
                     "        return torch.cat([model.encoder(x[:3])[0], model.encoder(x[3:])[0]])\n", "encode")
    model = remote.make(encode, "latent_model", kind="autoencoder", latent_dim=2, hidden=(8,), seed=4, spied=True)
    x = torch.rand(5, 1, 28, 28)
    codes = encode(model, x)
    assert model.encoder.calls == [{"training": False, "grad": False, "batch": 3, "shape": (3, 1, 28, 28)},
                                   {"training": False, "grad": False, "batch": 2, "shape": (2, 1, 28, 28)}]
    local = given.latent_model(kind="autoencoder", latent_dim=2, hidden=(8,), seed=4)  # the same weights
    torch.testing.assert_close(codes, local.encoder(x)[0].detach())
    posterior = given.trained_posterior(part="mu", count=3, seed=1)
    assert len(remote.pack({}, posterior)) < 2_000  # the recipe crosses, not the tensor


LOOP = """
def iterate_minibatches(images, batch_size, generator):
    yield images  # wrong on purpose: a check may call the course's instead

def sizes(images, generator):
    return [len(x) for x in iterate_minibatches(images, 4, generator)]
"""


def test_watching_records_results_and_can_call_a_given_function_instead():
    channel = loopback(STEP)
    outer = remote.Remote(channel, "outer")
    result, records = remote.watching(outer, {"inner": False}, remote.make(outer, "layers", spec=[["Linear", 4, 2]]),
                                      torch.rand(3, 4))
    assert torch.equal(records["inner"][0]["result"], result)
    channel = loopback(LOOP)
    original, sizes = channel.namespace["iterate_minibatches"], remote.Remote(channel, "sizes")
    result, records = remote.watching(sizes, {"iterate_minibatches": False}, given.numbered_images(n=10),
                                      remote.make(sizes, "generator", seed=0),
                                      _instead={"iterate_minibatches": given.course_function(name="iterate_minibatches")})
    assert result == [4, 4, 2] and len(records["iterate_minibatches"]) == 1
    assert isinstance(records["iterate_minibatches"][0]["result"], remote.RemoteObject)  # a generator stays there
    assert channel.namespace["iterate_minibatches"] is original
    with pytest.raises(ValueError, match="instead"):
        remote.watching(sizes, {}, given.numbered_images(n=10), None, _instead={"iterate_minibatches": original})


def test_watching_replaces_the_globals_the_function_reads():
    namespace = {"torch": torch}
    exec(STEP, namespace)  # the functions' globals; the channel answers from a copy of that namespace
    channel = remote.Channel(lambda message: remote.respond(message, dict(namespace)))
    outer = remote.Remote(channel, "outer")
    _, records = remote.watching(outer, {"inner": False}, remote.make(outer, "layers", spec=[["Linear", 4, 2]]),
                                 torch.rand(3, 4))
    assert len(records["inner"]) == 1

    @functools.wraps(namespace["outer"])
    def decorated(*args):  # its own globals are this module's, which have no `inner`
        return decorated.__wrapped__(*args)

    _, records = remote.watching(decorated, {"inner": False}, torch.nn.Linear(4, 2), torch.rand(3, 4))
    assert len(records["inner"]) == 1  # the globals of the function it wraps


def test_the_items_of_a_generator_are_read_where_it_lives():
    batches = student(LOOP, "iterate_minibatches")(given.numbered_images(n=5), 2, None)
    assert isinstance(batches, remote.RemoteObject)
    items = remote.inspect(batches, "items", 10)
    assert len(items) == 1 and torch.equal(items[0], given.numbered_images(n=5))
    assert remote.inspect((torch.zeros(1), torch.ones(1)), "items", 1) == [torch.zeros(1)]


def test_a_given_object_comes_back_from_the_kernel_as_it_is_there():
    shift = student("def shift(model):\n    with torch.no_grad():\n        model[0].weight += 1\n    return model\n", "shift")
    layers = given.layers(spec=[["Linear", 2, 2]], seed=4)
    shifted = shift(layers)
    assert isinstance(shifted, remote.RemoteObject)  # not a recipe, which would make the untrained copy again
    assert torch.allclose(remote.inspect(shifted, "state")["0.weight"], layers.state_dict()["0.weight"] + 1)


def test_a_checkpoint_is_read_where_it_was_written():
    save = student("def save(model, path):\n    torch.save(model.state_dict(), path)\n", "save")
    path = remote.make(save, "scratch_file", file_name="model.pt")
    reader = remote.make(save, "file_reader")
    assert reader(path) == {"exists": False, "type": None, "loaded": None, "error": None, "writable": None}
    layers = given.layers(spec=[["Linear", 2, 2]], seed=5)
    save(layers, path)
    report = reader(path)
    assert report["type"] == "OrderedDict" and report["error"] is None and report["writable"] is True
    assert torch.equal(report["loaded"]["0.weight"], layers.state_dict()["0.weight"])


def test_given_vaes_with_a_noise_seed_sample_the_same_z_in_every_copy():
    state = torch.get_rng_state()
    first, second = (given.vae(latent_dim=3, hidden=(8,), seed=2, noise_seed=9) for _ in range(2))
    x = given.mnist_images(split="test", n=4)
    assert torch.equal(first(x)[0], second(x)[0]) and not torch.equal(first(x)[0], first(x)[0])
    assert torch.equal(torch.get_rng_state(), state)
    spied = given.vae(latent_dim=3, hidden=(8,), seed=2, spy=True, mu_scale=10.0).eval()
    with torch.no_grad():
        spied(x)
    assert spied.encoder.calls == [{"training": False, "grad": False, "batch": 4, "shape": (4, 1, 28, 28)}]


GRAD_OFF = ("def center(X):\n    torch.set_grad_enabled(False)\n    return X - X.mean(dim=0), X.mean(dim=0)\n"
            "class Net(torch.nn.Module):\n    def __init__(self):\n        super().__init__()\n"
            "        torch.set_grad_enabled(False)\n        self.layer = torch.nn.Linear(2, 2)\n")


def test_a_call_that_leaves_gradients_off_is_charged_once_per_notebook():
    """The kernel turns gradients on for each call and reports a call that left them off (so the grader's later
    requests still run with them on); the grader charges it in the first check that sees it, once."""
    charged = set()
    channel = remote.Channel(loopback(GRAD_OFF)._exchange, charged)
    center = remote.Remote(channel, "center")
    with pytest.raises(AssertionError, match=r"After center\(\.\.\.\), gradients are off for everything that follows"):
        center(torch.ones(3, 2))
    later = remote.Channel(channel._exchange, charged)  # the next check cell of the same notebook
    centered, _ = remote.Remote(later, "center")(torch.ones(3, 2))
    assert torch.equal(centered, torch.zeros(3, 2)) and torch.is_grad_enabled()
    with pytest.raises(AssertionError, match=r"After Net\(\.\.\.\), gradients are off"):  # another notebook
        remote.Remote(remote.Channel(channel._exchange), "Net")()


def test_anomaly_detection_and_matmul_precision_left_changed_are_charged_and_put_back():
    source = ("def debug(x):\n    torch.autograd.set_detect_anomaly(True)\n    return x\n"
              "def fast(x):\n    torch.set_float32_matmul_precision('medium')\n    return x @ x\n")
    channel = loopback(source)
    precision = torch.get_float32_matmul_precision()
    torch.autograd.set_detect_anomaly(True)  # as the notebook's own cells, which called debug, left it
    try:  # each call starts from torch's defaults: it shows all the same
        with pytest.raises(AssertionError, match=r"After debug\(\.\.\.\), autograd's anomaly detection is on"):
            remote.Remote(channel, "debug")(torch.ones(2))
        assert torch.is_anomaly_enabled()  # put back as it was
    finally:
        torch.autograd.set_detect_anomaly(False)
    with pytest.raises(AssertionError, match=r"After fast\(\.\.\.\), torch's float32 matrix products run at another"):
        remote.Remote(channel, "fast")(torch.ones(2, 2))
    assert not torch.is_anomaly_enabled() and torch.get_float32_matmul_precision() == precision


@pytest.mark.parametrize("statement, message", [
    ("torch.set_default_dtype(torch.float64)", "torch's default dtype is no longer float32"),
    ("torch.use_deterministic_algorithms(True, warn_only=True)", "torch's deterministic-algorithms mode is on"),
    ("np.seterr(all='ignore')", "numpy's floating-point error handling is changed"),
    ("torch.backends.mkldnn.enabled = False", "torch's oneDNN (mkldnn) backend is off"),
    ("torch.nn.modules.module.register_module_forward_hook(lambda m, i, o: None)",
     "a hook stays registered on every module of the notebook"),
])
def test_other_global_settings_left_changed_are_charged_and_put_back(statement, message):
    channel = loopback(f"def scale(x):\n    {statement}\n    return x * 2\n")
    before = {name: read() for name, (read, _, _) in remote.SETTINGS.items()}
    with pytest.raises(AssertionError, match=rf"After scale\(\.\.\.\), {re.escape(message)}"):
        remote.Remote(channel, "scale")(torch.ones(2))
    assert {name: read() for name, (read, _, _) in remote.SETTINGS.items()} == before
    assert torch.equal(remote.Remote(channel, "scale")(torch.ones(2)), torch.full((2,), 2.0))  # charged once


def test_the_thread_count_is_put_back_after_every_call_without_a_charge():
    """Code that doubles the thread count at every call would exhaust the kernel's threads (a segmentation fault):
    the count is put back after each call, and only the checks that read it (given.reporting_threads) charge it."""
    threads = torch.get_num_threads()
    doubling = student("def encode(x):\n    torch.set_num_threads(torch.get_num_threads() * 2)\n    return x\n",
                       "encode")
    for _ in range(12):
        assert torch.equal(doubling(torch.ones(2)), torch.ones(2))
        assert torch.get_num_threads() == threads
    _, left = remote.make(doubling, "reporting_threads", function=doubling, threads=3)(torch.ones(2))
    assert left == 6 and torch.get_num_threads() == threads


def test_a_visible_check_fails_when_the_code_it_called_left_gradients_off(capsys):
    """In the student's kernel the checks call the student's functions directly: the check fails as graded, says
    nothing passed, and leaves the mode as it found it."""
    from vaecourse import checks

    namespace = {"torch": torch}
    exec(GRAD_OFF, namespace)
    with pytest.raises(AssertionError, match=r"After the calls of checks\.pca\.center to your code, gradients are off"):
        checks.pca.center(namespace["center"])
    assert torch.is_grad_enabled() and "passed" not in capsys.readouterr().out


def test_a_new_argument_never_gets_the_id_of_a_recent_one():
    # A student's cache keyed by id(labels) must answer for an old tensor only when a check hands the very same tensor
    # again: the kernel keeps the grader's recent arguments alive, so Python cannot reuse a freed one's address.
    address = student("def address(labels):\n    return id(labels)", "address")
    ids = [address(torch.arange(5)) for _ in range(200)]
    assert len(set(ids)) == len(ids)
