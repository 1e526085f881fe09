"""The records that belong to one person, beyond their participant record: their enrolments, their fellowships and
each fellowship's objectives and follow-up contacts. Files attached to any of them (a signed attendance form, a
fellow's final report, a scanned letter) name the person as their own files do, and the fellowships' free text (the
final report's summary, notes, what the fellow does now) may name them too.

Used where a person may not be named at headquarters (``app/sync/consent.py``, ``app/sync/withheld_files.py``):
their files stay in the office and that free text does not travel; headquarters removes what it held of both; once
the person may be named again, both go with the next bundle."""

from __future__ import annotations

from typing import Any

import msgspec
from sqlalchemy import select, update

from app.models import Attachment, ChangeLog
from app.services.privacy.erasure import _scrub_bookkeeping, scrubbed
from app.services.store.entities import BY_NAME

# table -> the personal free text of a person's record in it (what the fellow wrote, or what was written about them)
TEXTS: dict[str, dict[str, Any]] = {"fellowship": {"report_summary": "", "notes": ""},
                                    "fellowship_objective": {"note": ""},
                                    "fellowship_contact": {"current_role": "", "note": ""}}
OWN = ("participant", "enrollment", "fellowship", "fellowship_objective", "fellowship_contact")
CHUNK = 500


def _table(name: str):
    return BY_NAME[name].table


def _chunks(ids) -> list[list[str]]:
    ids = sorted(ids)
    return [ids[start:start + CHUNK] for start in range(0, len(ids), CHUNK)]


def records_of(conn, people: set[str]) -> dict[str, dict[str, str]]:
    """table -> {record id -> participant id} for every record of ``people`` (deleted ones too), their participant
    records included."""
    out: dict[str, dict[str, str]] = {name: {} for name in OWN}
    out["participant"] = {p: p for p in people}
    for name in ("enrollment", "fellowship"):
        table = _table(name)
        for chunk in _chunks(people):
            out[name].update(conn.execute(select(table.c.id, table.c.participant_id).where(
                table.c.participant_id.in_(chunk))).all())
    for name in ("fellowship_objective", "fellowship_contact"):
        table, fellowships = _table(name), out["fellowship"]
        for chunk in _chunks(fellowships):
            out[name].update({i: fellowships[f] for i, f in conn.execute(select(table.c.id, table.c.fellowship_id)
                                                                         .where(table.c.fellowship_id.in_(chunk)))})
    return out


def owners(conn, refs: dict[str, set[str]]) -> dict[tuple[str, str], str]:
    """(table, record id) -> the participant it belongs to, for ``refs`` (table -> ids) among OWN's tables."""
    found: dict[tuple[str, str], str] = {("participant", i): i for i in refs.get("participant", ())}
    for name in ("enrollment", "fellowship"):
        table = _table(name)
        for chunk in _chunks(refs.get(name, ())):
            found.update({(name, i): p for i, p in conn.execute(select(table.c.id, table.c.participant_id).where(
                table.c.id.in_(chunk)))})
    parts = {name: refs.get(name, set()) for name in ("fellowship_objective", "fellowship_contact")}
    fellowship_of: dict[tuple[str, str], str] = {}
    for name, ids in parts.items():
        table = _table(name)
        for chunk in _chunks(ids):
            fellowship_of.update({(name, i): f for i, f in conn.execute(select(table.c.id, table.c.fellowship_id)
                                                                        .where(table.c.id.in_(chunk)))})
    if fellowship_of:
        table = _table("fellowship")
        fellows = {}
        for chunk in _chunks(set(fellowship_of.values())):
            fellows.update(dict(conn.execute(select(table.c.id, table.c.participant_id).where(
                table.c.id.in_(chunk))).all()))
        found.update({key: fellows[f] for key, f in fellowship_of.items() if f in fellows})
    return found


def owners_of_changes(conn, changes: list) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """For a bundle's changes: attachment id -> the participant whose record it is attached to, and (table, id) ->
    the participant, for the changes of their enrolments and fellowships (their parts included). A record created
    in the same changes is known from its change (``participant_id``, ``fellowship_id``) when the table does not
    hold it (yet)."""
    files = Attachment.__table__
    attached: dict[str, tuple[str, str]] = {}
    for chunk in _chunks({c.record_id for c in changes if c.table == "attachment"}):
        attached.update({i: (t, r) for i, t, r in conn.execute(select(files.c.id, files.c.record_table,
                                                                      files.c.record_id).where(
            files.c.id.in_(chunk), files.c.record_table.in_(OWN)))})
    refs: dict[str, set[str]] = {name: set() for name in OWN}
    for table, record_id in attached.values():
        refs[table].add(record_id)
    for c in changes:
        if c.table in OWN and c.table != "participant":
            refs[c.table].add(c.record_id)
    found = owners(conn, refs)
    for c in changes:  # created in these changes, in log order (a fellowship before its parts)
        key = (c.table, c.record_id)
        if key in found or c.table not in OWN:
            continue
        if c.new.get("participant_id"):
            found[key] = c.new["participant_id"]
        elif c.new.get("fellowship_id") and ("fellowship", c.new["fellowship_id"]) in found:
            found[key] = found[("fellowship", c.new["fellowship_id"])]
    files_of = {i: found[ref] for i, ref in attached.items() if ref in found}
    return files_of, {k: v for k, v in found.items() if k[0] != "participant"}


def without_texts(change):
    """A change of a withheld person's fellowship (or its parts) without the personal free text: it stays in the
    office (``TEXTS``)."""
    texts = TEXTS.get(change.table)
    if not texts or not (set(texts) & (set(change.new) | set(change.old))):
        return change
    return msgspec.structs.replace(change, new={k: v for k, v in change.new.items() if k not in texts},
                                   old={k: v for k, v in change.old.items() if k not in texts})


def texts_given(conn, people_changes: dict[str, Any]) -> list:
    """When ``people`` may be named again (``people_changes``: participant id -> the change that gave consent):
    for each of their fellowships and parts, a change carrying the personal free text as it is now, under the
    stamp of the change that gave consent (newer than what headquarters holds, which is empty or older; a later
    change of the text in the same bundle is newer still). Not written to this office's log: it restates what the
    log holds."""
    out = []
    mine = records_of(conn, set(people_changes))
    for name, texts in TEXTS.items():
        table = _table(name)
        for chunk in _chunks(mine[name]):
            for row in conn.execute(select(table.c.id, *(table.c[k] for k in texts)).where(
                    table.c.id.in_(chunk), table.c.deleted == False)).mappings():  # noqa: E712
                values = {k: row[k] for k in texts}
                if not any(values.values()):
                    continue
                given = people_changes[mine[name][row["id"]]]
                out.append(msgspec.structs.replace(given, table=name, record_id=row["id"], op="update",
                                                   new=values, old={}))
    return out


def attachments_of(conn, people: set[str]) -> list:
    """Rows (id, sha256) of every file attached to any record of ``people``."""
    files = Attachment.__table__
    found = []
    for name, ids in records_of(conn, people).items():
        for chunk in _chunks(ids):
            found += conn.execute(select(files.c.id, files.c.sha256).where(
                files.c.record_table == name, files.c.record_id.in_(chunk))).all()
    return found


def scrub_texts(conn, people: set[str]) -> set[str]:
    """At headquarters, inside the transaction that learns ``people`` may not be named there: their fellowships'
    personal free text goes from the tables, the change log, the sync bookkeeping and the search index. Returns
    the people of whom some was held."""
    mine = records_of(conn, people)
    log = ChangeLog.__table__
    touched: dict[str, list[str]] = {}
    for name, texts in TEXTS.items():
        table = _table(name)
        for chunk in _chunks(mine[name]):
            held = {i for i, *values in conn.execute(select(table.c.id, *(table.c[k] for k in texts)).where(
                table.c.id.in_(chunk))) if any(values)}
            held |= {r for r, new, old in conn.execute(select(log.c.record_id, log.c.new, log.c.old).where(
                log.c.table_name == name, log.c.record_id.in_(chunk)))
                if scrubbed(new or {}, texts) != (new or {}) or scrubbed(old or {}, texts) != (old or {})}
            touched.setdefault(name, []).extend(sorted(held))
    if not any(touched.values()):
        return set()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    for name, ids in touched.items():
        table = _table(name)
        for chunk in _chunks(ids):
            conn.execute(update(table).where(table.c.id.in_(chunk)).values(**TEXTS[name]))
            _drop_from_log(conn, log, name, chunk, set(TEXTS[name]))
        _scrub_bookkeeping(conn, {name: (ids, TEXTS[name])})
    if touched.get("fellowship") and conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO fellowship_fts(fellowship_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO fellowship_fts(fellowship_fts) VALUES ('optimize')")
    return {mine[name][i] for name, ids in touched.items() for i in ids}


def _drop_from_log(conn, log, name: str, ids: list[str], keys: set[str]) -> None:
    """The text's keys left out of every change of these records (a replay still gives the empty text, their
    default). Left out, not emptied: a correction headquarters made and had not sent yet goes to the office without
    the text, which the office keeps (emptied, it would empty the office's own)."""
    for seq, new, old in conn.execute(select(log.c.seq, log.c.new, log.c.old).where(
            log.c.table_name == name, log.c.record_id.in_(ids))).all():
        if keys & (set(new or {}) | set(old or {})):
            conn.execute(update(log).where(log.c.seq == seq).values(
                new={k: v for k, v in (new or {}).items() if k not in keys},
                old={k: v for k, v in (old or {}).items() if k not in keys}))
