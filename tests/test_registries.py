"""One registry for each kind of fact (issue 17): the report kinds, the importable kinds and the bookkeeping fields
are each written down in one module, and every other module reads them from there. Found by reading the code itself:
no literal list, tuple, set or dict elsewhere in ``app/`` names several of them together."""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

from app.models.base import SYSTEM_FIELDS
from app.reports.kinds import REPORT_KINDS

APP = Path(__file__).resolve().parent.parent / "app"


def _literal_strings(node: ast.AST) -> set[str]:
    """The strings a literal collection lists (a dict: its keys, when its values are literals too: a table of names,
    not a row being filled in)."""
    if isinstance(node, ast.Dict):
        if not all(isinstance(v, ast.Constant) for v in node.values):
            return set()
        items = node.keys
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = node.elts
    else:
        return set()
    return {i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)}


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(_sources()[path])


@cache
def _sources() -> dict[Path, str]:
    return {path: path.read_text(encoding="utf-8") for path in APP.rglob("*.py")
            if "migrations" not in path.parts}  # released revisions are history, not definitions


def _modules_listing(names: set[str], at_least: int = 3) -> set[str]:
    found = set()
    for path, text in _sources().items():
        if sum(f'"{name}"' in text or f"'{name}'" in text for name in names) < at_least:
            continue  # cannot list them: not parsed
        if any(len(_literal_strings(node) & names) >= at_least for node in ast.walk(_tree(path))):
            found.add(path.relative_to(APP.parent).as_posix())
    return found


def test_each_kind_of_fact_is_listed_in_one_module():
    from app.services.store.entities import BY_NAME
    from app.ui.shell.pages import PAGES

    # a report kind named like a table or a page ("mission") is a word of those too: only the others tell
    own_names = {k for k in REPORT_KINDS if k not in BY_NAME and k not in {p.key for p in PAGES}}
    assert _modules_listing(own_names) - {"app/reports/kinds.py"} == set()
    # the bookkeeping fields, whole or a group of them
    assert _modules_listing(set(SYSTEM_FIELDS) - {"id", "deleted"}, at_least=2) == {"app/models/base.py"}


def _declared_by_hand() -> list[str]:
    """Columns and filters of a page or part tab (a class with its ``table``) that state a kind the entity registry
    derives (a date, an enum, a reference): ``Column("status", title, "enum", enum=X)`` where ``Column("status",
    title)`` says the same."""
    from app.services.store.entities import BY_NAME

    found = []
    for path, text in _sources().items():
        if "ui" not in path.relative_to(APP).parts[:1] or "table = " not in text:
            continue
        for cls in ast.walk(_tree(path)):
            if not isinstance(cls, ast.ClassDef):
                continue
            table = next((s.value.value for s in cls.body if isinstance(s, ast.Assign) and len(s.targets) == 1
                          and getattr(s.targets[0], "id", "") == "table" and isinstance(s.value, ast.Constant)), None)
            entity = BY_NAME.get(table or "")
            if entity is None:
                continue
            for call in ast.walk(cls):
                name = getattr(getattr(call, "func", None), "id", "")
                if name not in ("Column", "Filter") or len(call.args) < 3:
                    continue
                key_at, kind_at = (0, 2) if name == "Column" else (1, 0)
                key, kind = (getattr(call.args[i], "value", None) for i in (key_at, kind_at))
                if key not in entity.table.c:
                    continue
                derived = ("date" if key in entity.date_columns else "enum" if entity.enum_of(key)
                           else ("ref" if name == "Column" else "reference") if key in entity.foreign_keys
                           else ("refs" if name == "Column" else "reference") if key in entity.list_columns else None)
                if derived is not None and kind == derived:
                    found.append(f"{path.relative_to(APP.parent)}:{call.lineno} {name} {key!r}")
    return found


def test_pages_name_their_columns_and_filters_and_the_registry_gives_their_kinds():
    assert _declared_by_hand() == []
