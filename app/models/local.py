"""Tables that stay on this site: the change log, the hybrid logical clock, and attachment contents kept in the
database. Local settings (the site's identity) are in ``local_setting.py``: opening a profile reads them first,
and needs none of these.

The change log is the ground truth for sync: every write through the services adds one row per changed record, in the
same transaction, with the changed fields' new and old values and the clock stamp that orders them at every site.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Index, LargeBinary
from sqlmodel import JSON, Column, Field, SQLModel

from app.models.base import NAMING_CONVENTION  # noqa: F401 - the metadata with its naming convention first


class ChangeLog(SQLModel, table=True):
    __tablename__ = "change_log"
    __table_args__ = (Index("ix_change_log_record", "table_name", "record_id"),)

    seq: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    op: str = Field(max_length=10)  # create | update | delete
    hlc: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    site_id: str = Field(max_length=36)  # the site where the change was made
    office: str = Field(max_length=32)  # that site's office code
    author: str = Field(max_length=120)
    at: str = Field(max_length=32)  # wall-clock time of the change at its origin (ISO 8601, UTC)
    new: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    old: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    bundle_id: str | None = Field(default=None, max_length=36, index=True)  # set when applied from a bundle
    # At headquarters: "<user's public key>.<signature>", the certified user's own signature over who made the
    # change and what it set (app/sync/attribution.py), so an office records each change under the user who made it
    attestation: str | None = Field(default=None, max_length=200)


class ClockState(SQLModel, table=True):
    """The last hybrid logical clock value issued or received here (one row)."""

    __tablename__ = "clock_state"

    id: int = Field(default=1, primary_key=True)
    hlc: int = Field(sa_column=Column(BigInteger, nullable=False))


class AttachmentBlob(SQLModel, table=True):
    """Attachment contents kept in the database (a shared PostgreSQL server at headquarters); a laptop's profile keeps
    them as files instead. ``name``: the keyed hash of the content's SHA-256
    (app/services/profile/attachment_names.py)."""

    __tablename__ = "attachment_blob"

    name: str = Field(primary_key=True, max_length=64)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
