"""Retention: headquarters' rules (``retention_rule``, sent to every office) for how long personal data is kept, and
the daily sweep that applies them.

- ``contact_details``: a participant's e-mail and phone are removed N months after their last activity (the last
  change to their record, which renewing their consent is, or the end of the last training they attended).
- ``erasure_records``: the record of an erasure (who, when, why) is removed N months after it; the pseudonymised
  participant stays. One that a site which must apply it (headquarters, and the office that owns the person) has
  not acknowledged yet is kept until it has: without the record, that site would never be sent the erasure.
- ``manual_backups``: backups made by hand older than N months are proposed for deletion (never deleted unasked).

The sweep writes through the services (the change log records every removal, so it travels like an edit) and
writes what it did to the access record. "Today" is the profile's wall clock (``fd.wall``), which tests move."""

from __future__ import annotations

import calendar
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, or_, select

from app.models import Enrollment, Erasure, ErasureAck, Participant, Training
from app.models.sync import SyncPeer
from app.services.privacy import access_log
from app.services.privacy.erasure import pseudonym
from app.services.profile.backup import list_backups
from app.services.store.local_settings import put_setting
from app.services.store.query import ListQuery
from app.sync.erasures import notices_for
from app.vocabulary.plurals import english_count

if TYPE_CHECKING:
    from app.services.core import FieldDesk

CONTACTS, ERASURES, BACKUPS = "contact_details", "erasure_records", "manual_backups"
SWEPT_KEY = "retention_swept_on"
UPCOMING_DAYS = 90  # how far ahead the effect of a setting looks


@dataclass(frozen=True)
class Setting:
    code: str
    name: str
    months: int
    enabled: bool


@dataclass
class Effect:
    """What a setting does today (``due``: ids, backup ids) and next (``next_date`` with ``next_count``)."""
    code: str
    months: int
    enabled: bool
    due: list[str] = field(default_factory=list)
    next_date: str | None = None
    next_count: int = 0
    kept: dict[str, list[str]] = field(default_factory=dict)  # past the period, kept: id -> offices yet to apply it

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "due": len(self.due), "kept": len(self.kept)}


@dataclass(frozen=True)
class KeptErasure:
    """An erasure record past its period, kept because ``waiting_for`` (office codes) have not acknowledged it."""
    erasure_id: str
    pseudonym: str
    erased_on: str
    waiting_for: list[str]


@dataclass
class SweepResult:
    on: str
    dry_run: bool
    contacts_removed: list[str] = field(default_factory=list)
    erasure_records_removed: int = 0
    backups_proposed: list[str] = field(default_factory=list)
    erasure_records_kept: list[KeptErasure] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"on": self.on, "dry_run": self.dry_run, "contact_details_removed": len(self.contacts_removed),
                "participants": self.contacts_removed, "erasure_records_removed": self.erasure_records_removed,
                "erasure_records_kept": [asdict(k) for k in self.erasure_records_kept],
                "backups_proposed_for_deletion": self.backups_proposed}


def today_of(fd: FieldDesk) -> date:
    return datetime.fromtimestamp(fd.wall.now_ms() / 1000, UTC).date()


def months_after(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def settings(fd: FieldDesk) -> dict[str, Setting]:
    rows = fd.retention_rules.matching_rows(ListQuery(sort=("sort_order", "code")),
                                            ["code", "name", "months", "enabled"])
    return {r["code"]: Setting(r["code"], r["name"], int(r["months"]), bool(r["enabled"])) for r in rows}


def _last_activity(fd: FieldDesk) -> dict[str, tuple[date, str]]:
    """Participants holding contact details that this site may change -> (last activity, owner office)."""
    p, e, t = Participant.__table__, Enrollment.__table__, Training.__table__
    last_training = (select(e.c.participant_id, func.max(t.c.end_date).label("ended"))
                     .join(t, t.c.id == e.c.training_id)
                     .where(e.c.deleted == False, t.c.deleted == False)  # noqa: E712
                     .group_by(e.c.participant_id).subquery())
    stmt = (select(p.c.id, p.c.updated_at, p.c.owner_office, last_training.c.ended)
            .outerjoin(last_training, last_training.c.participant_id == p.c.id)
            .where(p.c.deleted == False, or_(p.c.email != "", p.c.phone != "")))  # noqa: E712
    if not fd.site.is_hq:
        stmt = stmt.where(p.c.owner_office == fd.site.office)
    found = {}
    with fd.reading() as conn:
        for row in conn.execute(stmt):
            last = date.fromisoformat(str(row.updated_at)[:10])
            if row.ended is not None:
                ended = row.ended if isinstance(row.ended, date) else date.fromisoformat(str(row.ended)[:10])
                last = max(last, ended)
            found[row.id] = (last, row.owner_office)
    return found


def _dated(items: dict[str, date], months: int, today: date, effect: Effect) -> Effect:
    """Fill ``effect`` from the dates things were last used: due when ``months`` have passed; otherwise the first
    date ahead (within ``UPCOMING_DAYS``) and how many go then."""
    ahead: dict[date, int] = {}
    for key, last in items.items():
        goes = months_after(last, months)
        if goes <= today:
            effect.due.append(key)
        elif (goes - today).days <= UPCOMING_DAYS:
            ahead[goes] = ahead.get(goes, 0) + 1
    effect.due.sort()
    if ahead:
        first = min(ahead)
        effect.next_date, effect.next_count = first.isoformat(), ahead[first]
    return effect


def effects(fd: FieldDesk, today: date | None = None) -> dict[str, Effect]:
    """What each setting does today and next, without changing anything."""
    today = today or today_of(fd)
    found = {}
    for code, s in settings(fd).items():
        effect = Effect(code, s.months, s.enabled)
        if code == CONTACTS:
            items = {k: v[0] for k, v in _last_activity(fd).items()}
        elif code == ERASURES:
            table = Erasure.__table__
            with fd.reading() as conn:
                items = {r.id: date.fromisoformat(r.erased_at[:10])
                         for r in conn.execute(select(table.c.id, table.c.erased_at))}
        elif code == BACKUPS:
            items = {b.id: date.fromisoformat(b.created_at[:10]) for b in list_backups(fd.folder)
                     if not b.automatic} if fd.db.is_sqlite else {}
        else:
            continue
        found[code] = _dated(items, s.months, today, effect) if s.enabled else effect
        if code == ERASURES and effect.due:
            effect.kept = waiting_acknowledgement(fd, effect.due)
            effect.due = [e for e in effect.due if e not in effect.kept]
    return found


def waiting_acknowledgement(fd: FieldDesk, erasure_ids: list[str]) -> dict[str, list[str]]:
    """Those of ``erasure_ids`` that a trusted site which must apply them has not acknowledged -> its office codes."""
    wanted = set(erasure_ids)
    waiting: dict[str, list[str]] = {}
    with fd.reading() as conn:
        peers = conn.execute(select(SyncPeer.__table__).order_by(SyncPeer.__table__.c.office_code)).mappings().all()
        for peer in peers:
            for notice in notices_for(conn, peer["site_id"], peer["office_code"], peer["role"] == "hq"):
                if notice.id in wanted:
                    waiting.setdefault(notice.id, []).append(peer["office_code"])
    return waiting


def _kept(fd: FieldDesk, kept: dict[str, list[str]]) -> list[KeptErasure]:
    table = Erasure.__table__
    with fd.reading() as conn:
        rows = conn.execute(select(table.c.id, table.c.record_id, table.c.erased_at)
                            .where(table.c.id.in_(sorted(kept) or [""])).order_by(table.c.erased_at)).all()
    return [KeptErasure(r.id, pseudonym(r.record_id), r.erased_at[:10], kept[r.id]) for r in rows]


def sweep(fd: FieldDesk, *, dry_run: bool = False, today: date | None = None) -> SweepResult:
    """Apply every setting in use: contacts removed and erasure records dropped in one write transaction, with one
    line in the access record; old manual backups are named, never deleted here."""
    today = today or today_of(fd)
    found = effects(fd, today)
    result = SweepResult(today.isoformat(), dry_run)
    contacts, erasures, backups = (found.get(c) for c in (CONTACTS, ERASURES, BACKUPS))
    result.contacts_removed = list(contacts.due) if contacts else []
    result.erasure_records_removed = len(erasures.due) if erasures else 0
    result.backups_proposed = list(backups.due) if backups else []
    result.erasure_records_kept = _kept(fd, erasures.kept) if erasures and erasures.kept else []
    if dry_run:
        return result
    with fd.writing() as w:
        for record_id in result.contacts_removed:
            fd.participants.update(record_id, {"email": "", "phone": "", "consent_contact": False})
        if result.erasure_records_removed:
            gone = erasures.due
            w.conn.execute(delete(ErasureAck.__table__).where(ErasureAck.__table__.c.erasure_id.in_(gone)))
            w.conn.execute(delete(Erasure.__table__).where(Erasure.__table__.c.id.in_(gone)))
        _put(w.conn, SWEPT_KEY, today.isoformat())
        if result.contacts_removed or result.erasure_records_removed or result.backups_proposed:
            access_log.record(fd, "retention", _summary(result), people=len(result.contacts_removed),
                              target="retention sweep", writer=w)
    return result


def _put(conn, key: str, value: str) -> None:
    put_setting(conn, key, value)


def _summary(result: SweepResult) -> str:
    return (f"Retention sweep: contact details removed for "
            f"{english_count(len(result.contacts_removed), 'participant', 'participants')}, "
            f"{english_count(result.erasure_records_removed, 'erasure record', 'erasure records')} removed, "
            f"{english_count(len(result.backups_proposed), 'manual backup', 'manual backups')} proposed for deletion")


def sweep_if_due(fd: FieldDesk) -> SweepResult | None:
    """Once a day (the profile's day): at opening, on the GUI's worker and from the command line."""
    today = today_of(fd)
    if fd.setting(SWEPT_KEY) == today.isoformat():
        return None
    return sweep(fd, today=today)
