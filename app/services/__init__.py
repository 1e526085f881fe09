"""The one Qt-free API over a profile: records, queries, statistics, import and export.

The names below are loaded on first use (PEP 562), so that importing a small module of this package (the profile
summary the window's title needs, the vault) does not pull in SQLAlchemy and every model: the window can show before
the data stack has loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_WHERE = {
    "FieldDesk": "app.services.core",
    "FieldDeskError": "app.services.errors",
    "NotAllowed": "app.services.errors",
    "NotFound": "app.services.errors",
    "ProfileError": "app.services.errors",
    "ProfileTooNew": "app.services.errors",
    "ValidationFailed": "app.services.errors",
    "ListQuery": "app.services.store.query",
    "ResultPage": "app.services.store.query",
}

__all__ = ["FieldDesk", "FieldDeskError", "ListQuery", "NotAllowed", "NotFound", "ProfileError", "ProfileTooNew",
           "ResultPage", "ValidationFailed"]


def __getattr__(name: str):
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'app.services' has no attribute {name!r}")


if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.errors import FieldDeskError, NotAllowed, NotFound, ProfileError, ProfileTooNew, ValidationFailed
    from app.services.store.query import ListQuery, ResultPage
