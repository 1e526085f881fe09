"""This site's identity and local state, never synced: read first when a profile opens, so in a module of its own
(declaring a table costs a few milliseconds; the change log's are declared on the first write)."""

from __future__ import annotations

from typing import Any

from sqlmodel import JSON, Column, Field, SQLModel

from app.models.base import NAMING_CONVENTION  # noqa: F401 - the metadata with its naming convention first


class LocalSetting(SQLModel, table=True):
    """This site's identity and local state (site id, office code, role...), never synced or exported."""

    __tablename__ = "local_setting"

    key: str = Field(primary_key=True, max_length=64)
    value: Any = Field(default=None, sa_column=Column(JSON))
