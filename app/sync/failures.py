"""The safety net under a bundle's apply step: whatever the database or a value conversion raises while a signed
bundle is applied becomes a refusal in plain words. The database's own message is never shown or logged: it quotes
the SQL statement and its parameters, that is the records' values (names of people who attended a training).

What is named: the kind of problem, and the table and field when the database says which (SQLite puts
``table.column`` in its constraint messages; PostgreSQL in the error's diagnostics)."""

from __future__ import annotations

import logging
import re

from app.services.errors import FieldDeskError

log = logging.getLogger(__name__)

_SQLITE_WHERE = re.compile(r"constraint failed: ([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)")
# PostgreSQL SQLSTATE classes a bundle's content can cause: data exceptions, integrity violations, program limits
# (a value too large for an index). Others (connection, lock, resources, shutdown) are this server's trouble.
_BUNDLE_CLASSES = ("22", "23", "54")
_BY_STATE = {
    "23502": "a required field is empty",
    "23503": "it refers to a record that does not exist",
    "23505": "it would create a record that already exists (or the same record twice)",
    "23514": "a value breaks a rule of its field",
    "22001": "a text is longer than its field allows",
    "22003": "a number is too large for its field",
    "22P02": "a value is not of its field's type",
    "22007": "a date or time is not valid",
    "22008": "a date or time is out of range",
    "54000": "a value is too large to be stored",
}


class ApplyFailed(FieldDeskError):
    """Not the bundle's fault (the database is locked or unreachable, the disk is full): exit 1, try again."""


def _sqlstate(orig: BaseException) -> str | None:
    return getattr(orig, "sqlstate", None) or getattr(getattr(orig, "diag", None), "sqlstate", None)


def _where(orig: BaseException) -> str:
    diag = getattr(orig, "diag", None)
    if diag is not None:  # psycopg
        table, column = getattr(diag, "table_name", None), getattr(diag, "column_name", None)
        return ".".join(p for p in (table, column) if p)
    found = _SQLITE_WHERE.search(str(orig))  # sqlite3: "NOT NULL constraint failed: participant.full_name"
    return found.group(1) if found else ""


def _driver_reason(orig: BaseException) -> str | None:
    """sqlite3 gives no error codes through the DB-API, and psycopg none for what it refuses before sending."""
    text = str(orig)
    if "NOT NULL constraint failed" in text:
        return "a required field is empty"
    if "UNIQUE constraint failed" in text or "PRIMARY KEY" in text:
        return _BY_STATE["23505"]
    if "FOREIGN KEY constraint failed" in text:
        return _BY_STATE["23503"]
    if "CHECK constraint failed" in text:
        return _BY_STATE["23514"]
    if "too big" in text:
        return _BY_STATE["54000"]
    if "is not supported" in text or "Error binding parameter" in text or "cannot adapt" in text:
        return _BY_STATE["22P02"]
    return None


def describe(exc: BaseException) -> str:
    """Why the database or a conversion refused the bundle's values, in words; raises ApplyFailed when the cause is
    not the bundle."""
    from sqlalchemy.exc import DBAPIError, StatementError

    orig = exc.orig if isinstance(exc, StatementError) and exc.orig is not None else exc
    state = _sqlstate(orig)
    log.warning("applying a bundle failed: %s%s", orig.__class__.__name__,
                f" (SQLSTATE {state})" if state else "")
    if isinstance(orig, OverflowError):
        return _BY_STATE["22003"]
    if state:
        if not state.startswith(_BUNDLE_CLASSES):
            raise ApplyFailed(_environment(orig)) from None
        reason = _BY_STATE.get(state) or _BY_STATE.get(state[:2] + "000") or "a value is not valid for its field"
        where = _where(orig)
        return f"{reason} ({where})" if where else reason
    if "NUL" in str(orig) and orig.__class__.__name__ == "DataError":  # psycopg refuses it before sending
        return "a text holds a NUL character, which no text field may hold"
    if isinstance(exc, DBAPIError) and orig.__class__.__name__ == "OperationalError":
        raise ApplyFailed(_environment(orig)) from None
    reason = _driver_reason(orig) if isinstance(exc, DBAPIError) else None
    if reason:
        where = _where(orig)
        return f"{reason} ({where})" if where and "constraint failed" in str(orig) else reason
    if isinstance(orig, (TypeError, ValueError, KeyError, AttributeError)):
        return _BY_STATE["22P02"]
    if isinstance(orig, (OSError, MemoryError)):
        raise ApplyFailed(_environment(orig)) from None
    return f"it could not be applied ({orig.__class__.__name__})"


def _environment(orig: BaseException) -> str:
    if isinstance(orig, OSError) and orig.strerror:
        return f"The bundle could not be imported: {orig.strerror}. Nothing was applied; try again."
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return "The bundle could not be imported: the database is busy. Nothing was applied; try again."
    return (f"The bundle could not be imported: the database failed ({orig.__class__.__name__}). Nothing was "
            "applied; try again.")
