"""Move FieldDesk's function-local imports of its own modules to the top of their module, wherever that is safe, and
say on each one left inside a function why it stays (issue 17, "function-local imports only where start-up needs
them"). Re-runnable: run it again on a main that has gained other people's changes.

    .venv/bin/python tools/hoist_imports.py                 # makes a demo profile to measure start-up on
    .venv/bin/python tools/hoist_imports.py --profile DIR   # measures start-up on this (demo) profile instead
    .venv/bin/python tools/hoist_imports.py --dry-run       # only prints what it would do

An ``import``/``from ... import`` of an ``app`` module inside a function moves to the module's top unless:
- **a cycle**: a module it loads imports this one back when it is loaded (the import graph at import time: the
  imports at modules' tops and in class bodies, names of the lazy packages ``app.models``, ``app.services`` and
  ``app.reports`` resolved to the module that defines them, the packages a module sits in);
- **a heavy library**: it would load one of ``HEAVY`` (ReportLab, openpyxl, Alembic, Babel, Qt Charts, Qt PDF...)
  with this module when this module does not load it already: those wait for the function that uses them;
- **start-up**: this module is loaded on the way to a first screen or by ``fielddesk --help`` (measured: the modules
  loaded when the bare window shows and when the first screen shows its data, starting on the Participants list and
  on the dashboard of the demo profile, and by ``fielddesk --help``) and the import would load a module that way does
  not load yet;
- **a test replaces a name**: ``monkeypatch.setattr(module, "name", ...)`` in tests/ only reaches a function that
  imports the name when it runs;
- **its name is taken**: the module, or a function around the import, binds the same name to something else.

Each import left inside a function gets a comment line above it, ``# imported here: REASON`` (rewritten at every
run); tests/architecture_local_imports.txt is written again: the modules that keep one, each with its reasons. Then
ruff sorts the imports of the files it changed (and drops a ``TYPE_CHECKING`` import the hoisted one makes useless).

It never moves an import back into a function: a run keeps what earlier runs did, and a module that a later change
puts on the way to the first screen keeps its imports at the top (tests/ui/test_first_screen_imports.py and
``make bench SUITES=gui`` then say whether that costs). Start-up is measured, so what the database worker happens to
have loaded when the first screen shows its data can differ from run to run: each start page is measured twice.
After a run: ``ruff check``, tests/test_architecture.py, and every module imported alone in a fresh interpreter.
"""

from __future__ import annotations

import argparse
import ast
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
LIST_FILE = ROOT / "tests" / "architecture_local_imports.txt"
MARK = "# imported here:"
# Libraries that take a tenth of a second or more to import and that most of FieldDesk never needs: whoever imports
# them inside a function keeps doing so.
HEAVY = ("alembic", "reportlab", "openpyxl", "babel", "cryptography", "docx", "psycopg", "pypdf", "icalendar",
         "pyrage", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport")
# Imports that stay in their function whatever the measure says, with the reason: a deferral start-up was designed
# around, which a measure can miss when the worker happens to run it before the first screen's data shows.
KEEP = {
    ("app.ui.due.status", "app.services.programme.due"):
        "start-up: the overdue count waits for the first screen's data (docs/ARCHITECTURE.md)",
}
# A list page imports its editor when it builds it: the list's first read is then on its way on the worker while the
# editor's module loads (a measure cannot see the overlap, only that both load before the data shows).
EDITOR_AFTER_LIST = "start-up: the editor loads after the list's first read is on its way"
# Modules whose function-local imports all stay: what they import at their top loads before the GUI pauses Python's
# cycle collector for start-up (app/ui/main.py, app/ui/collection.py), and imports cost more with it running.
KEEP_MODULES = {
    "app.cli": "start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)",
    "app.ui.main": "start-up: nothing more before the GUI pauses the cycle collector (ui/collection.py)",
}
START_PAGES = ("participants", "dashboard")  # the benchmark's start page, and a new user's (each measured twice)


# ---------------------------------------------------------------------------------------------- reading the modules
def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_type_checking(node: ast.AST) -> bool:
    return isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)


FUNCTION = ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda


@dataclass
class Local:
    """An import of app modules inside a function."""

    node: ast.Import | ast.ImportFrom
    functions: list[ast.AST]  # the functions around it, outermost first
    block: list[ast.stmt]  # the statement list holding it
    guarded: bool  # inside a ``try`` that catches an import error
    targets: set[str] = field(default_factory=set)
    reason: str = ""


@dataclass
class Module:
    name: str
    path: Path
    text: str
    tree: ast.Module
    lazy: dict[str, str] = field(default_factory=dict)  # PEP 562 names -> the module defining them
    top_targets: set[str] = field(default_factory=set)  # app modules loaded when this one is
    libraries: set[str] = field(default_factory=set)  # other top-level imports (roots; PySide6 modules whole)
    locals: list[Local] = field(default_factory=list)
    bound: dict[str, str] = field(default_factory=dict)  # module-level names -> what binds them

    @property
    def package(self) -> str:
        return self.name if self.path.name == "__init__.py" else self.name.rpartition(".")[0]


def read_modules() -> dict[str, Module]:
    modules = {}
    for path in sorted(APP.rglob("*.py")):
        if "versions" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        modules[module_name(path)] = Module(module_name(path), path, text, ast.parse(text))
    for module in modules.values():
        for node in module.tree.body:
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and any(
                    isinstance(t, ast.Name) and t.id in ("_WHERE", "_FROM") for t in node.targets):
                module.lazy.update({k.value: v.value for k, v in zip(node.value.keys, node.value.values, strict=True)
                                    if isinstance(k, ast.Constant) and isinstance(v, ast.Constant)})
    return modules


def absolute(module: Module, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    parts = module.package.split(".")
    return ".".join([*parts[: len(parts) - node.level + 1], *filter(None, [node.module])])


def ancestors(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts))]


def targets_of(module: Module, node: ast.Import | ast.ImportFrom, modules: dict[str, Module]) -> set[str]:
    """The app modules whose code runs (or must have run) when ``module`` executes ``node``."""
    found: set[str] = set()
    if isinstance(node, ast.Import):
        for alias in node.names:
            if alias.name.split(".")[0] == "app":
                found.add(alias.name)
    else:
        base = absolute(module, node)
        if base.split(".")[0] != "app":
            return set()
        lazy = modules[base].lazy if base in modules else {}
        for alias in node.names:
            if f"{base}.{alias.name}" in modules:  # a submodule: the package need only have started
                found.add(f"{base}.{alias.name}")
            else:  # a name the package defines (or loads, PEP 562)
                found.add(base)
                if alias.name in lazy:
                    found.add(lazy[alias.name])
    loaded = {name for name in found if name in modules}
    for name in list(loaded):  # the packages around an imported module run first (its own packages have started)
        loaded.update(a for a in ancestors(name) if a not in ancestors(module.name) and a in modules)
    loaded.discard(module.name)
    return loaded


def library_of(node: ast.Import | ast.ImportFrom) -> set[str]:
    names = [a.name for a in node.names] if isinstance(node, ast.Import) else (
        [] if node.level else [node.module or ""])
    found = set()
    for name in names:
        root = name.split(".")[0]
        if root == "app" or not root:
            continue
        if root == "PySide6" and isinstance(node, ast.ImportFrom) and name == "PySide6":
            found.update(f"PySide6.{a.name}" for a in node.names)
        found.add(".".join(name.split(".")[:2]) if root == "PySide6" else root)
    return found


def binds(node: ast.AST) -> Iterator[str]:
    """The names a statement or target binds in its own scope."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        for alias in node.names:
            yield alias.asname or alias.name.split(".")[0]
    elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        yield node.name
    elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store | ast.Del):
        yield node.id
    elif isinstance(node, ast.arg):
        yield node.arg
    elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
        yield node.name
    elif isinstance(node, ast.Global | ast.Nonlocal):
        yield from node.names


def scope_bindings(scope: ast.AST) -> list[tuple[str, ast.AST]]:
    """Every (name, binding node) in a scope, not in the scopes nested in it."""
    found = []

    def visit(node: ast.AST, top: bool) -> None:
        if not top:
            found.extend((name, node) for name in binds(node))
            if isinstance(node, FUNCTION | ast.ClassDef):
                for deco in getattr(node, "decorator_list", []):
                    visit(deco, False)
                return
            if isinstance(node, ast.ListComp | ast.SetComp | ast.DictComp | ast.GeneratorExp):
                return
        for child in ast.iter_child_nodes(node):
            visit(child, False)

    if isinstance(scope, FUNCTION):
        for arg in ast.walk(scope.args):
            found.extend((name, arg) for name in binds(arg))
        for stmt in scope.body if isinstance(scope.body, list) else [scope.body]:
            visit(stmt, False)
    else:
        visit(scope, True)
    return found


def analyse(module: Module, modules: dict[str, Module]) -> None:
    def visit(node: ast.AST, functions: list[ast.AST], block: list[ast.stmt] | None, guarded: bool) -> None:
        if is_type_checking(node):
            for child in node.orelse:
                visit(child, functions, node.orelse, guarded)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            targets = targets_of(module, node, modules)
            if functions:
                if targets or (isinstance(node, ast.ImportFrom) and node.level):
                    module.locals.append(Local(node, list(functions), block, guarded, targets))
            else:
                module.top_targets |= targets
                module.libraries |= library_of(node)
            return
        if isinstance(node, ast.Try | ast.TryStar) and any(
                h.type is not None and any(n in ast.unparse(h.type) for n in ("ImportError", "ModuleNotFoundError"))
                for h in node.handlers):
            for stmt in node.body:
                visit(stmt, functions, node.body, True)
            for part in (*node.handlers, *node.orelse, *node.finalbody):
                visit(part, functions, None, guarded)
            return
        inner = [*functions, node] if isinstance(node, FUNCTION) else functions
        for name, value in ast.iter_fields(node):
            if isinstance(value, list):
                for child in value:
                    if isinstance(child, ast.AST):
                        visit(child, inner, value if name in ("body", "orelse", "finalbody") else block, guarded)
            elif isinstance(value, ast.AST):
                visit(value, inner, block, guarded)

    visit(module.tree, [], module.tree.body, False)
    for stmt in module.tree.body:  # a TYPE_CHECKING import binds nothing when the module runs
        for part in (stmt.orelse if is_type_checking(stmt) else [stmt]):
            pairs = [(n, part) for n in binds(part)]
            if not isinstance(part, FUNCTION | ast.ClassDef):
                pairs += scope_bindings(part)
            for name, node in pairs:
                module.bound.setdefault(name, binding_source(module, name, node))


def binding_source(module: Module, name: str, node: ast.AST) -> str:
    if isinstance(node, ast.Import | ast.ImportFrom):
        alias = next(a for a in node.names if (a.asname or a.name.split(".")[0]) == name)
        return f"{absolute(module, node)}:{alias.name}" if isinstance(node, ast.ImportFrom) else f"import {alias.name}"
    return f"defined at line {getattr(node, 'lineno', 0)}"


# ------------------------------------------------------------------------------------------------ the import graph
class Graph:
    def __init__(self, modules: dict[str, Module]):
        self.modules = modules
        self.edges = {name: set(m.top_targets) for name, m in modules.items()}

    def path(self, start: str, goal: str) -> list[str]:
        """A path of top-level imports from ``start`` to ``goal`` ([] when there is none)."""
        seen, stack = {start: ""}, [start]
        while stack:
            node = stack.pop()
            if node == goal:
                route = [node]
                while seen[route[-1]]:
                    route.append(seen[route[-1]])
                return route[::-1]
            for nxt in sorted(self.edges.get(node, ())):
                if nxt not in seen:
                    seen[nxt] = node
                    stack.append(nxt)
        return []

    def closure(self, start: str) -> set[str]:
        seen, stack = {start}, [start]
        while stack:
            for nxt in self.edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return seen

    def heavy(self, start: str) -> set[str]:
        return {lib for name in self.closure(start) for lib in self.modules[name].libraries
                if lib in HEAVY or lib.split(".")[0] in HEAVY}


# ------------------------------------------------------------------------------------------- start-up, as measured
SPY = """
import builtins, sys
seen, _print = {}, builtins.print
def spy(*args, **kwargs):
    moment = str(args[0]).partition(':')[0] if args else ''
    seen.setdefault(moment, sorted(sys.modules))
    _print(*args, **kwargs)
builtins.print = spy
from app.cli import main
code = main(['--profile', PROFILE, '--quit-when-idle', '--startup-times'])
_print('VISIBLE', ','.join(seen['window visible']))
_print('SHOWN', ','.join(seen['data shown']))
sys.exit(code)
"""
HELP = """
import sys
from app.cli import main
try:
    main(['--help'])
except SystemExit:
    pass
print('HELP', ','.join(sorted(sys.modules)))
"""


def start_up_sets(profile: Path | None) -> dict[str, set[str]]:
    """The modules loaded on each way to a first screen: {what: modules}."""
    with tempfile.TemporaryDirectory(prefix="hoist-imports-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
               "XDG_CONFIG_HOME": str(Path(scratch) / "config"), "PYTHONDONTWRITEBYTECODE": "1"}
        env.pop("FIELDDESK_PASSPHRASE_FILE", None)
        if profile is None:
            profile = Path(scratch) / "demo"
            for args in (["init", "--office", "GT-01", "--name", "Guatemala office", "--country", "GT"], ["demo"]):
                subprocess.run([sys.executable, "-m", "app", "--profile", str(profile), *args], env=env, check=True,
                               capture_output=True)
        sets = {}
        done = subprocess.run([sys.executable, "-c", HELP], env=env, capture_output=True, text=True, check=True)
        sets["the command line"] = set(done.stdout.split("HELP ", 1)[1].strip().split(","))
        for page in [*START_PAGES, *START_PAGES]:  # twice: what the worker loads near "data shown" may vary
            config = Path(scratch) / "config" / "FieldDesk"
            config.mkdir(parents=True, exist_ok=True)
            (config / "FieldDesk.ini").write_text(f'[meta]\nversion=1\n\n[window]\npage=\\"{page}\\"\n')
            code = SPY.replace("PROFILE", repr(str(profile)))
            done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
            if done.returncode:
                raise SystemExit(f"start-up on {page} failed:\n{done.stderr[-3000:]}")
            lines = dict(line.split(" ", 1) for line in done.stdout.splitlines()
                         if line.startswith(("VISIBLE ", "SHOWN ")))
            sets["the bare window"] = sets.get("the bare window", set()) | set(lines["VISIBLE"].split(","))
            shown = f"the first screen ({page})"
            sets[shown] = sets.get(shown, set()) | set(lines["SHOWN"].split(","))
    return sets


# -------------------------------------------------------------------------------------- what tests replace by name
def patched_names() -> set[tuple[str, str]]:
    """(module, name) pairs that tests replace with ``monkeypatch.setattr`` or ``mock.patch``."""
    found = set()
    for path in (ROOT / "tests").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases: dict[str, str] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app"):
                aliases.update({a.asname or a.name: f"{node.module}.{a.name}" for a in node.names})
            elif isinstance(node, ast.Import):
                aliases.update({a.asname: a.name for a in node.names if a.asname and a.name.startswith("app")})
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name)):
                continue
            called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if called not in ("setattr", "patch", "object") or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.startswith("app."):
                found.add(tuple(first.value.rsplit(".", 1)))
            elif (isinstance(first, ast.Name) and first.id in aliases and len(node.args) > 1
                  and isinstance(node.args[1], ast.Constant)):
                found.add((aliases[first.id], node.args[1].value))
    return found


# ---------------------------------------------------------------------------------------------------- the decisions
def decide(modules: dict[str, Module], sets: dict[str, set[str]], patched: set[tuple[str, str]]) -> None:
    graph = Graph(modules)
    for module in modules.values():
        taken: dict[str, str] = dict(module.bound)
        for local in module.locals:
            local.reason = reason_to_keep(module, local, graph, sets, patched, taken)
            if not local.reason:
                graph.edges[module.name] |= local.targets
                for name, source in sources(module, local.node):
                    taken[name] = source


def sources(module: Module, node: ast.Import | ast.ImportFrom) -> list[tuple[str, str]]:
    if isinstance(node, ast.Import):
        return [(a.asname or a.name.split(".")[0], f"import {a.name}") for a in node.names]
    return [(a.asname or a.name, f"{absolute(module, node)}:{a.name}") for a in node.names]


def short(route: list[str]) -> str:
    return " -> ".join(name.removeprefix("app.") for name in route)


def reason_to_keep(module: Module, local: Local, graph: Graph, sets: dict[str, set[str]],
                   patched: set[tuple[str, str]], taken: dict[str, str]) -> str:
    node = local.node
    if all(module.bound.get(name) == source for name, source in sources(module, node)):
        return ""  # the module imports it at its top already
    if module.name in KEEP_MODULES:
        return KEEP_MODULES[module.name]
    for target in sorted(local.targets):
        if (module.name, target) in KEEP:
            return KEEP[(module.name, target)]
        if module.name.endswith(".page") and target == module.name.removesuffix(".page") + ".editor":
            return EDITOR_AFTER_LIST
    if local.guarded or local.block is None:
        return "it may be missing, and the function says what then"
    if any(isinstance(a, ast.alias) and a.name == "*" for a in node.names):
        return "a star import"
    for target in sorted(local.targets):
        if route := graph.path(target, module.name):
            return f"a cycle ({short([module.name, *route])})"
    for what, loaded in sets.items():
        if module.name in loaded and (missing := sorted(t for t in local.targets if t not in loaded)):
            return f"start-up: {what} does not load {missing[0].removeprefix('app.')}"
    have = graph.heavy(module.name)
    for target in sorted(local.targets):
        if added := graph.heavy(target) - have:
            return f"it loads {', '.join(sorted(added))} (with {target.removeprefix('app.')})"
    if isinstance(node, ast.ImportFrom):
        base = absolute(module, node)
        for alias in node.names:
            if (base, alias.name) in patched:
                return f"a test replaces {base.removeprefix('app.')}.{alias.name}"
    for name, source in sources(module, node):
        if taken.get(name, source) != source:
            return f"the module's name {name} is another thing"
        for function in local.functions:
            others = [n for bound, n in scope_bindings(function) if bound == name and n is not node and not (
                isinstance(n, ast.Import | ast.ImportFrom) and (name, source) in sources(module, n))]
            if others:
                return f"{name} is also a local name of {getattr(function, 'name', 'a lambda')}"
    return ""


# ---------------------------------------------------------------------------------------------------- the rewriting
def rewrite(module: Module) -> str | None:
    """The module's new text, or None when nothing changes."""
    lines = module.text.splitlines(keepends=True)
    drop: set[int] = set()  # 0-based line numbers
    above: dict[int, str] = {}  # 0-based line -> the comment to put above it
    hoisted: list[str] = []
    for local in module.locals:
        first = local.node.lineno - 1
        indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
        previous = first - 1
        if previous >= 0 and lines[previous].strip().startswith(MARK):
            drop.add(previous)
        if local.reason:
            above[first] = comment(indent, local.reason)
            continue
        drop.update(range(first, local.node.end_lineno))
        after = local.node.end_lineno  # the blank line that closed a run of imports goes with them
        before = max((n for n in range(first) if n not in drop), default=-1)
        kept_before = any(l2.reason and l2.node.lineno - 1 <= before < l2.node.end_lineno for l2 in module.locals)
        if after < len(lines) and not lines[after].strip() and not kept_before:
            drop.add(after)
        text = ast.unparse(local.node)
        if isinstance(local.node, ast.ImportFrom) and local.node.level:
            text = f"from {absolute(module, local.node)} import " + ", ".join(
                f"{a.name} as {a.asname}" if a.asname else a.name for a in local.node.names)
        if text not in hoisted and not all(module.bound.get(n) == s for n, s in sources(module, local.node)):
            hoisted.append(text)
    emptied = [local for local in module.locals if not local.reason and all(
        any(stmt is l2.node for l2 in module.locals if not l2.reason) for stmt in local.block)]
    passes: dict[int, str] = {}
    for local in emptied:  # a block that held only hoisted imports keeps a ``pass``
        first = local.block[0]
        if first is local.node:
            indent = lines[first.lineno - 1][: len(lines[first.lineno - 1]) - len(lines[first.lineno - 1].lstrip())]
            passes[first.lineno - 1] = f"{indent}pass\n"
    out = []
    for number, line in enumerate(lines):
        if number in above:
            out.append(above[number])
        if number in passes:
            out.append(passes[number])
        if number not in drop:
            out.append(line)
    if hoisted:
        position = import_block_end(module)
        out[position:position] = [f"{text}\n" for text in hoisted]
    new = "".join(out)
    return None if new == module.text else remove_checking_duplicates(new)


def comment(indent: str, reason: str) -> str:
    """``# imported here: REASON``, within 120 characters (a cycle's path shortened to its ends)."""
    line = f"{indent}{MARK} {reason}"
    if len(line) > 120 and reason.startswith("a cycle ("):
        route = reason.removeprefix("a cycle (").removesuffix(")").split(" -> ")
        line = f"{indent}{MARK} a cycle ({route[0]} -> {route[1]} -> ... -> {route[0]})"
    if len(line) > 120:
        line = line[:117].rstrip() + "..."
    return line + "\n"


def import_block_end(module: Module) -> int:
    """The line (0-based) after the module's last top-level import that comes before its first definition."""
    end = 0
    for node in module.tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom) or (
                end == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
            end = node.end_lineno
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) or is_type_checking(node):
            break
    # the removed lines come after it (local imports are in functions), so the number still holds
    return end


def remove_checking_duplicates(text: str) -> str:
    """Drop from ``if TYPE_CHECKING:`` the names the module now imports when it runs."""
    tree = ast.parse(text)
    runtime = {(node.module, node.level, a.name, a.asname) for node in tree.body if isinstance(node, ast.ImportFrom)
               for a in node.names}
    lines = text.splitlines(keepends=True)
    for block in [n for n in tree.body if is_type_checking(n)][::-1]:
        body, changed = [], False
        indent = " " * block.body[0].col_offset
        for stmt in block.body:
            if isinstance(stmt, ast.ImportFrom):
                names = [a for a in stmt.names if (stmt.module, stmt.level, a.name, a.asname) not in runtime]
                changed = changed or len(names) < len(stmt.names)
                if names:
                    body.append(f"{indent}{ast.unparse(ast.ImportFrom(stmt.module, names, stmt.level))}\n")
            else:
                body.extend(lines[stmt.lineno - 1: stmt.end_lineno])
        if not changed:
            continue
        rest = lines[block.body[-1].end_lineno: block.end_lineno]  # an ``else:``
        if body or rest:
            new = [lines[block.lineno - 1], *(body or [f"{indent}pass\n"]), *rest]
        else:
            new = []
        lines[block.lineno - 1: block.end_lineno] = new
    return "".join(lines)


def write_list(modules: dict[str, Module]) -> None:
    kept: dict[str, list[str]] = {}
    for module in modules.values():
        reasons = [local.reason for local in module.locals if local.reason]
        if reasons:
            kept[module.name] = reasons
    groups = {"start-up": [], "cycle": [], "library": [], "other": []}
    for name, reasons in sorted(kept.items()):
        kinds = {("start-up" if r.startswith("start-up") else "cycle" if r.startswith("a cycle")
                  else "library" if r.startswith("it loads") else "other") for r in reasons}
        group = next(g for g in groups if g in kinds)
        summary = sorted({summarise(r) for r in reasons})
        line = f"{name}  # {summary[0]}"
        for more in summary[1:]:
            if len(f"{line}; {more}") > 116:
                line += "; ..."
                break
            line += f"; {more}"
        groups[group].append(line)
    header = [
        "# Modules whose functions may import app modules (tests/test_architecture.py:",
        "# test_function_local_imports_only_in_the_listed_modules). Written by tools/hoist_imports.py, which moves",
        "# every other function-local import to the top of its module; each import kept in a function has a comment",
        f"# line above it ('{MARK} REASON'). The list only shrinks.",
    ]
    titles = {
        "start-up": "Start-up: loaded on the way to the first screen or by `fielddesk --help`; they import the rest "
                    "when a\n# command or a page first needs it.",
        "cycle": "A cycle at import time: a module they use imports them back. The layout should remove these.",
        "library": "A heavy library (ReportLab, openpyxl, Alembic, Babel, Qt Charts or Qt PDF...) waits for the "
                   "function\n# that needs it.",
        "other": "Other reasons, given on each.",
    }
    out = [*header]
    for group, names in groups.items():
        if names:
            out += ["", f"# {titles[group]}", *names]
    LIST_FILE.write_text("\n".join(out) + "\n", encoding="utf-8")


def summarise(reason: str) -> str:
    if reason.startswith("start-up"):
        return "start-up: " + reason.split(": ", 1)[1].split(" does not")[0]
    if reason.startswith("a cycle"):
        return "a cycle with " + reason.split(" -> ")[1].split(")")[0]
    if reason.startswith("it loads"):
        return reason.split(" (with")[0]
    return reason


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--profile", type=Path, help="a demo profile to measure start-up on (default: a new one)")
    parser.add_argument("--dry-run", action="store_true", help="print the decisions, change nothing")
    args = parser.parse_args(argv)
    modules = read_modules()
    for module in modules.values():
        analyse(module, modules)
    sets = start_up_sets(args.profile)
    decide(modules, sets, patched_names())
    changed = []
    for module in modules.values():
        for local in module.locals:
            where = f"{module.path.relative_to(ROOT)}:{local.node.lineno}"
            print(f"{where}: {'kept: ' + local.reason if local.reason else 'moved to the top'}")
        if not args.dry_run and (new := rewrite(module)) is not None:
            module.path.write_text(new, encoding="utf-8")
            changed.append(str(module.path))
    moved = sum(not local.reason for m in modules.values() for local in m.locals)
    kept = sum(bool(local.reason) for m in modules.values() for local in m.locals)
    print(f"{moved} imports moved to the top, {kept} kept in their function")
    if args.dry_run:
        return 0
    write_list(modules)
    if changed:  # sorted imports; a TYPE_CHECKING import left unused; an ``if`` left holding only an ``if``
        for rules in (["--select", "I,F401"], ["--select", "SIM102", "--unsafe-fixes"]):
            subprocess.run([sys.executable, "-m", "ruff", "check", "--quiet", "--fix", *rules, *changed], cwd=ROOT,
                           check=False, capture_output=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
