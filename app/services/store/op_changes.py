"""What a write really changed: the tables its committed transactions wrote, found by the database layer itself
(after Anki's ``OpChanges``), so no caller has to name them and none are missed.

Every statement on a write connection (``Database.write``) is seen by an event of that connection; the tables that an
INSERT, UPDATE or DELETE names are kept and, once its transaction commits, handed to every recording open on the
thread. What a service's rules write as a follow-on (a recommendation's status set from its latest
follow-up note, a status change's dated part), a cascade (a record's parts deleted with it) and the change log itself
are statements like any other, so they are counted too. A transaction rolled back hands nothing on.

    with recording() as changes:
        fd.followup.create({...})
    changes.tables  # {"followup_note", "recommendation", "change_log", "clock_state"}
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

# Tables a write keeps for itself: the change log and the clock follow every change, so naming them says nothing.
BOOKKEEPING = frozenset({"change_log", "clock_state"})

_local = threading.local()
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE")


@dataclass(eq=False)  # each recording is itself: the stack removes it by identity
class OpChanges:
    """The tables the committed part of one operation wrote (a failed operation may have committed a part)."""

    tables: set[str] = field(default_factory=set)

    def touched(self, tables: Iterable[str]) -> bool:
        return not self.tables.isdisjoint(tables)

    @property
    def records(self) -> frozenset[str]:
        """The tables written, less the change log and the clock."""
        return frozenset(self.tables - BOOKKEEPING)


@contextmanager
def recording(changes: OpChanges | None = None) -> Iterator[OpChanges]:
    """Collect what the transactions committed on this thread inside the block write. Recordings nest: an outer
    one sees everything an inner one does."""
    changes = changes if changes is not None else OpChanges()
    stack = _stack()
    stack.append(changes)
    try:
        yield changes
    finally:
        stack.remove(changes)


def _stack() -> list[OpChanges]:
    stack = getattr(_local, "stack", None)
    if stack is None:
        stack = _local.stack = []
    return stack


def table_written(statement: str) -> str | None:
    """The table an INSERT, UPDATE or DELETE writes (``INSERT OR REPLACE INTO "order" (...)`` -> ``order``); None
    for anything else. The statement's own first words, as the driver receives it."""
    words = statement[:300].split()
    if not words or words[0].upper() not in _WRITES:
        return None
    rest = words[1:]
    if rest and rest[0].upper() == "OR":  # INSERT OR REPLACE, UPDATE OR IGNORE
        rest = rest[2:]
    if rest and rest[0].upper() in ("INTO", "FROM"):  # INSERT INTO, DELETE FROM
        rest = rest[1:]
    if not rest:
        return None
    name = rest[0].split("(", 1)[0].rsplit(".", 1)[-1]
    return name.strip('"`[]') or None


def begin_write(conn) -> set[str]:
    """See every statement of the write connection ``conn`` (a listener of its own: reads pay nothing); the set
    returned fills with the tables they write."""
    from sqlalchemy import event

    written: set[str] = set()

    def seen(_conn, _cursor, statement, *_args) -> None:
        table = table_written(statement)
        if table is not None:
            written.add(table)

    event.listen(conn, "before_cursor_execute", seen)
    return written


def end_write(written: set[str], committed: bool) -> None:
    """The write transaction is over: what it wrote goes to the recordings open on the thread when it committed."""
    if committed and written:
        for changes in _stack():
            changes.tables.update(written)
