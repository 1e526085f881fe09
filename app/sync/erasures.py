"""Erasures travel in bundles as their own kind of change (the manifest's ``erasures``), not as field values: a
field value would lose to an offline edit stamped later, and the person's name would come back.

- Export: every erasure of a record the recipient holds (an office holds its own records; headquarters all of
  them) that the recipient has not acknowledged, and the ids of every such erasure held here (``erasures_held``:
  the acknowledgement the other way).
- Import: each new erasure is checked (only the owning office or headquarters may erase a record), recorded and
  applied before the bundle's changes (``app.services.privacy.erasure.scrub_record``); then every change to an
  erased record, in this bundle or arriving later (held or not), is scrubbed before it is merged (``Scrubber``), so
  the values it carries never reach a table, the change log, or the bookkeeping. Every site does the same, so they
  converge.
- ``sync status`` names, per peer, the erasures it has not acknowledged yet.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import delete, insert, select

from app.models import Participant
from app.services.privacy import erasure as service
from app.sync.container import ErasureNotice
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk
    from app.services.store.wire import Change
    from app.sync.rights import Party

MAX_HELD = 5000  # acknowledgements in one manifest: erasures are rare, and older ones were acknowledged long ago


def _tables():
    # imported here: start-up: the first screen (dashboard) does not load models.privacy
    from app.models import Erasure, ErasureAck

    return Erasure.__table__, ErasureAck.__table__


def _in_scope(table, peer_office: str, peer_is_hq: bool):
    return True if peer_is_hq else table.c.owner_office == peer_office


def notices_for(conn: Connection, peer_site: str, peer_office: str, peer_is_hq: bool) -> list[ErasureNotice]:
    erasures, acks = _tables()
    acked = select(acks.c.erasure_id).where(acks.c.peer_site_id == peer_site)
    rows = conn.execute(select(erasures).where(_in_scope(erasures, peer_office, peer_is_hq),
                                               erasures.c.id.not_in(acked)).order_by(erasures.c.erased_at))
    return [ErasureNotice(r.id, r.table_name, r.record_id, r.owner_office, r.erased_at, r.erased_site,
                          r.erased_office) for r in rows]


def held_for(conn: Connection, peer_office: str, peer_is_hq: bool) -> list[str]:
    erasures, _acks = _tables()
    return list(conn.execute(select(erasures.c.id).where(_in_scope(erasures, peer_office, peer_is_hq))
                             .order_by(erasures.c.erased_at.desc()).limit(MAX_HELD)).scalars())


def unacknowledged(conn: Connection, peer_site: str, peer_office: str, peer_is_hq: bool) -> int:
    return len(notices_for(conn, peer_site, peer_office, peer_is_hq))


def check_manifest(notices: list[ErasureNotice], held: list[str]) -> str | None:
    """What is wrong with a manifest's erasures (the code of the problem ``bundle.<code>``), or None."""
    if len(notices) > 100_000 or len(held) > 100_000:
        return "too_many_erasures"
    for n in notices:  # the lengths of the columns that keep them
        if (max(len(n.id), len(n.record_id), len(n.site)) > 36 or max(len(n.owner_office), len(n.office)) > 32
                or len(n.table) > 40 or len(n.erased_at) > 32):
            return "erasure_ids_too_long"
    if any(len(i) > 36 for i in held):
        return "erasure_ack_too_long"
    return None


def _ack(conn: Connection, erasure_id: str, peer_site: str, now: str) -> None:
    _erasures, acks = _tables()
    known = conn.execute(select(acks.c.erasure_id).where(acks.c.erasure_id == erasure_id,
                                                        acks.c.peer_site_id == peer_site)).first()
    if known is None:
        conn.execute(insert(acks).values(erasure_id=erasure_id, peer_site_id=peer_site, acked_at=now))


def record_acks(conn: Connection, ids: list[str], peer_site: str, peer_office: str, peer_is_hq: bool,
                now: str) -> None:
    """The erasures a peer says it holds (every one of the records it holds, newest first, up to MAX_HELD). One it
    had acknowledged and no longer lists was lost there (it restored a backup made before it): the next bundle
    sends it again."""
    erasures, acks = _tables()
    held = set(ids)
    if len(ids) < MAX_HELD:
        acked = set(conn.execute(select(acks.c.erasure_id).where(
            acks.c.peer_site_id == peer_site,
            acks.c.erasure_id.in_(select(erasures.c.id).where(_in_scope(erasures, peer_office, peer_is_hq))))
        ).scalars())
        forgotten = acked - held
        if forgotten:
            conn.execute(delete(acks).where(acks.c.peer_site_id == peer_site, acks.c.erasure_id.in_(forgotten)))
    if not held:
        return
    known = set(conn.execute(select(erasures.c.id)).scalars()) & held
    for erasure_id in sorted(known):
        _ack(conn, erasure_id, peer_site, now)


def _refusal(fd: FieldDesk, conn: Connection, notice: ErasureNotice, sender: Party) -> str | None:
    if notice.table != service.ERASABLE:
        return problem("bundle.warn_erasure_not_participant", office=sender.office, table=notice.table[:40])
    if sender.is_hq:
        if notice.owner_office != fd.site.office:
            return problem("bundle.warn_erasure_not_ours", office=sender.office, owner=notice.owner_office[:32])
    elif notice.owner_office != sender.office:
        return problem("bundle.warn_erasure_not_allowed", office=sender.office, owner=notice.owner_office[:32])
    table = Participant.__table__
    stored = conn.execute(select(table.c.owner_office).where(table.c.id == notice.record_id)).scalar()
    if stored is not None and stored != notice.owner_office:
        return problem("bundle.warn_erasure_wrong_owner", office=sender.office, owner=notice.owner_office[:32],
                       stored=stored)
    return None


def apply_notices(fd: FieldDesk, w, notices: list[ErasureNotice], sender: Party, warnings: list[str],
                  files: list) -> int:
    """Record and apply the erasures new here (inside the bundle's transaction); returns how many. Files to remove
    once the transaction commits are appended to ``files``."""
    # imported here: start-up: the first screen (dashboard) does not load services.privacy.access_log
    from app.services.privacy import access_log

    erasures, _acks = _tables()
    applied = 0
    for notice in notices:
        refused = _refusal(fd, w.conn, notice, sender)
        if refused:
            warnings.append(refused)
            continue
        now = w.now_iso()
        if service.erasure_of(w.conn, notice.record_id) is None:
            w.conn.execute(insert(erasures).values(
                id=notice.id, table_name=notice.table, record_id=notice.record_id, owner_office=notice.owner_office,
                erased_at=notice.erased_at, erased_by="", erased_office=notice.office, erased_site=notice.site,
                reason="", received_from=sender.site_id, received_at=now))
            files += service.scrub_record(fd, w.conn, notice.record_id).files
            access_log.record(fd, "erasure", f"Erasure received from {sender.office}", people=1,
                              target=notice.record_id, writer=w)
            applied += 1
        elif w.conn.execute(select(erasures.c.id).where(erasures.c.id == notice.id)).first() is None:
            # Erased at two sites before either heard of the other: the same values, one record of it here. The
            # sender's id is remembered as held by it, so it is not sent back (once: the sender may send it again
            # before this site's acknowledgement reaches it).
            w.conn.execute(insert(erasures).values(
                id=notice.id, table_name=notice.table, record_id=notice.record_id, owner_office=notice.owner_office,
                erased_at=notice.erased_at, erased_by="", erased_office=notice.office, erased_site=notice.site,
                reason="", received_from=sender.site_id, received_at=now))
        _ack(w.conn, notice.id, sender.site_id, now)
    return applied


class Scrubber:
    """Replaces, in changes to erased records, the values an erasure removed (before a change is merged, held or
    kept for review). Attachments of erased people are scrubbed too, and their contents are not stored."""

    def __init__(self, conn: Connection):

        self.erased = service.erased_ids(conn)
        self.attachments: set[str] = set()
        self.dropped_contents: set[str] = set()
        self.kept_contents: set[str] = set()
        self.parts = None
        self.records: set[tuple[str, str]] = set()  # (table, id) of the erased people's records
        if self.erased:
            # imported here: start-up: the first screen (dashboard) does not load services.privacy.erasure_parts
            from app.services.privacy.erasure_parts import PartsScrubber

            self.parts = PartsScrubber(conn, self.erased)  # their fellowships' personal text
            # imported here: start-up: the first screen (dashboard) does not load services.privacy.person_records
            from app.services.privacy.person_records import attachments_of, records_of

            self.attachments = {row.id for row in attachments_of(conn, self.erased)}
            self.records = {(name, i) for name, ids in records_of(conn, self.erased).items() for i in ids}

    def learn(self, changes: list[Change]) -> None:
        """The erased people's records created (or moved to them) in these changes, in whatever order they come: an
        enrolment made offline by a site that had not heard of the erasure, a fellowship and its parts, so that a
        file attached to one of them, in these changes or held and released later, is scrubbed too."""
        if not self.erased:
            return
        # imported here: start-up: the first screen (dashboard) does not load services.privacy.erasure_parts
        from app.services.privacy.erasure_parts import PARTS

        learned = True
        while learned:  # a part may come before its fellowship
            learned = False
            for change in changes:
                key, new = (change.table, change.record_id), change.new or {}
                if key in self.records:
                    continue
                if (change.table in ("enrollment", "fellowship") and new.get("participant_id") in self.erased) or (
                        change.table in PARTS and ("fellowship", new.get("fellowship_id")) in self.records):
                    self.records.add(key)
                    if change.table != "enrollment":
                        self.parts.ids[change.table].add(change.record_id)
                    learned = True

    def scrub(self, change: Change) -> Change:
        if change.table == service.ERASABLE and change.record_id in self.erased:
            values = service.erased_values(change.record_id)
            return msgspec.structs.replace(change, new=service.scrubbed(change.new, values),
                                           old=service.scrubbed(change.old, values))
        if self.parts is not None:
            values = self.parts.values_for(change.table, change.record_id, change.new or {})
            if values is not None:
                return msgspec.structs.replace(change, new=service.scrubbed(change.new, values),
                                               old=service.scrubbed(change.old, values))
        if change.table == "attachment":
            sha = change.new.get("sha256")
            new_of_erased = (change.new.get("record_table") == service.ERASABLE
                             and change.new.get("record_id") in self.erased)
            new_of_fellowship = (self.parts is not None and change.new.get("record_table") == "fellowship"
                                 and change.new.get("record_id") in self.parts.ids["fellowship"])
            new_of_theirs = (change.new.get("record_table"), change.new.get("record_id")) in self.records
            if new_of_erased or new_of_fellowship or new_of_theirs or change.record_id in self.attachments:
                self.attachments.add(change.record_id)
                if isinstance(sha, str):
                    self.dropped_contents.add(sha)
                return msgspec.structs.replace(change, new=service.scrubbed(change.new, service.ATTACHMENT_VALUES),
                                               old=service.scrubbed(change.old, service.ATTACHMENT_VALUES))
            if isinstance(sha, str):
                self.kept_contents.add(sha)
        return change

    def keeps_content(self, sha: str) -> bool:
        return sha not in self.dropped_contents or sha in self.kept_contents


def erased_attachment_ids(conn: Connection) -> set[str]:
    return Scrubber(conn).attachments
