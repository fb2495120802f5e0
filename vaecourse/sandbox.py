"""The student's kernel in a sandbox, and a guard that notices tampering inside it.

Only the KERNEL is sandboxed: nbgrader itself runs as the instructor (it needs the gradebook), starts
the kernel through a kernelspec named `python3` that `vaecourse.grading` writes into a grading-only
JUPYTER_PATH, and talks to it over Unix sockets (`KernelManager.transport = "ipc"`), so the kernel
needs no network at all. The kernelspec runs `python -m vaecourse.sandbox launch ...`, which execs

    bwrap  (Debian package bubblewrap: new mount, pid, net, ipc and uts namespaces; a read-only view
            of the system, Python, the venv, the course package and MNIST; a small empty /tmp; a private
            copy of the notebook's folder as working directory; nothing else: no gradebook, no
            solutions/, no other student)
      setpriv  (util-linux: uid/gid 65534 "nobody", no groups, no capabilities, no_new_privs)
        prlimit  (util-linux: memory (RLIMIT_DATA), CPU seconds, processes, file size, no core files)
          python -m vaecourse.sandbox kernel -f CONNECTION_FILE   (the guard, then ipykernel)

Root (nbgrader and `launch`) never follows a path the sandbox user could have replaced: the runtime folder
(jupyter's connection file, the kernel's read-only copy of it) belongs to root; the kernel writes only in
its `ipc` subfolder (its sockets), made afresh at each launch, and in a fresh private copy of the working
folder; root only removes (never reads or writes) what is in them. (nbgrader's ZeroMQ client does connect
to the socket paths in ipc/: a link the kernel puts there gets at most ZeroMQ's handshake, no message.)
/tmp is a tmpfs of `tmp_mb`, carved out of the memory cap (see `command`).

What a sandbox cannot do: code running in the kernel owns that process, so it can rewrite anything the
check cells rely on (vaecourse.checks, torch, IPython's input transformers, sys.displayhook...). The
guard records how the kernel looked before any student code ran and `probe()` (run by the grader
after every graded cell) reports what changed; the grader scores a tampered notebook 0 and says why.
This detects the known tricks; a student who reads this file can still defeat an in-process probe,
which is why the summary also lists risky code found by reading the submission (`suspicious_code`),
and why feedback is only a first pass for such a submission: see README, "Grading you can trust".
"""

import argparse
import ast
import builtins
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

SANDBOX_UID = 65534  # "nobody"
PROBE_MARK = "VAECOURSE-PROBE"
_PARSING = threading.RLock()  # reentrant: a finaliser run by the garbage collector mid-parse may parse too


def parse(source: str) -> ast.Module:
    """ast.parse, one thread at a time. The grader grades several notebooks in threads, and CPython 3.11
    keeps the AST constructor's recursion depth in interpreter-wide state: two threads parsing at once fail,
    now and then, with "SystemError: AST constructor recursion depth mismatch" (python/cpython#106905)."""
    with _PARSING:
        return ast.parse(source)

# ---------------------------------------------------------------- outside: the kernelspec and the launcher


def bwrap_path():
    """The bubblewrap executable, or None (grading then refuses to run student code unless told to)."""
    return shutil.which("bwrap")


def install_kernelspec(folder: Path, settings: dict) -> dict:
    """Write a sandboxed `python3` kernelspec under folder/jupyter; return the environment nbgrader needs.

    settings: memory_mb, tmp_mb, cpu_seconds, nproc, file_mb, uid, runtime (a short folder, root's: see `launch`),
    font_cache (optional: `font_cache`'s file).
    """
    spec_dir = folder / "jupyter" / "kernels" / "python3"
    spec_dir.mkdir(parents=True, exist_ok=True)
    settings_file = folder / "sandbox.json"
    settings_file.write_text(json.dumps(settings, indent=1))
    spec = {
        "argv": [sys.executable, "-m", "vaecourse.sandbox", "launch", str(settings_file), "{connection_file}"],
        "display_name": "Python 3 (grading sandbox)",
        "language": "python",
        "interrupt_mode": "message",  # the kernel is in its own session: signals to its group would miss it
        "metadata": {"debugger": False},
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))
    runtime = Path(settings["runtime"])
    runtime.mkdir(parents=True, exist_ok=True)
    os.chown(runtime, 0, 0)  # root's: the kernel cannot replace or rename what is in it
    runtime.chmod(0o711)  # the kernel gets through to its files, but cannot list or write here
    return {"JUPYTER_PATH": str(folder / "jupyter"), "JUPYTER_RUNTIME_DIR": str(runtime)}


def font_cache(folder: Path):
    """Matplotlib's font list, built once in folder (in the grader's scratch): the path of its file, or None.

    Every kernel starts with an empty HOME, where matplotlib would scan the system's fonts again (about 0.3 s of
    each kernel's start); `command` puts a copy of this file there instead."""
    if not list(folder.glob("fontlist-v*.json")):
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="fonts-", dir=folder.parent))
        # HOME empty as in a kernel: the list names no font of the instructor's own that a kernel cannot read
        done = subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], capture_output=True,
                              env={**os.environ, "MPLCONFIGDIR": str(staging), "HOME": str(staging)})
        built = list(staging.glob("fontlist-v*.json"))
        if done.returncode == 0 and built:
            folder.mkdir(exist_ok=True)
            os.replace(built[0], folder / built[0].name)  # atomic: a student graded beside reads all or nothing
        shutil.rmtree(staging, ignore_errors=True)
    built = list(folder.glob("fontlist-v*.json"))
    return built[0] if built else None


def _data_root() -> Path:
    from vaecourse.data import data_root

    return data_root()


def readable_paths() -> list:
    """What the kernel may read: the system, Python, the venv, the course package, MNIST."""
    import vaecourse

    paths = ["/usr", "/etc/alternatives", "/etc/ld.so.cache", "/etc/localtime", "/etc/passwd", "/etc/group",
             "/etc/nsswitch.conf", "/etc/fonts", "/etc/ssl/certs", sys.base_prefix, sys.prefix,
             str(Path(vaecourse.__file__).resolve().parent), str(_data_root().resolve())]
    return [p for p in dict.fromkeys(paths) if os.path.exists(p)]


# The grader's environment variables that the kernel is given: they change how a notebook runs (budgets, data, threads).
PASSED_ENVIRONMENT = ("NBGRADER_EXECUTION", "VAE_COURSE_FAST", "VAE_COURSE_DATA", "TQDM_DISABLE", "MPLBACKEND",
                      "PYTHONWARNINGS", "OMP_NUM_THREADS")


def command(settings: dict, connection_file: str, workdir: str, private: Path) -> list:
    """The bwrap | setpriv | prlimit | python command line that runs the kernel."""
    uid = str(settings["uid"])
    runtime = settings["runtime"]
    # RLIMIT_DATA does not count the pages of a tmpfs; a cgroup v2 memory.max would, but the grading machine
    # has none to delegate (cgroup v1): so /tmp gets a fixed share of the memory cap and the kernel the rest.
    data_mb = settings["memory_mb"] - settings["tmp_mb"]
    line = [bwrap_path() or "bwrap", "--die-with-parent", "--new-session",
            "--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
            "--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--size", str(settings["tmp_mb"] * 2**20),
            "--tmpfs", "/tmp", "--perms", "0700", "--dir", "/tmp/home", "--chmod", "0777", "/tmp/home"]
    for link in ("bin", "sbin", "lib", "lib64", "lib32"):
        if os.path.islink(f"/{link}"):
            line += ["--symlink", os.readlink(f"/{link}"), f"/{link}"]
        elif os.path.isdir(f"/{link}"):
            line += ["--ro-bind", f"/{link}", f"/{link}"]
    paths = readable_paths()
    ancestors = sorted({str(parent) for path in [*paths, workdir, runtime] for parent in Path(path).parents
                        if str(parent) not in ("/", "/tmp")}, key=len)
    for folder in ancestors:  # bwrap would copy the mode of /root (700): the sandbox user must get through
        line += ["--perms", "0755", "--dir", folder]
    for path in paths:
        line += ["--ro-bind", path, path]
    line += ["--bind", str(private / "work"), workdir, "--ro-bind", runtime, runtime,
             "--bind", str(Path(runtime) / "ipc"), str(Path(runtime) / "ipc"), "--chdir", workdir,
             "--clearenv", "--setenv", "PATH", f"{Path(sys.executable).parent}:/usr/bin:/bin",
             "--setenv", "HOME", "/tmp/home", "--setenv", "MPLCONFIGDIR", "/tmp/home", "--setenv", "LANG", "C.UTF-8"]
    if settings.get("font_cache"):  # a writable copy: if matplotlib ever rebuilds it, it behaves as without one
        fonts = os.open(settings["font_cache"], os.O_RDONLY | os.O_NOFOLLOW)
        os.set_inheritable(fonts, True)
        line += ["--file", str(fonts), f"/tmp/home/{Path(settings['font_cache']).name}"]
    for name in PASSED_ENVIRONMENT:
        if name in os.environ:
            line += ["--setenv", name, os.environ[name]]
    line += ["--setenv", "VAE_COURSE_DATA", str(_data_root().resolve())]
    line += ["--", shutil.which("setpriv") or "/usr/bin/setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups",
             "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--",
             shutil.which("prlimit") or "/usr/bin/prlimit", f"--data={data_mb * 2**20}",
             f"--cpu={settings['cpu_seconds']}", f"--nproc={settings['nproc']}", f"--fsize={settings['file_mb'] * 2**20}",
             "--core=0", "--", sys.executable, "-m", "vaecourse.sandbox", "kernel", "-f", connection_file]
    return line


def launch(settings_file: str, connection_file: str) -> None:
    """Run by jupyter_client (as the instructor) in the notebook's folder: exec the sandboxed kernel."""
    settings = json.loads(Path(settings_file).read_text())
    workdir = os.getcwd()
    if not settings.get("sandboxed", True):  # grading without a sandbox: only the guard
        Path(settings["runtime"], "ipc").mkdir(mode=0o700, exist_ok=True)  # where the kernel's sockets go (ipc transport)
        Path(settings["scratch"], "launched").write_text(f"{os.getpid()} unsandboxed\n")
        line = [sys.executable, "-m", "vaecourse.sandbox", "kernel", "-f", connection_file]
        os.execv(line[0], line)
    uid, runtime = settings["uid"], Path(settings["runtime"])
    ipc = runtime / "ipc"
    connection = _read_root_file(connection_file)
    info = json.loads(connection)
    if Path(connection_file).parent != runtime or info.get("transport") != "ipc" or Path(info["ip"]).parent != ipc:
        sys.exit("vaecourse.sandbox: the kernel must use ipc sockets in the runtime's ipc folder "
                 "(KernelManager.transport = 'ipc', KernelManager.connection_file and ip as vaecourse.grading sets them)")
    # Everything the kernel may write is new at each launch: what an earlier kernel left there is gone.
    shutil.rmtree(ipc, ignore_errors=True)  # rmtree does not follow links
    ipc.mkdir(mode=0o700)
    os.chown(ipc, uid, uid)
    private = Path(tempfile.mkdtemp(prefix="kernel-", dir=settings["scratch"]))  # root's, 700
    # A copy of the notebook's folder, minus notebooks: what the student writes there stays there.
    shutil.copytree(workdir, private / "work", ignore=shutil.ignore_patterns("*.ipynb", ".*"), symlinks=False)
    for folder, folders, files in os.walk(private / "work"):
        for path in [folder, *(os.path.join(folder, name) for name in folders + files)]:
            os.chown(path, uid, uid, follow_symlinks=False)
    # The connection file is the instructor's (mode 600): the kernel gets its own read-only copy.
    own = runtime / (Path(connection_file).stem + "-sandbox.json")
    own.unlink(missing_ok=True)
    descriptor = os.open(own, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o400)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(connection)
        os.fchown(handle.fileno(), uid, uid)
    Path(settings["scratch"], "launched").write_text(f"{os.getpid()}\n")  # proof the sandbox started the kernel
    line = command(settings, str(own), workdir, private)
    os.execv(line[0], line)


def _read_root_file(path: str) -> bytes:
    """The bytes of a regular file of root's, read without following a link."""
    with os.fdopen(os.open(path, os.O_RDONLY | os.O_NOFOLLOW), "rb") as handle:
        status = os.fstat(handle.fileno())
        if not stat.S_ISREG(status.st_mode) or status.st_uid != os.geteuid():
            sys.exit(f"vaecourse.sandbox: {path} is not a regular file of the grader's")
        return handle.read()


# ---------------------------------------------------------------- inside: the guard and the probe

_BASELINE = {}
# What the checks of this course rely on: if one of these changes while a notebook runs, its checks
# may lie. (Only these: libraries legitimately rebind other attributes of torch when they load.)
WATCHED = {
    "vaecourse.checks": None,  # every name
    "torch": ("testing", "linalg", "isfinite", "as_tensor", "tensor", "cov", "randn", "rand", "randint", "Generator",
              "zeros", "ones", "eye", "cat", "allclose", "equal", "isclose", "Tensor", "float32", "no_grad"),
    "torch.testing": ("assert_close",),
    "torch.linalg": ("eigh", "eigvalsh", "qr"),
    "numpy": ("bool_", "allclose", "isclose", "asarray", "testing"),
    "builtins": ("type", "isinstance", "issubclass", "bool", "float", "int", "abs", "len", "print", "getattr",
                 "setattr", "hasattr", "__import__", "exec", "compile", "AssertionError", "Exception",
                 "BaseException", "str", "repr", "all", "any", "sum", "min", "max", "range", "zip", "dict", "list",
                 "tuple", "round", "sorted", "next", "iter", "super", "object"),
}
_SHELL_METHODS = ("run_cell", "run_cell_async", "run_ast_nodes", "run_code", "transform_cell", "showtraceback",
                  "_showtraceback", "showsyntaxerror", "get_exception_only", "ex", "safe_execfile", "should_run_async",
                  "_run_cell", "transform_ast", "set_custom_exc", "CustomTB", "InteractiveTB")


def _identity(value):
    return id(value), id(getattr(value, "__code__", None))


def _watched_state() -> dict:
    state = {}
    for module_name, names in WATCHED.items():
        module = sys.modules.get(module_name)
        if module is None:
            state[module_name] = None
            continue
        names = [n for n in vars(module) if not n.startswith("__")] if names is None else names
        for name in names:
            state[f"{module_name}.{name}"] = _identity(getattr(module, name, None))
    return state


def _shell_state(shell) -> dict:
    state = {}
    for name in _SHELL_METHODS:
        state[f"IPython's {name}"] = (id(getattr(type(shell), name, None)), id(vars(shell).get(name)))
    for name in ("input_transformers_cleanup", "input_transformers_post", "ast_transformers"):
        state[f"IPython {name}"] = [id(t) for t in getattr(shell, name)]
    state["IPython custom exception handler (set_custom_exc)"] = [id(e) for e in shell.custom_exceptions]
    state["IPython event callbacks"] = {  # matplotlib's inline backend registers one: it is not the student's
        name: [id(f) for f in callbacks if not (getattr(f, "__module__", None) or "").startswith(
            ("matplotlib", "IPython", "ipykernel"))]
        for name, callbacks in shell.events.callbacks.items() if name != "post_execute"}
    state["sys.displayhook"] = (id(shell.displayhook), id(type(shell.displayhook).__call__))
    state["sys.settrace/setprofile"] = (id(sys.gettrace()), id(sys.getprofile()))
    return state


def _record_baseline(shell) -> None:
    import numpy
    import torch
    import torch.testing

    import vaecourse.checks

    del numpy, torch, vaecourse.checks  # imported so that their state is recorded before student code runs
    _BASELINE["watched"] = _watched_state()
    _BASELINE["tensor"] = {name: id(value) for name, value in vars(sys.modules["torch"].Tensor).items()}
    _BASELINE["shell"] = _shell_state(shell)


def findings(shell) -> list:
    """What changed since the baseline, in words (empty: nothing the guard knows of)."""
    if not _BASELINE:
        return ["the grading guard did not start"]
    found = []
    now = _watched_state()
    changed = [name for name, before in _BASELINE["watched"].items() if now.get(name) != before]
    changed += [name for name in now if name not in _BASELINE["watched"]]
    if changed:
        found.append(f"{', '.join(changed[:4])} replaced")
    tensor = {name: id(value) for name, value in vars(sys.modules["torch"].Tensor).items()}
    changed = sorted(n for n in _BASELINE["tensor"] if tensor.get(n) != _BASELINE["tensor"][n])
    changed += sorted(n for n in tensor if n not in _BASELINE["tensor"] and n != "__slotnames__")  # cached by pickle
    if changed:
        found.append(f"torch.Tensor.{', '.join(changed[:4])} replaced")
    now = _shell_state(shell)
    found += [f"{name} changed" for name, before in _BASELINE["shell"].items() if now[name] != before]
    return found


def probe(nonce: str) -> None:
    """Print the guard's verdict for the grader (run by the grader after each graded cell)."""
    shell = get_ipython()  # noqa: F821  (IPython puts it in builtins)
    sys.__stdout__.flush()
    # one write, on a line of its own: print() writes the newline separately, and another thread's output
    # (IPython's history thread, when /tmp is full) could land between the report and its end
    sys.stdout.write(f"\n{PROBE_MARK} {nonce} {json.dumps(findings(shell))}\n")
    sys.stdout.flush()


def kernel(argv: list) -> None:
    """Inside the sandbox: start ipykernel, record the baseline, then serve."""
    from ipykernel.kernelapp import IPKernelApp

    from vaecourse import remote

    app = IPKernelApp.instance()
    app.initialize(argv)
    _record_baseline(app.shell)
    builtins.__vaecourse_probe__ = probe  # where the grader's probe cells find it
    remote.listen(app.kernel)  # the grader's requests (the checks' calls of the student's functions)
    app.start()


# ---------------------------------------------------------------- reading the submission

RISKY_NAMES = {
    "get_ipython": "uses get_ipython()", "input_transformers_post": "touches IPython input transformers",
    "input_transformers_cleanup": "touches IPython input transformers", "ast_transformers": "touches IPython AST transformers",
    "set_custom_exc": "installs an exception handler", "showtraceback": "touches IPython's traceback display",
    "displayhook": "touches sys.displayhook", "excepthook": "touches sys.excepthook", "settrace": "uses sys.settrace",
    "setprofile": "uses sys.setprofile", "_exit": "calls os._exit", "ctypes": "uses ctypes", "gc": "uses the garbage collector",
    "__eq__": "defines __eq__", "__bool__": "defines __bool__", "exec": "uses exec", "eval": "uses eval",
    "compile": "uses compile", "__import__": "uses __import__", "builtins": "touches builtins",
    "__builtins__": "touches builtins", "__code__": "rewrites a function's code", "subprocess": "starts processes",
    "socket": "opens sockets", "urllib": "uses the network", "requests": "uses the network",
    "gradebook": "mentions the gradebook", "__vaecourse_probe__": "touches the grading probe",
    "sandbox": "mentions the grading sandbox",
}
BARE_ONLY = {"exec", "eval", "compile", "__import__", "gc", "ctypes", "subprocess", "socket", "urllib", "requests",
             "builtins", "sandbox", "gradebook", "_exit"}  # model.eval() is fine; eval(...) is not
WATCHED_MODULE_NAMES = {"checks", "torch", "np", "numpy", "testing", "linalg", "Tensor", "sys", "os", "vaecourse"}


def suspicious_code(source: str) -> list:
    """Risky constructs in a student's code cell, read without running it (the kernel cannot hide them)."""
    code = "\n".join(line for line in source.splitlines() if not re.match(r"^\s*[%!]", line))
    try:
        return _risky(parse(code))
    except SyntaxError:
        return []
    except (ValueError, UnicodeError, RecursionError, MemoryError) as error:  # lone surrogates, deep nesting...
        return [f"code the grader could not read ({type(error).__name__}): look at it yourself"]


def _risky(tree) -> list:
    found = []
    for node in ast.walk(tree):
        name = None
        if isinstance(node, ast.Name):
            name = node.id
        elif isinstance(node, ast.Attribute):
            name = node.attr if node.attr not in BARE_ONLY or node.attr == "_exit" else None
        elif isinstance(node, ast.FunctionDef):
            name = node.name
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                for part in (alias.name.split(".") + ([node.module] if isinstance(node, ast.ImportFrom) and node.module else [])):
                    if part in RISKY_NAMES:
                        found.append(RISKY_NAMES[part])
        if name in RISKY_NAMES:
            found.append(RISKY_NAMES[name])
        targets = []
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("setattr", "delattr"):
            targets = node.args[:1]
        for target in targets:
            root = target
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root is not target and root.id in WATCHED_MODULE_NAMES:
                found.append(f"assigns to {ast.unparse(target)}")
            elif isinstance(root, ast.Name) and isinstance(node, ast.Call) and root.id in WATCHED_MODULE_NAMES:
                found.append(f"calls {node.func.id} on {root.id}")
    return list(dict.fromkeys(found))


def main(argv=None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "launch":
        launch(argv[1], argv[2])
    elif argv and argv[0] == "kernel":
        kernel(argv[1:])
    else:
        parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
        parser.add_argument("action", choices=["launch", "kernel"])
        parser.parse_args(argv)


if __name__ == "__main__":
    main()
