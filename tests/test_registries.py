"""One registry for each kind of fact (issue 17): the report kinds, the importable kinds and the bookkeeping fields
are each written down in one module, and every other module reads them from there. Found by reading the code itself:
no literal list, tuple, set or dict elsewhere in ``app/`` names several of them together."""

from __future__ import annotations

import ast
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


def _modules_listing(names: set[str], at_least: int = 3) -> set[str]:
    found = set()
    for path in APP.rglob("*.py"):
        if "migrations" in path.parts:  # released revisions are history, not definitions
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if len(_literal_strings(node) & names) >= at_least:
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
