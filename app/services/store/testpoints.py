"""Test points: places inside FieldDesk's writes where the crash tests stop a process and kill it, so each kill is
known to have landed where the test says (tests/sync/test_crash.py, tests/safety/test_backups.py,
tests/safety/test_import_crash.py; tests/crashing.py runs and kills the process).

``FIELDDESK_TEST_POINT=NAME:N@FILE``: the N-th time the process reaches the point NAME, it appends
``NAME N <pid>`` to FILE and waits there (at most 10 minutes) for the test to kill it.
``FIELDDESK_TEST_POINT=@FILE``: it appends ``NAME N`` for every point it passes and never waits (to count them).
Unset, as always outside the tests, a point costs one comparison and nothing is listened to.

Points:
- ``write``: an INSERT, UPDATE or DELETE inside a write transaction (``Database.write()``), just before it runs;
- ``commit``: a write transaction whose work is done, just before its COMMIT;
- ``backup-copied``: a backup completely written under its temporary name, before it takes its own;
- ``restore-staged``: the backup to restore copied next to the database, before it replaces the database.
- ``attachment-renamed``: one attachment file of a profile made before keyed names renamed (app/services/
  attachment_names.py), before the next.
"""

from __future__ import annotations

import os
import time
from collections import Counter

_SPEC = os.environ.get("FIELDDESK_TEST_POINT") or None
_WAIT_SECONDS = 600
_passed: Counter[str] = Counter()


def active() -> bool:
    return _SPEC is not None


def reached(name: str) -> None:
    if _SPEC is None:
        return
    _passed[name] += 1
    count = _passed[name]
    wanted, _, path = _SPEC.partition("@")
    if not wanted:
        _append(path, f"{name} {count}\n")
        return
    point, _, nth = wanted.partition(":")
    if point == name and count == int(nth or 1):
        _append(path, f"{name} {count} {os.getpid()}\n")
        time.sleep(_WAIT_SECONDS)


def _append(path: str, line: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())


def watch_writes(conn) -> None:
    """Make every INSERT, UPDATE or DELETE on ``conn`` (a connection inside a write transaction) a ``write``
    point."""
    from sqlalchemy import event

    def before_execute(_conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip()[:6].upper() in ("INSERT", "UPDATE", "DELETE"):
            reached("write")

    event.listen(conn, "before_cursor_execute", before_execute)
