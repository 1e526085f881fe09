"""What a read really read: the tables its statements named, found by the database layer itself (the reading side of
``op_changes``), so that a view that shows a summary is read again when a write touches one of them, and no screen
keeps a list of the tables behind a service's query.

A read connection (``Database.read``) opened while a recording is on its thread is seen by an event of that
connection; every table its statements take rows from (``FROM``, ``JOIN``, a list after ``FROM``, subqueries
included) is added to each recording open on the thread. With no recording open, a read pays nothing.

    with reading() as reads:
        due_summary(fd)
    reads.tables  # {"mission", "recommendation", "followup_note", "due_rule", ...}

A name the scan takes for a table that is none (an alias, ``EXTRACT(year FROM day)``'s ``day``) costs nothing but a
comparison: only a write's announced tables are ever compared with it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

_local = threading.local()

# FROM a, b AS b_1, c  |  JOIN d  |  FROM "order"  (the name may be quoted, or qualified by a schema)
_NAME = r'(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[A-Za-z_][\w$]*)(?:\.(?:"[^"]+"|[A-Za-z_][\w$]*))?'
_KEYWORDS = ("WHERE|JOIN|ON|USING|GROUP|HAVING|ORDER|LIMIT|OFFSET|UNION|EXCEPT|INTERSECT|WINDOW|LEFT|INNER|CROSS|"
             "FULL|RIGHT|OUTER|NATURAL|FOR|RETURNING")
_ALIAS = rf"(?:\s+(?:AS\s+)?(?!(?:{_KEYWORDS})\b)[A-Za-z_]\w*)?"
_SOURCES = re.compile(rf"\b(FROM|JOIN)\s+({_NAME}{_ALIAS}(?:\s*,\s*{_NAME}{_ALIAS})*)", re.IGNORECASE)
_FIRST_NAME = re.compile(_NAME)


@dataclass(eq=False)  # each recording is itself: the stack removes it by identity
class OpReads:
    """The tables one read (or several, nested) took rows from."""

    tables: set[str] = field(default_factory=set)


@contextmanager
def reading(reads: OpReads | None = None) -> Iterator[OpReads]:
    """Collect the tables the read connections opened on this thread inside the block read. Recordings nest: an
    outer one sees everything an inner one does."""
    reads = reads if reads is not None else OpReads()
    stack = _stack()
    stack.append(reads)
    try:
        yield reads
    finally:
        stack.remove(reads)


def active() -> bool:
    return bool(getattr(_local, "stack", None))


def _stack() -> list[OpReads]:
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


def tables_read(statement: str) -> set[str]:
    """The tables a statement takes rows from: ``SELECT ... FROM a JOIN b ON ... WHERE x IN (SELECT y FROM c)``
    -> ``{"a", "b", "c"}``."""
    found: set[str] = set()
    for match in _SOURCES.finditer(statement):
        for source in match.group(2).split(","):
            name = _FIRST_NAME.match(source.strip())
            if name:
                found.add(_bare(name.group(0)))
    return found


def _bare(name: str) -> str:
    """``main."order"`` -> ``order``."""
    if name.endswith('"') and '."' in name:
        name = name[name.rindex('."') + 1:]
    elif "." in name and not name.startswith(('"', "`", "[")):
        name = name.rsplit(".", 1)[-1]
    return name.strip('"`[]')


def watch_reads(conn) -> None:
    """See every statement of the read connection ``conn``: the tables it reads go to the recordings open on the
    thread."""
    from sqlalchemy import event

    recordings = list(_stack())

    def seen(_conn, _cursor, statement, *_args) -> None:
        tables = tables_read(statement)
        for reads in recordings:
            reads.tables.update(tables)

    event.listen(conn, "before_cursor_execute", seen)
