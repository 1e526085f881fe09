"""Privacy bookkeeping, local to each site: the erasures of people's personal data (made here or received in a
bundle), which peers have acknowledged each one, and the access record (who printed or exported whose data). None of
these tables ever holds the personal data itself."""

from __future__ import annotations

from sqlmodel import Field, SQLModel

from app.models.base import NAMING_CONVENTION  # noqa: F401 - the metadata with its naming convention first


class Erasure(SQLModel, table=True):
    """A person's personal data was erased: who, when, why (the reason is kept where it was given and never sent),
    never the values. Received erasures name the site they came from."""

    __tablename__ = "erasure"

    id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36, index=True)
    owner_office: str = Field(max_length=32)
    erased_at: str = Field(max_length=32)
    erased_by: str = Field(max_length=120)
    erased_office: str = Field(max_length=32)  # the office where it was made
    erased_site: str = Field(max_length=36)
    reason: str = Field(default="", max_length=500)
    received_from: str | None = Field(default=None, max_length=36)  # None when made here
    received_at: str | None = Field(default=None, max_length=32)


class ErasureAck(SQLModel, table=True):
    """A peer holds the erasure (it sent it, or its bundle acknowledged it)."""

    __tablename__ = "erasure_ack"

    erasure_id: str = Field(primary_key=True, max_length=36)
    peer_site_id: str = Field(primary_key=True, max_length=36)
    acked_at: str = Field(max_length=32)


class AccessEvent(SQLModel, table=True):
    """One report, spreadsheet, bundle export, subject-access report or erasure made here: who, when, what and for
    how many people. Never the data itself (no names: a subject-access report names its participant by id)."""

    __tablename__ = "access_record"

    id: int | None = Field(default=None, primary_key=True)
    at: str = Field(max_length=32, index=True)
    author: str = Field(max_length=120)
    kind: str = Field(max_length=30, index=True)  # report | spreadsheet | bundle | subject_access | erasure
    what: str = Field(max_length=300)
    people: int = Field(default=0)
    target: str = Field(default="", max_length=300)  # a file name, an office code, a record id
