"""Headquarters' reference lists behind a recommendation's mechanism: the treaty bodies, the cycles of the Universal
Periodic Review, the targets of the Sustainable Development Goals and the groups of persons a recommendation
concerns. Seeded identically at every site with ids from their codes (``app/services/store/seed.py``)."""

from __future__ import annotations

from sqlmodel import JSON, Field

from app.models.base import SharedRecord
from app.models.list_entry import Code, Names


class TreatyBody(SharedRecord, table=True):
    __tablename__ = "treaty_body"

    code: Code = Field(min_length=1, max_length=16, unique=True, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")
    names: Names = Field(default_factory=dict, sa_type=JSON, nullable=False, title="Names")
    retired: bool = Field(default=False, title="Retired")


class UprCycle(SharedRecord, table=True):
    __tablename__ = "upr_cycle"

    code: Code = Field(min_length=1, max_length=16, unique=True, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")
    names: Names = Field(default_factory=dict, sa_type=JSON, nullable=False, title="Names")
    retired: bool = Field(default=False, title="Retired")


class SdgTarget(SharedRecord, table=True):
    """One of the 169 targets of the 17 Sustainable Development Goals ("16.3"), with its English short title."""

    __tablename__ = "sdg_target"

    code: str = Field(min_length=3, max_length=8, unique=True, title="Target")
    goal: int = Field(ge=1, le=17, title="Goal")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")


class AffectedGroup(SharedRecord, table=True):
    __tablename__ = "affected_group"

    code: Code = Field(min_length=1, max_length=40, unique=True, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")
    names: Names = Field(default_factory=dict, sa_type=JSON, nullable=False, title="Names")
    retired: bool = Field(default=False, title="Retired")
