"""What an erasure of a participant also scrubs outside their own record: the personal text of their fellowships
(the final report's summary and the notes; objectives' notes; what follow-up contacts say they do now, and their
notes) and the files attached to those fellowships (a final report is the fellow's own writing). Dates, cohort,
host, status and whether objectives were met stay, so the statistics stay true, as the person's sex and country do.

``app/services/privacy/erasure.py`` calls ``scrub`` inside the erasure's transaction; ``app/sync/erasures.py``'s
Scrubber calls ``PartsScrubber`` on changes arriving later."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from app.models import ChangeLog
from app.services.store.entities import BY_NAME

if TYPE_CHECKING:
    from sqlalchemy import Connection

# table -> the values its personal text gets
SCRUBBED = {"fellowship": {"report_summary": "", "notes": ""},
            "fellowship_objective": {"note": ""},
            "fellowship_contact": {"current_role": "", "note": ""}}
PARTS = ("fellowship_objective", "fellowship_contact")
COMPACTED = tuple(SCRUBBED)


def _table(name: str):
    return BY_NAME[name].table


def fellowships_of(conn: Connection, participant_ids: set[str] | list[str]) -> dict[str, list[str]]:
    """table -> ids of the fellowships (deleted ones too) of these people and of their parts."""
    if not participant_ids:
        return {name: [] for name in SCRUBBED}
    fellowships = _table("fellowship")
    ids = list(conn.execute(select(fellowships.c.id).where(
        fellowships.c.participant_id.in_(list(participant_ids)))).scalars())
    out = {"fellowship": ids}
    for part in PARTS:
        table = _table(part)
        out[part] = list(conn.execute(select(table.c.id).where(table.c.fellowship_id.in_(ids))).scalars()) \
            if ids else []
    return out


def scrub(conn: Connection, record_id: str, rewrite_log) -> tuple[dict[str, tuple[list[str], dict[str, Any]]], int]:
    """Inside the erasure's transaction: the tables, the change log (``rewrite_log(conn, log, table, ids, values)``
    is erasure.py's), and the search index. Returns what the sync bookkeeping must scrub and the log rows
    rewritten."""
    found = fellowships_of(conn, [record_id])
    rewritten = 0
    for name, ids in found.items():
        if not ids:
            continue
        table = _table(name)
        conn.execute(update(table).where(table.c.id.in_(ids)).values(**SCRUBBED[name]))
        rewritten += rewrite_log(conn, ChangeLog.__table__, name, ids, SCRUBBED[name])
    if found["fellowship"] and conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO fellowship_fts(fellowship_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO fellowship_fts(fellowship_fts) VALUES ('optimize')")
    return {name: (ids, SCRUBBED[name]) for name, ids in found.items()}, rewritten


class PartsScrubber:
    """For changes arriving after an erasure: a fellowship of an erased person (known, or arriving now) and its
    parts come in without their personal text."""

    def __init__(self, conn: Connection, erased: set[str]):
        found = fellowships_of(conn, erased)
        self.erased = erased
        self.ids = {name: set(ids) for name, ids in found.items()}

    def values_for(self, table: str, record_id: str, new: dict[str, Any]) -> dict[str, Any] | None:
        """The replacements for this change, or None when it is not about an erased person's fellowship."""
        if table == "fellowship":
            if record_id in self.ids["fellowship"] or new.get("participant_id") in self.erased:
                self.ids["fellowship"].add(record_id)
                return SCRUBBED[table]
        elif table in PARTS and (record_id in self.ids[table] or new.get("fellowship_id") in self.ids["fellowship"]):
            self.ids[table].add(record_id)
            return SCRUBBED[table]
        return None
