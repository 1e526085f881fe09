"""The one Qt-free API over a profile: records, queries, statistics, import and export."""

from app.services.core import FieldDesk
from app.services.errors import FieldDeskError, NotAllowed, NotFound, ProfileError, ProfileTooNew, ValidationFailed
from app.services.query import ListQuery, Page

__all__ = [
    "FieldDesk",
    "FieldDeskError",
    "ListQuery",
    "NotAllowed",
    "NotFound",
    "Page",
    "ProfileError",
    "ProfileTooNew",
    "ValidationFailed",
]
