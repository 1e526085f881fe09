"""The safety net under a bundle's apply step: whatever the database or a value conversion raises while a signed
bundle is applied becomes a refusal in plain words. The database's own message is never shown or logged: it quotes
the SQL statement and its parameters, that is the records' values (names of people who attended a training).

What is named: the kind of problem, and the table and field when the database says which (SQLite puts
``table.column`` in its constraint messages; PostgreSQL in the error's diagnostics)."""

from __future__ import annotations

import logging
import re

from app.services.errors import FieldDeskError
from app.vocabulary.problems import ProblemText, problem

log = logging.getLogger(__name__)

_SQLITE_WHERE = re.compile(r"constraint failed: ([A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)?)")
# PostgreSQL SQLSTATE classes a bundle's content can cause: data exceptions, integrity violations, program limits
# (a value too large for an index). Others (connection, lock, resources, shutdown) are this server's trouble.
_BUNDLE_CLASSES = ("22", "23", "54")
# SQLSTATE -> what is wrong, said from the catalogue (``problem.sync.apply.<code>``)
_CODES = {
    "23502": "required_empty",
    "23503": "missing_reference",
    "23505": "already_exists",
    "23514": "breaks_rule",
    "22001": "text_too_long",
    "22003": "number_too_large",
    "22P02": "wrong_type",
    "22007": "bad_date",
    "22008": "date_out_of_range",
    "54000": "too_large",
}


def _said(state: str) -> ProblemText | None:
    return problem(f"sync.apply.{_CODES[state]}") if state in _CODES else None


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


def _driver_reason(orig: BaseException) -> ProblemText | None:
    """sqlite3 gives no error codes through the DB-API, and psycopg none for what it refuses before sending."""
    text = str(orig)
    if "NOT NULL constraint failed" in text:
        return _said("23502")
    if "UNIQUE constraint failed" in text or "PRIMARY KEY" in text:
        return _said("23505")
    if "FOREIGN KEY constraint failed" in text:
        return _said("23503")
    if "CHECK constraint failed" in text:
        return _said("23514")
    if "too big" in text:
        return _said("54000")
    if "is not supported" in text or "Error binding parameter" in text or "cannot adapt" in text:
        return _said("22P02")
    return None


def describe(exc: BaseException) -> ProblemText:
    """Why the database or a conversion refused the bundle's values, in words; raises ApplyFailed when the cause is
    not the bundle."""
    from sqlalchemy.exc import DBAPIError, StatementError

    orig = exc.orig if isinstance(exc, StatementError) and exc.orig is not None else exc
    state = _sqlstate(orig)
    log.warning("applying a bundle failed: %s%s", orig.__class__.__name__,
                f" (SQLSTATE {state})" if state else "")
    if isinstance(orig, OverflowError):
        return _said("22003")
    if state:
        if not state.startswith(_BUNDLE_CLASSES):
            raise ApplyFailed(_environment(orig)) from None
        reason = _said(state) or _said(state[:2] + "000") or problem("sync.apply.not_valid")
        where = _where(orig)
        return problem("sync.apply.where", reason=reason, where=where) if where else reason
    if "NUL" in str(orig) and orig.__class__.__name__ == "DataError":  # psycopg refuses it before sending
        return problem("sync.apply.nul_character")
    if isinstance(exc, DBAPIError) and orig.__class__.__name__ == "OperationalError":
        raise ApplyFailed(_environment(orig)) from None
    reason = _driver_reason(orig) if isinstance(exc, DBAPIError) else None
    if reason:
        where = _where(orig)
        return problem("sync.apply.where", reason=reason, where=where) if where and "constraint failed" in str(
            orig) else reason
    if isinstance(orig, (TypeError, ValueError, KeyError, AttributeError)):
        return _said("22P02")
    if isinstance(orig, (OSError, MemoryError)):
        raise ApplyFailed(_environment(orig)) from None
    return problem("sync.apply.other", kind=orig.__class__.__name__)


def _environment(orig: BaseException) -> ProblemText:
    if isinstance(orig, OSError) and orig.strerror:
        return problem("sync.apply.os_error", error=orig.strerror)
    text = str(orig).lower()
    if "locked" in text or "busy" in text:
        return problem("sync.apply.busy")
    return problem("sync.apply.database_failed", kind=orig.__class__.__name__)
