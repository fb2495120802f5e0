"""What each code cell of a notebook binds and reads, and so which demonstrations the grader may leave out.

Most of a notebook's run time goes to demonstrations (figures, small trainings) that no check reads. When
the grader rebuilds a student's notebook, a code cell that is exactly one of the release's ungraded code
cells is a demonstration, and `skippable` finds those that nothing graded needs: no cell that runs reads a
name whose value such a cell would have set. Static analysis cannot see everything (a demonstration
that trains, in place, a model that a check reads later), so tests/test_grading.py proves, through the real
pipeline, that the solutions still get full marks when the cells found here are left out.
"""

import ast

from IPython.core.inputtransformer2 import TransformerManager

from vaecourse.sandbox import parse

# a cell that reads any of these may read any name: every cell before it runs
DYNAMIC = frozenset({"globals", "locals", "vars", "eval", "exec", "get_ipython", "__builtins__", "__import__"})
_SCOPES = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


class CellNames:
    """The names a cell binds at top level, reads before binding them (free), and reads inside function
    and class bodies (deferred: they run when called, from any later cell)."""

    def __init__(self, source: str):
        self.bound, self.free, self.deferred = set(), set(), set()
        try:
            tree = parse(TransformerManager().transform_cell(source))
        except (SyntaxError, ValueError):  # cannot run, so reads nothing
            return
        for kind, name in _events(tree.body):
            if kind == "bind":
                self.bound.add(name)
            elif kind == "deferred":
                self.deferred.add(name)
            elif name not in self.bound:
                self.free.add(name)

    @property
    def dynamic(self) -> bool:
        return bool(DYNAMIC & (self.free | self.deferred))


def _events(nodes):
    """("load" | "bind" | "deferred", name) in the order the statements run them."""
    for node in nodes:
        yield from _node_events(node)


def _node_events(node):
    if isinstance(node, ast.Name):
        yield ("bind" if isinstance(node.ctx, ast.Store) else "load"), node.id
    elif isinstance(node, ast.Assign):
        yield from _node_events(node.value)
        yield from _events(node.targets)
    elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            yield "load", node.target.id
        if node.value is not None:
            yield from _node_events(node.value)
        yield from _node_events(node.target)
    elif isinstance(node, (ast.For, ast.AsyncFor)):
        yield from _node_events(node.iter)
        yield from _node_events(node.target)
        yield from _events(node.body + node.orelse)
    elif isinstance(node, (ast.Import, ast.ImportFrom)):
        for alias in node.names:
            yield "bind", (alias.asname or alias.name).split(".")[0]
    elif isinstance(node, ast.ExceptHandler):
        if node.type is not None:
            yield from _node_events(node.type)
        if node.name:
            yield "bind", node.name
        yield from _events(node.body)
    elif isinstance(node, _FUNCTIONS):
        arguments = node.args if not isinstance(node, ast.ClassDef) else None
        for default in (arguments.defaults + [d for d in arguments.kw_defaults if d] if arguments else node.bases):
            yield from _node_events(default)
        for decorator in getattr(node, "decorator_list", []):
            yield from _node_events(decorator)
        body = [node.body] if isinstance(node, ast.Lambda) else node.body
        inside = [child for inner in body for child in ast.walk(inner)]
        # names a function assigns, or takes as parameters, are its own (nested scopes counted as its own too)
        local = {child.arg for child in [*(ast.walk(arguments) if arguments else ()), *inside]
                 if isinstance(child, ast.arg)}
        local |= {child.id for child in inside if isinstance(child, ast.Name) and not isinstance(child.ctx, ast.Load)}
        local |= {child.name for child in inside
                  if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))}
        local |= {alias.asname or alias.name.split(".")[0] for child in inside
                  if isinstance(child, (ast.Import, ast.ImportFrom)) for alias in child.names}
        local -= {name for child in inside if isinstance(child, (ast.Global, ast.Nonlocal)) for name in child.names}
        for child in inside:
            if isinstance(child, ast.Name) and isinstance(child.ctx, ast.Load) and child.id not in local:
                yield "deferred", child.id
        if not isinstance(node, ast.Lambda):
            yield "bind", node.name
    elif isinstance(node, _SCOPES):
        # a comprehension has a scope of its own: its loop variables are neither bound nor read outside it
        inner = [event for generator in node.generators for event in _node_events(generator)]
        for part in ((node.key, node.value) if isinstance(node, ast.DictComp) else (node.elt,)):
            inner += list(_node_events(part))
        local = {name for kind, name in inner if kind == "bind"}
        yield from ((kind, name) for kind, name in inner if kind != "bind" and name not in local)
    elif isinstance(node, ast.comprehension):
        yield from _node_events(node.iter)
        yield from _node_events(node.target)
        yield from _events(node.ifs)
    else:
        yield from _events(ast.iter_child_nodes(node))


def skippable(sources: list, candidates: set) -> set:
    """The indices among `candidates` (positions in `sources`, one source per code cell, in order) that
    can be left out: no cell that still runs reads, at top level, a name whose last binding before it is
    in a left-out cell, nor reads one inside a function body; and none reads names dynamically after it."""
    names = [CellNames(source) for source in sources]
    skipped = set(candidates)
    changed = True
    while changed:
        changed = False
        for index, cell in enumerate(names):
            if index in skipped:
                continue
            needed = set()
            if cell.dynamic:
                needed = {earlier for earlier in skipped if earlier < index}
            for name in cell.free:
                binders = [earlier for earlier in range(index) if name in names[earlier].bound]
                if binders and binders[-1] in skipped:
                    needed.add(binders[-1])
            needed |= {other for other in skipped if names[other].bound & cell.deferred}
            if needed:
                skipped -= needed
                changed = True
    return skipped
