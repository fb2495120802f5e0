"""Verdicts outside the student's process: the grader and the student's kernel exchange data, never code.

When a notebook is graded, a check cell that calls a check of the package, such as

    checks.pca.center(center)

is not run in the student's kernel. The grader runs that same check function in its own process, with a
secret seed for its inputs, and gives it `Remote` stand-ins for the student's names: calling one sends
the arguments to the kernel, the kernel calls the student's function on them and sends back what it
returned (or the error it raised), and the check, in the grader, judges that. Gradients cross too: a
tensor that requires grad keeps its graph on each side, and `backward()` in the grader asks the kernel
for the gradients of its inputs. Whatever the kernel does to itself, it can only send back numbers; the
check's code, its references and its seed never enter it, and numbers that pass for inputs it has never
seen mean a correct implementation.

A message is bytes: a JSON tree, a newline, then a safetensors blob holding its tensors (no pickle
anywhere). It travels as the binary buffer of a Jupyter comm message: the grader opens a comm to the
target CHANNEL, which the grading kernel registers when it starts (`listen`, called by vaecourse.sandbox),
and each request is one comm message, answered by one. No cell runs for a request: when each was a cell with
its message in base64, the transport took 36 s of a complete student's 113 s (5,653 requests, 1.5 GB of
base64 text).
"""

import ast
import builtins
import collections
import hashlib
import importlib
import io
import itertools
import json
import math
import sys
from contextlib import redirect_stdout
from inspect import unwrap

import numpy as np
import torch

from vaecourse import sandbox

CHANNEL = "vaecourse.remote"  # the comm target of the grader's requests
MAX_DEPTH = 32  # nesting of a message's tree
MAX_ITEMS = 100_000  # nodes of a message's tree
KEEP_GRAPHS = 16  # calls whose autograd graph the kernel keeps for a later backward
KEEP_HANDLES = 512  # objects of the student's the kernel keeps for the grader to use again
KEEP_SENT = 4096  # the grader's recent small tensor arguments the kernel keeps alive (see _keep_sent):
KEEP_SENT_BYTES = 16 * 2 ** 20  # at most this many bytes in all,
KEEP_SENT_TENSOR_BYTES = 2 ** 20  # each at most this large (labels, codes, a few images: what a cache keys on)


class RemoteError(Exception):
    """The student's code raised an exception in the kernel; the class is named like the original."""


class ChannelError(Exception):
    """The kernel did not answer the grader with a valid message."""


# ---------------------------------------------------------------- the wire format (both sides)

def _encode(value, tensors, originals, depth=0, handles=False):
    """The JSON tree of `value`; its tensors go to `tensors` as t0, t1... and the objects they came from
    to `originals`, in the same order (so that a gradient can be matched with its tensor).

    handles (the kernel's side only): an object that cannot cross (a module the student built...) is kept
    there, and the grader gets a handle to it instead of only its type's name."""
    if depth > MAX_DEPTH:
        raise ValueError("the value is nested too deeply to be sent")
    kind = type(value)  # exact types: a subclass (of tensor, float...) is foreign, as a check would see it
    if value is None or kind in (bool, int, str):
        return {"t": kind.__name__, "v": value}
    if kind is float:
        return {"t": "float", "v": value if math.isfinite(value) else repr(value)}
    if kind in _NUMPY_SCALARS:
        return {"t": "npscalar", "dtype": kind.__name__, "v": _encode(value.item(), tensors, originals, depth + 1)}
    if isinstance(value, (Remote, RemoteObject)):  # the grader's stand-ins: the kernel's own object
        return {"t": "global", "name": value.__name__} if kind is Remote else {"t": "ref", "id": value._handle}
    if handles and kind not in (torch.Tensor, np.ndarray):  # an object the grader holds already: the same one
        kept = next((handle for handle, known in _HANDLES.items() if known is value), None)
        if kept is not None:
            return {"t": "handle", "id": kept, "type": _type_name(value)}
    given = None if handles else getattr(value, "_vaecourse_given", None)
    if given is not None:  # only from the grader: the kernel sends a given object back as it is now (trained...)
        name, arguments = given
        return {"t": "given", "name": name, "args": _encode(arguments, tensors, originals, depth + 1)}
    if kind in (torch.Tensor, np.ndarray):
        tensor = value if kind is torch.Tensor else (torch.from_numpy(value) if value.dtype != object else None)
        if tensor is not None and not tensor.is_complex() and tensor.layout == torch.strided:
            key = f"t{len(tensors)}"
            tensors[key] = tensor.detach().to("cpu").clone().contiguous()
            originals.append(value)
            return {"t": "tensor" if kind is torch.Tensor else "ndarray", "k": key,
                    "grad": bool(kind is torch.Tensor and value.requires_grad)}
    if kind in (tuple, list):
        return {"t": kind.__name__, "items": [_encode(item, tensors, originals, depth + 1, handles) for item in value]}
    if kind is dict and all(type(key) is str for key in value):
        return {"t": "dict", "items": {key: _encode(item, tensors, originals, depth + 1, handles) for key, item in value.items()}}
    if handles:
        return _keep(value)
    return {"t": "foreign", "type": _type_name(value)}


_NUMPY_SCALARS = {np.float16: "float16", np.float32: "float32", np.float64: "float64", np.int32: "int32",
                  np.int64: "int64", np.bool_: "bool_"}


def _type_name(value) -> str:
    name = getattr(type(value), "__name__", "object")
    return name if type(name) is str and name.isidentifier() else "object"


_FOREIGN = {}


def foreign(name: str):
    """An object of the student's that cannot cross (a custom class...): its type keeps the class name."""
    name = name if name.isidentifier() else "object"
    if name not in _FOREIGN:
        _FOREIGN[name] = type(name, (), {"__repr__": lambda self: f"<a {type(self).__name__} from the student's kernel>"})
    return _FOREIGN[name]()


def _malformed():
    raise ChannelError("malformed message")


def _decode(tree, tensors, build_given, counter, depth=0, resolve=None):
    """The value of an encoded tree. build_given and resolve are the kernel's: they make given objects and
    find the kernel's objects the grader refers to; the grader's `resolve` turns a handle into a stand-in."""
    counter[0] += 1
    if counter[0] > MAX_ITEMS or depth > MAX_DEPTH or type(tree) is not dict or type(tree.get("t")) is not str:
        _malformed()
    kind = tree.get("t")
    plain = {"NoneType": type(None), "bool": bool, "int": int, "str": str}
    if kind in plain:
        value = tree.get("v")
        return value if type(value) is plain[kind] else _malformed()
    if kind == "float":
        value = tree.get("v")
        return float(value) if type(value) in (int, float) or value in ("nan", "inf", "-inf") else _malformed()
    if kind == "npscalar":
        dtype = tree.get("dtype")
        if dtype not in _NUMPY_SCALARS.values():
            _malformed()
        return getattr(np, dtype)(_decode(tree.get("v"), tensors, build_given, counter, depth + 1, resolve))
    if kind in ("tensor", "ndarray"):
        tensor = tensors.get(tree.get("k")) if type(tree.get("k")) is str else None
        if tensor is None:
            _malformed()
        return tensor if kind == "tensor" else tensor.numpy()
    if kind in ("tuple", "list"):
        items = tree.get("items")
        if type(items) is not list:
            _malformed()
        values = [_decode(item, tensors, build_given, counter, depth + 1, resolve) for item in items]
        return tuple(values) if kind == "tuple" else values
    if kind == "dict":
        items = tree.get("items")
        if type(items) is not dict:
            _malformed()
        return {key: _decode(item, tensors, build_given, counter, depth + 1, resolve) for key, item in items.items()}
    if kind == "foreign":
        return foreign(str(tree.get("type")))
    if kind == "given" and build_given is not None:
        return build_given(str(tree.get("name")), _decode(tree.get("args"), tensors, build_given, counter, depth + 1, resolve))
    if kind in ("handle", "ref", "global") and resolve is not None:
        return resolve(tree)
    _malformed()


def _grad_keys(tree) -> list:
    """Keys of the tensors of an encoded tree that require grad, in the order they were encoded."""
    keys, stack = [], [tree]
    while stack:
        node = stack.pop()
        if type(node) is not dict:
            _malformed()
        if node.get("t") == "tensor" and node.get("grad") is True:
            keys.append(node.get("k"))
        items = node.get("items") if node.get("t") in ("tuple", "list", "dict") else None
        stack += list(items.values()) if type(items) is dict else list(items or [])
    if any(type(key) is not str or not key[1:].isdigit() for key in keys):
        _malformed()
    return sorted(keys, key=lambda key: int(key[1:]))


def pack(header: dict, value) -> bytes:
    """One message: the header's fields plus `value` (a tree of tensors, arrays, numbers, strings...)."""
    tensors, originals = {}, []
    return _message(header, _encode(value, tensors, originals), tensors)


def _message(header: dict, tree: dict, tensors: dict) -> bytes:
    from safetensors.torch import save

    # json.dumps escapes every newline (and is ASCII): the first newline ends the tree
    return json.dumps(dict(header, value=tree)).encode() + b"\n" + (save(tensors) if tensors else b"")


def parse(message: bytes):
    """(header, tensors) of a message, read without trusting it; decode(header, tensors) gives its value."""
    from safetensors.torch import load

    try:
        head, newline, blob = bytes(message).partition(b"\n")
        if not newline:
            raise ValueError("no newline after the tree")
        header = json.loads(head)
        tensors = load(blob) if blob else {}
    except Exception as error:  # anything the bytes can make a parser raise
        raise ChannelError(f"malformed message ({type(error).__name__})") from None
    if type(header) is not dict or type(header.get("value")) is not dict:
        _malformed()
    return header, tensors


def decode(header: dict, tensors: dict, build_given=None, resolve=None):
    try:
        return _decode(header["value"], tensors, build_given, [0], resolve=resolve)
    except ChannelError:
        raise
    except RecursionError:
        raise ChannelError("malformed message (nested too deeply)") from None
    except (OverflowError, ValueError, TypeError) as error:  # numbers out of range (np.int64(2 ** 70)...)
        if build_given is not None:  # the kernel's side: a recipe's own error is the check's business
            raise
        raise ChannelError(f"malformed message ({type(error).__name__})") from None


# ---------------------------------------------------------------- the kernel side

_GRAPHS = {}  # call id -> (input tensors that require grad, output tensors that require grad)
_HANDLES = {}  # handle -> an object of the student's that the grader holds a stand-in for
_SENT = collections.deque()  # small tensors of the grader's recent arguments, oldest first
_SENT_BYTES = 0


def _small_tensors(value, depth=0):
    if isinstance(value, torch.Tensor):
        return [value] if value.nbytes <= KEEP_SENT_TENSOR_BYTES else []
    if isinstance(value, (tuple, list)) and depth < MAX_DEPTH:
        return [t for item in value for t in _small_tensors(item, depth + 1)]
    if isinstance(value, dict) and depth < MAX_DEPTH:
        return [t for item in value.values() for t in _small_tensors(item, depth + 1)]
    return []


def _keep_sent(arguments) -> None:
    """Keep the small tensors among the arguments of the grader's recent calls alive (KEEP_SENT of them, up to
    KEEP_SENT_BYTES): a new argument never gets the id of one freed a moment ago, so that a student's cache keyed by
    id(labels) answers for an old tensor only where a check hands the very same tensor again (its dedicated case),
    not by the chance of Python's memory reuse, which made such an answer fail other checks, or the same check with
    another message, run to run. Large tensors are not kept: their memory is the kernel's (kept too, they took a
    kernel limited to 2 GB past its limit in tests/test_robustness.py)."""
    global _SENT_BYTES
    for tensor in _small_tensors(arguments):
        _SENT.append(tensor)
        _SENT_BYTES += tensor.nbytes
    while len(_SENT) > KEEP_SENT or _SENT_BYTES > KEEP_SENT_BYTES:
        _SENT_BYTES -= _SENT.popleft().nbytes


def _build_given(name, arguments):
    from vaecourse.checks import given

    return given.build(name, arguments)


def listen(kernel) -> None:
    """Run by the grading kernel when it starts (vaecourse.sandbox), before any student code: answer the grader's
    comms to CHANNEL."""
    kernel.comm_manager.register_target(CHANNEL, lambda comm, _: _opened(comm, kernel.shell))


def _opened(comm, shell) -> None:
    def on_request(msg):
        buffers = msg.get("buffers") or []
        message = bytes(buffers[0]) if len(buffers) == 1 else None
        figures = _figures()
        reply = respond(message, shell.user_ns) if message is not None else pack(
            {"raised": "ChannelError", "message": "the request came without a message"}, None)
        _close_figures(figures)
        comm.send({}, buffers=[reply])

    comm.on_msg(on_request)
    comm.send({"ready": True})


def _figures() -> set:
    pyplot = sys.modules.get("matplotlib.pyplot")
    try:
        return set(pyplot.get_fignums()) if pyplot else set()
    except BaseException:  # the student's pyplot: whatever it does, the request is answered
        return set()


def _close_figures(before: set) -> None:
    """Close the figures a request's call made, as the inline backend does after each cell (a request is no cell):
    a plotting function called a thousand times by a check must not keep a thousand figures."""
    try:
        for number in _figures() - before:
            sys.modules["matplotlib.pyplot"].close(number)
    except BaseException:
        pass


def respond(message: bytes, namespace: dict) -> bytes:
    """The reply to one request: what the student's code returned, or the error it raised."""
    try:
        return answer(message, namespace)
    except BaseException as error:  # whatever the student's code raises is the check's business
        try:
            text = str(error)[:2000]
        except BaseException:
            text = ""
        return pack({"raised": _type_name(error), "message": text}, None)


def answer(message: bytes, namespace: dict) -> bytes:
    """The reply to one request, computed with the objects of `namespace` (the student's globals)."""
    header, tensors = parse(message)
    op = header.get("op")

    def resolve(tree):
        if tree["t"] == "global":
            if tree.get("name") not in namespace:
                raise NameError(f"name {tree.get('name')!r} is not defined")
            return namespace[tree["name"]]
        if tree.get("id") not in _HANDLES:
            raise ChannelError("unknown handle")
        return _HANDLES[tree["id"]]

    if op == "backward":
        inputs, outputs = _GRAPHS.pop(header.get("call"))
        for tensor in inputs:
            tensor.grad = None
        # backward (not autograd.grad): the parameters of the student's modules get their .grad, as in training
        torch.autograd.backward(outputs, grad_tensors=list(decode(header, tensors)))
        return pack({}, [tensor.grad for tensor in inputs])
    inputs = []
    for key in _grad_keys(header["value"]):  # the grader's tensors that require grad: the same here
        tensors[key].requires_grad_(True)
        inputs.append(tensors[key])
    value = decode(header, tensors, _build_given, resolve)
    if op in ("call", "watch"):
        _keep_sent(value)
    changed = []  # torch's global settings the student's code left changed
    if op == "call":
        target, arguments, keywords = value
        result = keeping_settings(lambda: target(*arguments, **keywords), changed)
    elif op == "watch":
        target, names, arguments, keywords, instead, optional = value
        result = keeping_settings(lambda: watching(target, names, *arguments, _namespace=namespace, _instead=instead,
                                                   _optional=optional, **keywords), changed)
    elif op == "make":
        name, arguments = value
        return _message({"call": None}, _keep(_build_given(name, arguments)), {})
    elif op == "get":
        result = value
    elif op == "getattr":
        target, name = value
        result = getattr(target, name)
    elif op == "inspect":
        target, what, arguments = value
        result = _INSPECTIONS[what](target, *arguments)
    else:
        raise ChannelError(f"unknown request {op!r}")
    reply_tensors, originals = {}, []
    tree = _encode(result, reply_tensors, originals, handles=True)
    outputs = [originals[int(key[1:])] for key in _grad_keys(tree)]
    call = None
    if outputs:
        call = max(_GRAPHS, default=0) + 1
        _GRAPHS[call] = (inputs, outputs)
        for old in sorted(_GRAPHS)[:-KEEP_GRAPHS]:
            del _GRAPHS[old]
    left = {"settings": changed, "called": _called(value[0])} if changed else None
    return _message({"call": call, "left": left}, tree, reply_tensors)


def _deterministic():
    return torch.are_deterministic_algorithms_enabled(), torch.is_deterministic_algorithms_warn_only_enabled()


def _set_deterministic(value):
    torch.use_deterministic_algorithms(value[0], warn_only=value[1])


def _set_numpy_errors(value):
    np.seterr(**value)


def _set_mkldnn(value):
    torch.backends.mkldnn.enabled = value


def _module_hooks() -> tuple:
    """The hooks registered on every module (torch.nn.modules.module.register_module_forward_hook and its kin), as
    (table, key, hook) triples."""
    tables = vars(torch.nn.modules.module)
    return tuple((name, key, hook) for name in sorted(tables) if name.startswith("_global_")
                 and isinstance(tables[name], dict) for key, hook in tables[name].items())


def _set_module_hooks(value) -> None:
    tables = vars(torch.nn.modules.module)
    for name in tables:
        if name.startswith("_global_") and isinstance(tables[name], dict):
            tables[name].clear()
    for name, key, hook in value:
        tables[name][key] = hook


# The global settings (torch's, and numpy's error handling) that code must leave as it found them: name -> (read,
# write, default). Each call of the student's code (a request of the grader) starts from the defaults, whatever the
# notebook's cells left. torch.set_flush_denormal is not one: the course sets it itself (runtime.flush_denormals).
SETTINGS = {
    "grad": (torch.is_grad_enabled, torch.set_grad_enabled, True),
    "anomaly": (torch.is_anomaly_enabled, torch.autograd.set_detect_anomaly, False),
    "matmul": (torch.get_float32_matmul_precision, torch.set_float32_matmul_precision, "highest"),
    "dtype": (torch.get_default_dtype, torch.set_default_dtype, torch.float32),
    "deterministic": (_deterministic, _set_deterministic, (False, False)),
    "numpy_errors": (np.geterr, _set_numpy_errors, {"divide": "warn", "over": "warn", "under": "ignore",
                                                    "invalid": "warn"}),
    "mkldnn": (lambda: bool(torch.backends.mkldnn.enabled), _set_mkldnn, True),
    "module_hooks": (_module_hooks, _set_module_hooks, _module_hooks()),  # those torch itself has (none)
}


def keeping_settings(call, changed: list):
    """call(), run with torch's default SETTINGS; `changed` gets the names of those it changed (also when it raises),
    and each is put back as it was before, so that what follows runs as if the call had not changed it."""
    before = {name: read() for name, (read, _, _) in SETTINGS.items()}
    threads = torch.get_num_threads()
    for name, (_, write, default) in SETTINGS.items():
        if before[name] != default:
            write(default)
    try:
        return call()
    finally:
        changed += [name for name, (read, _, default) in SETTINGS.items() if read() != default]
        for name, (read, write, _) in SETTINGS.items():
            if read() != before[name]:
                write(before[name])
        # The thread count is put back too, uncharged (the checks that read it charge it): code that raises it at
        # every call would otherwise exhaust the kernel's threads and kill it.
        if torch.get_num_threads() != threads:
            torch.set_num_threads(threads)


def settings_message(name: str, called: str) -> str:
    """What a check says when `called` (the student's code) left one of torch's SETTINGS changed."""
    if name == "grad":
        return (f"After {called}, gradients are off for everything that follows: torch.set_grad_enabled(False) "
                "called as a statement switches them off for good, and the next training step then learns nothing. "
                "Switch them off for a block only: `with torch.no_grad():`.")
    if name == "anomaly":
        return (f"After {called}, autograd's anomaly detection is on for everything that follows "
                "(torch.autograd.set_detect_anomaly(True) called as a statement): every later backward pass runs "
                "several times slower. It is a debugging aid: use it for a block only, "
                "`with torch.autograd.detect_anomaly():`, and take it out of the code you hand in.")
    if name == "dtype":
        return (f"After {called}, torch's default dtype is no longer float32 for everything that follows: "
                "torch.set_default_dtype called as a statement changes the dtype of every tensor and layer the caller "
                "creates later (float64 doubles their memory and time). A function must leave torch's global "
                "settings as it found them: convert the tensors you need instead (x.double(), .to(dtype)).")
    if name == "deterministic":
        return (f"After {called}, torch's deterministic-algorithms mode is on for everything that follows "
                "(torch.use_deterministic_algorithms(True) called as a statement): every later operation without "
                "a deterministic version fails or warns, and new tensors are filled first. A function must leave "
                "torch's global settings as it found them; leave this switch to the caller.")
    if name == "numpy_errors":
        return (f"After {called}, numpy's floating-point error handling is changed for everything that follows "
                "(np.seterr called as a statement): the caller's later overflows and divisions by zero go "
                "unreported. Change it for a block only: `with np.errstate(all='ignore'):`.")
    if name == "mkldnn":
        return (f"After {called}, torch's oneDNN (mkldnn) backend is off for everything that follows "
                "(torch.backends.mkldnn.enabled = False as a statement): the caller's later convolutions and layers "
                "run on slower code paths. A function must leave torch's global settings as it found them: switch it "
                "for a block only, `with torch.backends.mkldnn.flags(enabled=False):`, if at all.")
    if name == "module_hooks":
        return (f"After {called}, a hook stays registered on every module of the notebook, not only on yours "
                "(torch.nn.modules.module.register_module_forward_hook, or one of its kin, called as a statement): "
                "every network the caller builds later, the course's own included, has its outputs or gradients "
                "changed by it. Put what you need in your own forward, or a hook on your own layer "
                "(self.layer.register_forward_hook(...)), never on every module.")
    return (f"After {called}, torch's float32 matrix products run at another precision for everything that follows "
            "(torch.set_float32_matmul_precision): the caller's later computations may lose digits. A function "
            "must leave torch's global settings as it found them.")


def _called(target) -> str:
    """How a message names the call of `target`: a class is built, a module runs its forward."""
    target = unwrap(target)
    if isinstance(target, type):
        return f"{target.__name__}(...)"
    if isinstance(target, torch.nn.Module):
        return f"the forward of {type(target).__name__}"
    return f"{getattr(target, '__name__', type(target).__name__)}(...)"


def _keep(value) -> dict:
    """A handle to `value`, kept here for the grader's later requests."""
    handle = max(_HANDLES, default=0) + 1
    _HANDLES[handle] = value
    for old in sorted(_HANDLES)[:-KEEP_HANDLES]:
        del _HANDLES[old]
    return {"t": "handle", "id": handle, "type": _type_name(value)}


def _parameters(module):
    return [(name, tuple(p.shape), bool(p.requires_grad)) for name, p in module.named_parameters()]


def _layers(module):
    return [(name, [cls.__name__ for cls in type(layer).__mro__]) for name, layer in module.named_modules()]


def _grads(module):
    return {name: (None if p.grad is None else p.grad.clone()) for name, p in module.named_parameters()}


def _layer_shapes(module, type_name, *arguments):
    records, hooks = [], []
    for layer in module.modules():
        if type_name in [cls.__name__ for cls in type(layer).__mro__]:
            hooks.append(layer.register_forward_pre_hook(lambda m, i: records.append([tuple(i[0].shape), None])))
            hooks.append(layer.register_forward_hook(lambda m, i, o: records[-1].__setitem__(1, tuple(o.shape))))
    error = None
    try:
        module(*arguments)
    except Exception as caught:
        error = f"{type(caught).__name__}: {caught}"
    finally:
        for hook in hooks:
            hook.remove()
    return records, error


def _layer_values(module, type_names, *arguments):
    """The values that go through each layer of the given types, in call order, on one forward pass."""
    names = {id(layer): name for name, layer in module.named_modules()}
    records, hooks = [], []

    def record(layer, inputs, output):
        records.append([names.get(id(layer), "?"), type(layer).__name__, inputs[0].detach().clone(),
                        output.detach().clone()])

    for layer in module.modules():
        if any(cls.__name__ in type_names for cls in type(layer).__mro__):
            hooks.append(layer.register_forward_hook(record))
    result, error = None, None
    try:
        with torch.no_grad():
            result = module(*arguments)
    except Exception as caught:
        error = f"{type(caught).__name__}: {caught}"
    finally:
        for hook in hooks:
            hook.remove()
    if type(result) in (tuple, list):
        result = tuple(value.detach().clone() if type(value) is torch.Tensor else None for value in result)
    elif type(result) is torch.Tensor:
        result = result.detach().clone()
    else:
        result = None
    return records, result, error


def _settings(optimizer):
    return [{key: value for key, value in group.items() if key != "params"} for group in optimizer.param_groups]


def _state(module):
    return {name: tensor.detach().clone() for name, tensor in module.state_dict().items()}


def _items(iterable, limit):
    return list(itertools.islice(iterable, limit))


def _defaults(function):
    """{parameter: default} of a function's or a class's signature (a class: its __init__'s); a default that is
    not plain data (numbers, strings, None, tuples and lists of them) is given as its repr."""
    import inspect as introspect

    def plain(value):
        return value is None or type(value) in (bool, int, float, str) or (
            type(value) in (tuple, list) and all(plain(item) for item in value))

    return {name: {"value": parameter.default} if plain(parameter.default) else {"repr": repr(parameter.default)}
            for name, parameter in introspect.signature(function).parameters.items()
            if parameter.default is not parameter.empty}


_INSPECTIONS = {"parameters": _parameters, "layers": _layers, "grads": _grads, "layer_shapes": _layer_shapes,
                "layer_values": _layer_values, "state": _state, "settings": _settings, "items": _items, "defaults": _defaults}


def inspect(model, what: str, *arguments):
    """What the checks read of a module, the same way whether it lives here or in the student's kernel:

    "parameters": [(name, shape, requires_grad)]; "layers": [(name, names of its classes, most derived
    first)]; "grads": {parameter name: its .grad or None}; "layer_shapes", type name, inputs...:
    ([[input shape, output shape] of each layer of that type, in call order], error text or None);
    "layer_values", [type names], inputs...: ([[module name, type name, input, output] of each layer of those
    types, in call order], what the module returned (tensors, without gradient) or None, error text or None);
    "state": {name: a copy of each tensor of its state_dict}; "settings" (of an optimizer): each of its
    param_groups without its parameters (lr, weight_decay, momentum...); "items", limit: the first `limit` items that an
    iterable yields, as a list (the batches of a generator that a student's function returned); "defaults" (of a
    function or class): {parameter: {"value": its default} or {"repr": the repr of a default that is not data}}.
    """
    if isinstance(model, (Remote, RemoteObject)):
        return model._channel.inspect(model, what, arguments)
    return _INSPECTIONS[what](model, *arguments)


def make(near, name: str, **arguments):
    """The given object `name` (a recipe of vaecourse.checks.given) built on the side of `near`: in the
    student's kernel when `near` stands for a student's object there (the grader then holds a handle, and
    the student's code can change the object in place, as training does), else here. Arguments may be
    such objects too (the model an optimizer updates)."""
    from vaecourse.checks import given

    if isinstance(near, (Remote, RemoteObject)):
        return near._channel.request("make", (name, arguments))
    return given.build(name, arguments)


def fetch(value):
    """The value of a student's object: sent back as data when it stands for one in the kernel (a module
    stays there, as a handle), else `value` itself."""
    if isinstance(value, (Remote, RemoteObject)):
        return value._channel.request("get", value)
    return value


class Recorder:
    """Stands in for a function while it is watched: records each call, then calls the function.

    A record is {"args", "kwargs": the arguments (tensors copied when the call was made), "modes": [whether
    each module among the arguments was in training mode], "grad": whether autograd was recording, "states":
    [a copy of each module argument's state_dict] when asked for, "result": what the call returned (tensors
    copied; None until it returns), "random": torch's global random state at the call, when states are asked
    for}. Modules stay themselves (handles, from the kernel).
    """

    def __init__(self, function, records: list, states: bool):
        self.function, self.records, self.states = function, records, states
        self.__name__ = getattr(function, "__name__", "function")

    def __call__(self, *args, **kwargs):
        modules = [value for value in (*args, *kwargs.values()) if isinstance(value, torch.nn.Module)]
        copy = lambda value: value.detach().clone() if type(value) is torch.Tensor else value  # noqa: E731
        record = {
            "args": [copy(value) for value in args], "kwargs": {key: copy(value) for key, value in kwargs.items()},
            "modes": [module.training for module in modules], "grad": torch.is_grad_enabled(),
            "states": [_state(module) for module in modules] if self.states else [], "result": None,
            "random": torch.get_rng_state() if self.states else None}
        self.records.append(record)
        result = self.function(*args, **kwargs)
        copied = [copy(value) for value in result] if type(result) in (tuple, list) else copy(result)
        record["result"] = tuple(copied) if type(result) is tuple else copied
        return result


def watching(function, names, *args, _namespace=None, _instead=None, _optional=(), **kwargs):
    """(function(*args, **kwargs), {name: [records of the calls to it]}): while the function runs, each
    global `name` of its module (the student's notebook, for a student's function) is a Recorder. names:
    {name: whether to copy the state of module arguments at each call}. Each global is put back after.
    A name may also be a dotted path from a global to a module's attribute, "vaecourse.training.fit": code
    may call a function through the module it was imported from.
    _instead: {name: a function (a given one, vaecourse.checks.given.course_function) that the Recorder of
    `name` calls instead of the global}: the function is then judged with the others known to be correct.
    _optional: names that the notebook may not have (a student who deleted an import, or never used tqdm): those
    missing are not watched and have no records; any other missing name raises a NameError ("cannot watch").

    A check uses it to see how a student's function uses the others (train calls train_step on every
    batch...). The records come from the student's process: they describe the calls, the grader still judges
    every number itself.
    """
    instead, optional = dict(_instead or {}), list(_optional)
    if isinstance(function, (Remote, RemoteObject)):
        return function._channel.request("watch", (function, dict(names), list(args), dict(kwargs), instead, optional))
    # the globals the function reads: in the kernel the notebook's own (a copy of them, in the tests' loopback,
    # would leave its calls unwatched; a decorated function's are those of the function it wraps); _namespace
    # for a callable that has none
    namespace = getattr(unwrap(function), "__globals__", _namespace)
    if type(namespace) is not dict or type(names) is not dict or any(type(name) is not str for name in names):
        raise NameError(f"cannot watch {names!r}: give the names of globals of the notebook")
    if type(instead) is not dict or any(name not in names or not callable(value) for name, value in instead.items()):
        raise ValueError(f"cannot call something else instead of {sorted(instead)}: each must be watched, and callable")
    if any(type(name) is not str for name in optional):
        raise NameError(f"cannot watch {optional!r}: give the names of globals of the notebook")
    records = {name: [] for name in names}
    places = {name: _place(namespace, name) for name in names if name not in optional or _has(namespace, name)}
    originals = {name: get() for name, (get, _) in places.items()}
    try:
        for name, (_, put) in places.items():
            put(Recorder(instead.get(name, originals[name]), records[name], bool(names[name])))
        result = function(*args, **kwargs)  # with gradients on: the kernel's answer turns them on for a request
    finally:
        for name, (_, put) in places.items():
            put(originals[name])
    return result, records


def _has(namespace, name: str) -> bool:
    try:
        _place(namespace, name)
    except NameError:
        return False
    return True


def _place(namespace, name: str):
    """(get, put) of the global `name`, or of the attribute a dotted name leads to from a global."""
    head, *path = name.split(".")
    if head not in namespace or not all(part.isidentifier() and not part.startswith("_") for part in path):
        raise NameError(f"cannot watch {name!r}: it must be a global of the notebook, or an attribute of one")
    if not path:
        return (lambda: namespace[head]), (lambda value: namespace.__setitem__(head, value))
    holder = namespace[head]
    for part in path[:-1]:
        holder = getattr(holder, part)
    if not hasattr(holder, path[-1]):
        raise NameError(f"cannot watch {name!r}: it must be a global of the notebook, or an attribute of one")
    return (lambda: getattr(holder, path[-1])), (lambda value: setattr(holder, path[-1], value))


# ---------------------------------------------------------------- the grader side

class Channel:
    """The grader's end: `exchange(message) -> reply message` (bytes) is given by whoever runs the kernel."""

    def __init__(self, exchange, charged=None):
        """charged: a set shared by the channels of one notebook's checks, so that code that changes one of torch's
        global SETTINGS for good (gradients switched off...) is charged once, in the first check that sees it: a
        class's __init__ is called by every check of the class, and a function (decode) by the student's other
        functions (samples_around), whose calls then change it too."""
        self._exchange = exchange
        self._charged = set() if charged is None else charged

    def request(self, op: str, value, **fields):
        """The value of the kernel's reply; the student's exception is raised here as a RemoteError.

        Tensors that require grad in the kernel's reply require grad here too: their backward asks the
        kernel for the gradients of what was sent (and fills the .grad of the kernel's parameters).
        """
        sent, originals = {}, []
        grad_inputs = [originals[int(key[1:])] for key in _grad_keys(_encode(value, sent, originals))]
        reply, tensors = parse(self._exchange(pack(dict(fields, op=op), value)))
        if "raised" in reply:
            raise remote_error(str(reply.get("raised")), str(reply.get("message", "")))
        left = reply.get("left") if type(reply.get("left")) is dict else {}
        settings = [name for name in SETTINGS if name in (left.get("settings") or ()) and name not in self._charged]
        if settings:  # the kernel put them back; a caller in a notebook would not get them back
            self._charged.update(settings)
            raise AssertionError("\n".join(settings_message(name, str(left.get("called"))[:200]) for name in settings))
        keys = _grad_keys(reply["value"])
        if keys and type(reply.get("call")) is int:
            anchor = torch.zeros(1, requires_grad=True)  # so that outputs require grad even if no input does
            bridged = _Bridge.apply(self, reply["call"], len(grad_inputs) + 1, *grad_inputs, anchor,
                                    *[tensors[key] for key in keys])
            tensors.update(zip(keys, bridged))
        return decode(reply, tensors, resolve=self._stand_in)

    def _stand_in(self, tree):
        if tree["t"] != "handle" or type(tree.get("id")) is not int:
            _malformed()
        return remote_object(self, tree["id"], str(tree.get("type")))

    def call(self, target, args: tuple, kwargs: dict):
        return self.request("call", (target, list(args), dict(kwargs)))

    def getattr(self, target, name: str):
        return self.request("getattr", (target, name))

    def inspect(self, target, what: str, arguments):
        return self.request("inspect", (target, what, list(arguments)))

    def backward(self, call, grads):
        return self.request("backward", list(grads), call=call)


class _Bridge(torch.autograd.Function):
    """Joins the kernel's outputs to the grader's inputs: backward asks the kernel for the gradients."""

    @staticmethod
    def forward(ctx, channel, call, n_inputs, *tensors):
        ctx.channel, ctx.call = channel, call
        ctx.inputs = [(t.shape, t.dtype) for t in tensors[:n_inputs]]
        ctx.n_outputs = len(tensors) - n_inputs
        return tuple(t.clone() for t in tensors[n_inputs:])

    @staticmethod
    def backward(ctx, *grad_outputs):
        grads = ctx.channel.backward(ctx.call, grad_outputs)
        grads = grads + [None] if type(grads) is list else grads  # the anchor's
        if type(grads) is not list or len(grads) != len(ctx.inputs) or any(
                grad is not None and (type(grad) is not torch.Tensor or grad.shape != shape)
                for grad, (shape, _) in zip(grads, ctx.inputs)):
            raise ChannelError("the kernel sent back gradients that do not match the inputs")
        grads = [None if grad is None else grad.to(dtype) for grad, (_, dtype) in zip(grads, ctx.inputs)]
        return (None, None, None, *grads, *[None] * ctx.n_outputs)


class Remote:
    """Stands for the student's object `name` in the kernel: calling it calls it there."""

    def __init__(self, channel: Channel, name: str):
        self._channel, self.__name__ = channel, name

    def __call__(self, *args, **kwargs):
        return self._channel.call(self, args, kwargs)

    def __repr__(self):
        return f"<the student's {self.__name__}>"


class RemoteObject:
    """Stands for an object that lives in the student's kernel (a module the student's class built...).

    Calling it, or a method of it, runs there; its attributes are read from there; `inspect` reads its
    parameters, layers and gradients. Its type is named like the student's class, for the messages.
    """

    def __init__(self, channel: Channel, handle: int):
        self._channel, self._handle = channel, handle

    def __call__(self, *args, **kwargs):
        return self._channel.call(self, args, kwargs)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self._channel.getattr(self, name)

    def __repr__(self):
        return f"<a {type(self).__name__} in the student's kernel>"


_REMOTE_TYPES = {}


def remote_object(channel: Channel, handle: int, type_name: str) -> RemoteObject:
    name = type_name if type_name.isidentifier() else "object"
    if name not in _REMOTE_TYPES:
        _REMOTE_TYPES[name] = type(name, (RemoteObject,), {})
    return _REMOTE_TYPES[name](channel, handle)


def remote_error(name: str, message: str) -> Exception:
    """An exception named like the student's; a builtin one also keeps its class (a check may catch ValueError)."""
    name = name if name.isidentifier() else "Exception"
    builtin = getattr(builtins, name, None)
    bases = (RemoteError,)
    if isinstance(builtin, type) and issubclass(builtin, Exception):
        bases = (RemoteError, builtin)
    try:
        return type(name, bases, {"__module__": "builtins"})(message)
    except TypeError:  # a builtin with another constructor or layout (UnicodeDecodeError, OSError...)
        return type(name, (RemoteError,), {"__module__": "builtins"})(message)


# ---------------------------------------------------------------- check cells run from outside

def plan(source: str):
    """The package checks that a check cell calls, [(module, check, args, keywords)], or None when the
    cell does anything else (it then runs in the kernel, as any cell).

    A cell the grader runs from outside holds a docstring and calls such as `checks.pca.center(center)`:
    each argument is a name (the student's object of that name, in the kernel) or a constant.
    """
    try:
        body = sandbox.parse(source).body
    except (SyntaxError, ValueError):
        return None
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    calls = []
    for statement in body:
        call = statement.value if isinstance(statement, ast.Expr) else None
        function = call.func if isinstance(call, ast.Call) else None
        if not (isinstance(function, ast.Attribute) and isinstance(function.value, ast.Attribute)
                and isinstance(function.value.value, ast.Name) and function.value.value.id == "checks"):
            return None
        arguments = [_argument(node) for node in call.args]
        keywords = {keyword.arg: _argument(keyword.value) for keyword in call.keywords}
        if None in arguments or None in keywords.values() or None in keywords:
            return None
        calls.append((function.value.attr, function.attr, arguments, keywords))
    return calls or None


def _argument(node):
    if isinstance(node, ast.Name):
        return ("name", node.id)
    if isinstance(node, ast.Constant):
        return ("value", node.value)
    return None


def check_function(module: str, name: str):
    """The check `vaecourse.checks.<module>.<name>`, from the grader's own copy of the package."""
    if not (module.isidentifier() and name.isidentifier()) or name.startswith("_"):
        raise ValueError(f"checks.{module}.{name} is not a check of this course")
    function = getattr(importlib.import_module(f"vaecourse.checks.{module}"), name, None)
    if not callable(function):
        raise ValueError(f"checks.{module}.{name} is not a check of this course")
    return function


def run_checks(calls, channel: Channel, secret: int, grade_id: str):
    """Run a check cell's checks here, on the student's objects in the kernel: (what they printed, error).

    Each check gets its own seed, drawn from `secret` and the cell: inputs the student has never seen.
    """
    printed = io.StringIO()
    try:
        with redirect_stdout(printed):
            for index, (module, name, arguments, keywords) in enumerate(calls):
                digest = hashlib.sha256(f"{secret}/{grade_id}/{index}".encode()).digest()
                values = [Remote(channel, value) if kind == "name" else value for kind, value in arguments]
                named = {key: Remote(channel, value) if kind == "name" else value for key, (kind, value) in keywords.items()}
                check_function(module, name)(*values, **named, seed=int.from_bytes(digest[:4], "big"))
    except Exception as error:  # a check fails by raising; the student's own errors arrive as RemoteError
        return printed.getvalue(), error
    return printed.getvalue(), None
