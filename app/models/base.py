"""The columns every shared record has, and the metadata naming convention (set before any table is declared, so the
first Alembic revision names every constraint and later batch migrations can drop them)."""

from __future__ import annotations

from typing import Any, get_args

from pydantic import model_validator
from sqlalchemy import MetaData, String
from sqlmodel import Field, SQLModel

from app.models.validation import describe_character, forbidden_character, is_long_text
from app.vocabulary.problems import ProblemError

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

# The bookkeeping fields every shared record carries, maintained by the services and never set by a caller's
# create/update: the one list (validation, history, sync's rights and merge each take the group they need).
CREATION_FIELDS = ("owner_office", "created_at", "created_by")  # set once by the create; nobody changes them afterwards
AUDIT_FIELDS = ("updated_at", "updated_by")  # stamped by every change
SYSTEM_FIELDS = ("id", *CREATION_FIELDS, *AUDIT_FIELDS, "deleted")
AUTHOR_FIELDS = ("created_by", "updated_by")  # who wrote it (a root-signed bundle's author replaces what it says)


class SharedRecord(SQLModel):
    """A record that is synced between sites: UUID key, owning office, audit stamps and a tombstone flag."""

    id: str = Field(primary_key=True, max_length=36)
    owner_office: str = Field(index=True, max_length=32)
    created_at: str = Field(max_length=32)
    created_by: str = Field(max_length=120)
    updated_at: str = Field(max_length=32)
    updated_by: str = Field(max_length=120)
    deleted: bool = Field(default=False)

    @model_validator(mode="after")
    def _plain_text(self):
        """No bidi override or isolate, no control character (tab and newline only in long text), in any text of
        any record: every form, import and service write passes here, and incoming bundles run the same rules.
        One pass over the record's text (a few microseconds: bundles bring 100,000 records)."""
        short, long = _text_fields(type(self))
        values = self.__dict__
        if not forbidden_character("".join(_texts(values, short))) and not forbidden_character(
                "".join(_texts(values, long)), long_text=True):
            return self
        fields = type(self).model_fields
        for names, long_text in ((short, False), (long, True)):
            for name in names:
                for text in _texts(values, (name,)):
                    char = forbidden_character(text, long_text=long_text)
                    if char is not None:
                        raise ProblemError(name, "forbidden_character", title=fields[name].title or name,
                                           char=describe_character(char))
        return self


def text_problem(model: type, name: str, value: Any) -> str | None:
    """What ``_plain_text`` says of one field's value alone (a form checking the field being typed in)."""
    short, long = _text_fields(model)
    if name not in short and name not in long:
        return None
    for text in _texts({name: value}, (name,)):
        char = forbidden_character(text, long_text=name in long)
        if char is not None:
            error = ProblemError(name, "forbidden_character", title=model.model_fields[name].title or name,
                                 char=describe_character(char))
            return error.problems[0][1]
    return None


_TEXT_FIELDS: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {}


def _text_fields(model: type) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(single-line, long) text fields of ``model``: those holding str or lists of str."""
    found = _TEXT_FIELDS.get(model)
    if found is None:
        short, long = [], []
        for name, info in model.model_fields.items():
            if _holds_text(info.annotation):
                (long if is_long_text(info) else short).append(name)
        found = _TEXT_FIELDS[model] = (tuple(short), tuple(long))
    return found


def _holds_text(annotation: Any) -> bool:
    """str, str | None, list[str]: any annotation with str in it."""
    if isinstance(annotation, type) and issubclass(annotation, str):
        return True
    return any(_holds_text(arg) for arg in get_args(annotation))


def _texts(values: dict[str, Any], names: tuple[str, ...]) -> list[str]:
    out = []
    for name in names:
        value = values.get(name)
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, list):
            out += [v for v in value if isinstance(v, str)]
    return out
