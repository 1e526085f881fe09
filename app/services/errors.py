"""Errors the services raise. Each carries a message written for the person using FieldDesk, not for a developer."""

from __future__ import annotations

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


__all__ = [
    "FieldDeskError",
    "FieldProblem",
    "NotAllowed",
    "NotFound",
    "ProfileError",
    "ProfileTooNew",
    "ValidationFailed",
]
