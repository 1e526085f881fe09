"""A record's history, read from the change log: who changed which field from what to what, when, where."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.base import AUDIT_FIELDS, CREATION_FIELDS
from app.models.local import ChangeLog
from app.services.store.entities import BY_NAME
from app.services.store.lookups import REFERENCE_TABLES

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
NOT_SHOWN = frozenset((*CREATION_FIELDS, *AUDIT_FIELDS))  # bookkeeping, not a change anyone made


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    seq: int
    at: str
    author: str
    office: str
    op: str
    changes: list[FieldChange]
    from_bundle: str | None


# Parts whose changes show in their parent's history, their fields named ``<part table>.<column>``: the checks
# after a project's exit are the project's own story (its tab lists only the checks as they are now).
# A project's grants are its own story too, with their tranches and reports (parts of a grant: found through it).
HISTORY_PARTS = {"project": ("sustainability_check", "board_decision", "grant_award", "grant_tranche", "grant_report"),
                 # the Board of Trustees: a session's members, a recommendation's adoption at a session
                 "board_session": ("board_member",), "recommendation": ("board_adoption",),
                 "fellowship": ("fellowship_objective", "fellowship_contact"),
                 "review": ("review_member", "review_interview", "review_finding"),
                 "institution": ("institution_accreditation", "institution_concern", "institution_office"),
                 "action_plan": ("plan_action",)}  # a national action plan's actions (schema 0025)


# Links kept as plain ids (no foreign key), named in a history as a reference is: a record's national institution
PLAIN_LINKS = {"institution_id": "institution"}


def record_history(fd: FieldDesk, table: str, record_id: str) -> list[HistoryEntry]:
    wanted = LOG.c.table_name == table
    which = LOG.c.record_id == record_id
    parts: dict[str, str] = {}  # a part's id -> its table
    with fd.reading() as conn:
        for part in HISTORY_PARTS.get(table, ()):
            part_table = BY_NAME[part].table
            column, parent = BY_NAME[part].parent
            owners = [record_id] if parent == table else [i for i, t in parts.items() if t == parent]
            parts.update({pid: part for pid in conn.execute(
                select(part_table.c.id).where(part_table.c[column].in_(owners))).scalars()})
    if parts:
        from sqlalchemy import and_, or_

        condition = or_(and_(wanted, which), and_(LOG.c.table_name.in_(set(parts.values())),
                                                  LOG.c.record_id.in_(list(parts))))
    else:
        condition = wanted & which
    stmt = select(LOG).where(condition).order_by(LOG.c.hlc, LOG.c.site_id, LOG.c.seq)
    entries = []
    with fd.reading() as conn:
        for row in conn.execute(stmt).mappings():
            new, old = row["new"] or {}, row["old"] or {}
            prefix = "" if row["table_name"] == table else f"{row['table_name']}."
            changes = [
                FieldChange(prefix + name, old.get(name), value)
                for name, value in sorted(new.items())
                if name not in NOT_SHOWN and not (prefix and name == BY_NAME[row["table_name"]].parent[0])
                and not (row["op"] == "update" and name in old and _same(old[name], value))
            ]
            if not changes and row["op"] == "update" and any(n not in NOT_SHOWN for n in new):
                continue  # it changed nothing: a consent set to what it was (an office's pseudonym setting toggled)
            entries.append(HistoryEntry(row["seq"], row["at"], row["author"], row["office"], row["op"], changes,
                                        row["bundle_id"]))
    return entries


def _same(old: Any, new: Any) -> bool:
    """A value written over itself (or an empty text over an absent one): no change to show."""
    return old == new or (old in (None, "") and new in (None, ""))


def referenced_names(fd: FieldDesk, entries: list[HistoryEntry]) -> dict[str, str]:
    """id -> name of the records the parts' fields in ``entries`` point at (the session a Board adoption or decision
    names), so a history shows "Forty-first session" rather than an id. Reference data (countries, themes, offices)
    is named by the screen itself."""
    wanted: dict[str, set[str]] = {}
    for entry in entries:
        for change in entry.changes:
            if "." not in change.field:
                if change.field in PLAIN_LINKS:  # a link with no foreign key, named like a part's reference
                    wanted.setdefault(PLAIN_LINKS[change.field], set()).update(
                        v for v in (change.old, change.new) if isinstance(v, str))
                continue
            part, column = change.field.split(".", 1)
            target = BY_NAME[part].foreign_keys.get(column) if part in BY_NAME else None
            if target in BY_NAME and target not in REFERENCE_TABLES:
                wanted.setdefault(target, set()).update(v for v in (change.old, change.new) if isinstance(v, str))
    names: dict[str, str] = {}
    for target, ids in wanted.items():
        display = BY_NAME[target].display
        names.update({row["id"]: str(row[display]) for row in fd.service(target).rows(sorted(ids), [display])})
    return names
