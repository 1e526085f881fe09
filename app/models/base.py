"""The columns every shared record has, and the metadata naming convention (set before any table is declared, so the
first Alembic revision names every constraint and later batch migrations can drop them)."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationInfo, field_validator
from sqlalchemy import MetaData, String
from sqlmodel import Field, SQLModel

from app.models.validation import check_plain_text, is_long_text

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLModel.metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Enums are stored as their value strings (not SQL enums), so adding a value needs no table rebuild.
ENUM_TEXT = String(40)

# Owner of programme-wide reference data seeded identically at every site (countries, themes, stakeholder types).
PROGRAMME_OWNER = "*"

# Columns maintained by the services, never set by a caller's create/update.
SYSTEM_FIELDS = ("id", "owner_office", "created_at", "created_by", "updated_at", "updated_by", "deleted")


class SharedRecord(SQLModel):
    """A record that is synced between sites: UUID key, owning office, audit stamps and a tombstone flag."""

    id: str = Field(primary_key=True, max_length=36)
    owner_office: str = Field(index=True, max_length=32)
    created_at: str = Field(max_length=32)
    created_by: str = Field(max_length=120)
    updated_at: str = Field(max_length=32)
    updated_by: str = Field(max_length=120)
    deleted: bool = Field(default=False)

    @field_validator("*", mode="after")
    @classmethod
    def _plain_text(cls, value: Any, info: ValidationInfo) -> Any:
        """No bidi override or isolate, no control character (tab and newline only in long text), in any text of
        any record: every form, import and service write passes here, and incoming bundles run the same rules."""
        texts = [value] if isinstance(value, str) else [v for v in value if isinstance(v, str)] if isinstance(
            value, list) else []
        if texts:
            field = cls.model_fields[info.field_name]
            long_text = is_long_text(field)
            for text in texts:
                check_plain_text(text, field.title or info.field_name, long_text=long_text)
        return value
