"""Small read queries a user interface needs beyond the record services: the reference choices for pickers, the
names of referenced records, list rows with those names filled in, a training's enrollment sheet, and checking an
unsaved draft so a form can mark what is wrong before anything is written. No Qt here."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any

from app.models.validation import ValidationFailed
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.services.store.validate import validated_row

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# Small tables a picker lists in full; their names are translated where they are shown.
REFERENCE_TABLES = ("country", "thematic_area", "stakeholder_type", "office", "region")

# Suffix of the key that carries a referenced record's name in ``list_rows``.
NAME_SUFFIX = ":name"


@dataclass(frozen=True)
class Choice:
    id: str
    code: str
    name: str
    country_id: str | None = None  # an office's country
    names: dict[str, str] | None = None  # the lists headquarters extends: names in the other languages
    retired: bool = False  # still names the records that use it, no longer offered for new ones


def reference_choices(fd: FieldDesk) -> dict[str, list[Choice]]:
    """Every live record of the reference tables, retired entries too, in their own order (countries by name,
    themes by their order)."""
    out: dict[str, list[Choice]] = {}
    for table in REFERENCE_TABLES:
        columns = {"office": ["code", "name", "country_id"], "country": ["code", "name"],
                   "region": ["code", "name"]}.get(table, ["code", "name", "names", "retired"])
        rows = fd.service(table).matching_rows(ListQuery(), columns)
        out[table] = [Choice(r["id"], r["code"], r["name"], r.get("country_id"), r.get("names"),
                             bool(r.get("retired"))) for r in rows]
    return out


def display_names(fd: FieldDesk, table: str, ids: Iterable[str | None]) -> dict[str, str]:
    """id -> the name people know the record by (deleted records too, so old links still read well)."""
    wanted = sorted({i for i in ids if i})
    if not wanted:
        return {}
    entity = BY_NAME[table]
    column = entity.display
    return {r["id"]: _text(r.get(column)) for r in fd.service(table).rows(wanted, [column])}


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# Columns a list may show that are computed, not stored: (table, key) -> "module:function(fd, rows)", which fills
# ``row[key]`` in each row
COMPUTED_COLUMNS = {("institution", "accreditation"): "app.services.programme.institutions:fill_accreditation",
                    ("action_plan", "overdue"): "app.services.programme.action_plans:fill_overdue"}


def list_rows(fd: FieldDesk, table: str, ids: Sequence[str], columns: Sequence[str]) -> list[dict[str, Any]]:
    """``rows(ids, columns)`` plus, for each column that refers to a record outside the reference tables, that
    record's name under ``column + NAME_SUFFIX`` (reference names are translated by the interface instead)."""
    entity = BY_NAME[table]
    computed = [c for c in columns if (table, c) in COMPUTED_COLUMNS]
    rows = fd.service(table).rows(ids, [c for c in columns if c not in computed])
    for column in computed:  # a value no table holds (an institution's current accreditation, overdue actions)
        module, function = COMPUTED_COLUMNS[(table, column)].split(":")
        getattr(import_module(module), function)(fd, rows)
    for column in columns:
        target = entity.foreign_keys.get(column)
        if not target or target in REFERENCE_TABLES:
            continue
        names = display_names(fd, target, (r.get(column) for r in rows))
        for row in rows:
            row[column + NAME_SUFFIX] = names.get(row.get(column) or "", "")
    return rows


def search_choices(fd: FieldDesk, table: str, text: str, *, limit: int = 20,
                   filters: dict[str, Any] | None = None) -> list[tuple[str, str]]:
    """(id, name) of live records matching ``text`` (full text, last word a prefix), for search-as-you-type pickers."""
    query = ListQuery(filters=dict(filters or {}), limit=limit)
    if text.strip():
        query = query.with_(search=text)
    ids = fd.service(table).ids(query)
    names = display_names(fd, table, ids)
    return [(i, names.get(i, "")) for i in ids]


# What tells two records of the same name apart in a picker's suggestions (a person's organisation).
CHOICE_DETAILS = {"participant": "organisation"}


def search_choices_detailed(fd: FieldDesk, table: str, text: str, *, limit: int = 20,
                            filters: dict[str, Any] | None = None) -> list[tuple[str, str, str]]:
    """(id, name, detail) of the records ``search_choices`` finds: the detail tells apart two people of one name."""
    found = search_choices(fd, table, text, limit=limit, filters=filters)
    if table == "fellowship":  # a cohort's fellows are told apart by their names
        rows = fd.fellowships.rows([i for i, _n in found], ["participant_id"])
        names = display_names(fd, "participant", [r["participant_id"] for r in rows])
        fellows = {r["id"]: names.get(r["participant_id"], "") for r in rows}
        return [(i, name, fellows.get(i, "")) for i, name in found]
    column = CHOICE_DETAILS.get(table)
    if column is None:
        return [(i, name, "") for i, name in found]
    details = {r["id"]: r[column] or "" for r in fd.service(table).rows([i for i, _n in found], [column])}
    return [(i, name, details.get(i, "")) for i, name in found]


def children(fd: FieldDesk, table: str, parent_column: str, parent_id: str,
             columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The live child records of one parent, in the child table's default order, names of references filled in."""
    service = fd.service(table)
    ids = service.ids(ListQuery(filters={parent_column: parent_id}))
    return list_rows(fd, table, ids, columns or service.entity.columns)


def enrollment_sheet(fd: FieldDesk, training_id: str) -> list[dict[str, Any]]:
    """A training's enrollments with each participant's name, sex and organisation, by name."""
    enrolled = children(fd, "enrollment", "training_id", training_id)
    people = {r["id"]: r for r in fd.participants.rows([e["participant_id"] for e in enrolled],
                                                        ["full_name", "sex", "organisation"])}
    for row in enrolled:
        person = people.get(row["participant_id"], {})
        row["full_name"] = person.get("full_name", "")
        row["sex"] = person.get("sex", "")
        row["organisation"] = person.get("organisation", "")
    enrolled.sort(key=lambda r: (r["full_name"].casefold(), r["id"]))
    return enrolled


def activities_of(fd: FieldDesk, participant_id: str) -> list[dict[str, Any]]:
    """The activities a participant is enrolled in, latest first, with title, dates and the enrollment's scores."""
    enrolled = fd.enrollments.rows(fd.enrollments.ids(ListQuery(filters={"participant_id": participant_id})))
    trainings = {r["id"]: r for r in fd.trainings.rows([e["training_id"] for e in enrolled],
                                                       ["title", "start_date", "end_date", "deleted"])}
    out = []
    for row in enrolled:
        training = trainings.get(row["training_id"])
        if training is None or training["deleted"]:
            continue
        out.append({**row, "title": training["title"], "start_date": training["start_date"],
                    "end_date": training["end_date"]})
    out.sort(key=lambda r: (r["start_date"], r["title"]), reverse=True)
    return out


def draft_problems(table: str, data: dict[str, Any]) -> dict[str, str]:
    """What is wrong with an unsaved record, by field ("" for the record as a whole); empty when it would pass the
    checks that need no database (references and uniqueness are checked when it is saved)."""
    entity = BY_NAME[table]
    try:
        validated_row(entity, without_missing(table, data))
    except ValidationFailed as failed:
        return failed.by_field()
    return {}


def without_missing(table: str, data: dict[str, Any]) -> dict[str, Any]:
    """``data`` without the ``None`` of required fields, so validation says "X is required" rather than naming a
    type, and a create leaves optional fields to their defaults."""
    fields = BY_NAME[table].model.model_fields
    return {k: v for k, v in data.items() if v is not None or (k in fields and not fields[k].is_required())}
