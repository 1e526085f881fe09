"""Errors the services raise. Each carries a message written for the person using FieldDesk, not for a developer."""

from __future__ import annotations

import os
import re
from pathlib import Path

from app.models.validation import FieldProblem, ValidationFailed


class FieldDeskError(Exception):
    """Base of every error a user may see; ``str(error)`` is the message to show."""


class NotFound(FieldDeskError):
    pass


class NotAllowed(FieldDeskError):
    """The write is not permitted here (another office's record, headquarters' reference data, a deleted parent)."""


class ProfileError(FieldDeskError):
    """The profile is missing, already exists, is damaged, or was written by a newer FieldDesk."""


class ProfileTooNew(ProfileError):
    pass


class DatabaseUnreachable(FieldDeskError):
    """The PostgreSQL server cannot be reached, or refuses the connection."""


# A file written under a temporary name first (``.NAME.tmp-PID``; a database copy ``NAME.db.partial`` or
# ``NAME.db.restoring``) and renamed when complete: messages name the file the person asked for, never the temporary
# one.
_TEMPORARY_NAME = re.compile(r"^\.(?P<name>.+)\.tmp-\d+$|^(?P<plain>.+\.db)\.(?:partial|restoring)$")


def file_in_error(error: OSError) -> str | None:
    """The file an ``OSError`` is about, as the person knows it (the final name of a file written atomically)."""
    if not error.filename:
        return None
    path = Path(os.fsdecode(error.filename))
    match = _TEMPORARY_NAME.match(path.name)
    if match:
        path = path.with_name(match.group("name") or match.group("plain"))
    return str(path)


__all__ = [
    "DatabaseUnreachable",
    "FieldDeskError",
    "FieldProblem",
    "NotAllowed",
    "NotFound",
    "ProfileError",
    "ProfileTooNew",
    "ValidationFailed",
    "file_in_error",
]


def message_of(error: BaseException) -> str:
    """The message ``error`` was raised with. A problem (``app.vocabulary.problems.ProblemText``) keeps its code and
    parameters, so the screen can say it in its own language; ``str(error)`` would leave plain English."""
    first = error.args[0] if len(error.args) == 1 else None
    return first if isinstance(first, str) else str(error)
