"""Applying a bundle's changes inside one transaction: per-field last-writer-wins by (clock stamp, site id), so every
site reaches the same state whatever order bundles arrive in; conflicts kept when both sides changed a field since
they last agreed; tombstones with "edit beats a concurrent delete"; children held until their parent arrives.

"Since they last agreed": the sender's manifest says how far into this site's change log it has applied. A local
change after that point, not made by the sender, is one the sender had not seen when it wrote its own.

Before any of that, each change passes the sender's rights (``app.sync.rights``) and the form's rules
(``app.sync.incoming``); one that does not is kept for review (``app.sync.review``) and the rest goes on.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy import delete, insert, select

from app.models.base import AUDIT_FIELDS
from app.models.local import ChangeLog
from app.models.sync import BundleRecord, HeldChange, SyncConflict, SyncLostChange
from app.services.store import incarnation
from app.services.store.changes import Writer
from app.services.store.entities import BY_NAME, ENTITIES, Entity
from app.services.store.values import row_from_wire, to_wire
from app.services.store.wire import Change
from app.sync import review
from app.sync.conflict_notices import known_losers
from app.sync.container import BundleRejected
from app.sync.held import waiting_for
from app.sync.incoming import check_origin_text, checked_values
from app.sync.redirect import Redirects, settle
from app.sync.rights import (
    Party,
    RecordName,
    Refused,
    check_new,
    check_origin,
    check_parent,
    check_shape,
    check_stored,
    parent_of,
)
from app.vocabulary.problems import problem

LOG = ChangeLog.__table__
CONFLICTS = SyncConflict.__table__
HELD = HeldChange.__table__
BUNDLES = BundleRecord.__table__
LOST = SyncLostChange.__table__
AUDIT = frozenset(AUDIT_FIELDS)
ORDER = {e.name: i for i, e in enumerate(ENTITIES)}
CHUNK = 500


@dataclass
class MergeCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0  # already had it, or an older value that lost
    conflicts: int = 0
    held: int = 0
    released: int = 0
    refused: int = 0
    refused_records: list[str] = field(default_factory=list)  # "participant <id> (not_owner, sent by GT-01)"
    warnings: list[str] = field(default_factory=list)

    @property
    def applied(self) -> int:
        return self.created + self.updated


def _defaults(entity: Entity) -> dict[str, Any]:
    values = {}
    for name, info in entity.model.model_fields.items():
        if info.default_factory is not None:
            values[name] = to_wire(info.default_factory())
        elif not info.is_required():
            values[name] = to_wire(info.default)
    return values


DEFAULTS = {e.name: _defaults(e) for e in ENTITIES}


class Merger:
    def __init__(self, w: Writer, *, sender: Party, acked_by_sender: int, bundle_id: str, bulk_sqlite: bool,
                 party_of: Callable[[str], Party | None] = lambda site: None, scrubber=None):
        """``party_of``: the trusted site with this id, if it still is (a held change is checked against the
        rights of the bundle it came in, which may be another sender's). ``scrubber``: removes from changes to
        erased records the values the erasure removed (app/sync/erasures.py), before anything else sees them."""
        self.w = w
        self.conn = w.conn
        self.sender = sender
        self.receiver = Party(w.site.site_id, w.site.office, w.site.is_hq)
        self._lineage = incarnation.lineage(w.conn)
        self.party_of = party_of
        self.sender_site = sender.site_id
        self.sender_office = sender.office
        self.acked = acked_by_sender
        self.bundle_id = bundle_id
        self.bulk_sqlite = bulk_sqlite
        self.counts = MergeCounts()
        self._scrub = scrubber.scrub if scrubber is not None else (lambda change: change)
        self._existing: dict[str, set[str]] = defaultdict(set)
        self._pending: dict[str, list[Change]] = defaultdict(list)
        self._created_here: dict[str, set[str]] = defaultdict(set)
        # (table, record id, stamp, site) of every change already applied here to a record the bundle touches
        self._applied: set[tuple[str, str, int, str]] = set()
        self._owners: dict[tuple[str, str], str | None] = {}  # (table, id) -> owner_office, None when absent
        self._senders: dict[tuple[str, str], Party] = {}  # who sent each pending create (released ones vary)
        self._first_received: dict[tuple[str, str, int, str], str] = {}
        self.redirects = Redirects()  # what arrived for merged participants, carried to their survivors at the end

    # ------------------------------------------------------------ entry
    def apply(self, changes: list[Change]) -> MergeCounts:
        if self.conn.dialect.name == "sqlite":
            self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        changes = [c for c in map(self._scrub, changes) if self._shaped(c, self.sender)]
        self._prefetch(changes)
        creates_in_bundle = {(c.table, c.record_id) for c in changes if c.op == "create"}
        for change in changes:
            self._one(change, creates_in_bundle, self.sender)
        self._flush()
        touched: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            touched[change.table].add(change.record_id)
        self._release_held(touched)
        settle(self.w, self.redirects)
        return self.counts

    def _shaped(self, change: Change, sender: Party, bundle_id: str | None = None) -> bool:
        try:
            check_shape(change)
        except Refused as refused:
            self._refuse(change, sender, refused, bundle_id=bundle_id)
            return False
        return True

    def _one(self, change: Change, creates_in_bundle: set[tuple[str, str]], sender: Party,
             bundle_id: str | None = None) -> None:
        entity = BY_NAME[change.table]
        stored = change.record_id in self._existing[change.table]
        if stored and (change.table, change.record_id, change.hlc, change.site) in self._applied:
            # Sent again (its acknowledgement had not reached the sender), or this site's own change echoed back:
            # the answer _merge_existing would give after reading the record and its log, without two queries.
            self.counts.unchanged += 1
            return
        try:
            if change.site == self.receiver.site_id:  # claims to be ours, yet our log does not have it
                if not incarnation.may_have_lost(self._lineage, change.hlc, change.site, self.receiver.site_id):
                    raise Refused("forged_origin", problem("sync.refused.not_made_here",
                                                           record=RecordName(entity.name, change.record_id)))
                # One of ours that a restore lost, sent back (app/services/store/incarnation.py): checked as our own.
                sender = self.receiver
            check_origin(entity, change, sender)
            check_origin_text(entity, change)
            if stored:
                missing = self._missing_parent(entity, change, creates_in_bundle)
                if missing:  # an edit pointing at a record not here yet waits for it, as a create does
                    self._hold(change, *missing, sender)
                    return
                self._flush()
                self._merge_existing(entity, change, sender)
                return
            if change.op != "create":
                self._hold(change, change.table, change.record_id, sender)  # rights checked when it is released
                return
            owner = check_new(entity, change, sender, self.receiver)
            change = msgspec.structs.replace(change, new=checked_values(entity, change, DEFAULTS[entity.name]))
            missing = self._missing_parent(entity, change, creates_in_bundle)
            if missing:
                self._hold(change, *missing, sender)
                return
            parent = parent_of(entity, change)
            if parent:
                check_parent(entity, change, owner, self._owner(*parent))
        except Refused as refused:
            self._refuse(change, sender, refused, creates_in_bundle, bundle_id)
            return
        self.w.clock.observe(change.hlc)  # any stamp written here from now on is newer than this change
        self._pending[change.table].append(change)
        self._existing[change.table].add(change.record_id)
        self._created_here[change.table].add(change.record_id)
        self._owners[(change.table, change.record_id)] = owner
        self._senders[(change.table, change.record_id)] = sender

    def _refuse(self, change: Change, sender: Party, refused: Refused, creates: set | None = None,
                bundle_id: str | None = None) -> None:
        """Kept for review, not applied; its children then wait for a parent that is not coming (held)."""
        review.keep(self.conn, bundle_id=bundle_id or self.bundle_id, sender=sender, change=change, refused=refused)
        if creates is not None and change.op == "create" and change.record_id not in self._existing[change.table]:
            creates.discard((change.table, change.record_id))
        self.counts.refused += 1
        self.counts.refused_records.append(f"{change.table[:40]} {change.record_id[:36]} ({refused.code}, sent by "
                                           f"{sender.office})")

    def _owner(self, table_name: str, record_id: str) -> str | None:
        key = (table_name, record_id)
        if key not in self._owners:
            table = BY_NAME[table_name].table
            self._owners[key] = self.conn.execute(select(table.c.owner_office).where(table.c.id == record_id)).scalar()
        return self._owners[key]

    # ------------------------------------------------------- lookups
    def _prefetch(self, changes: list[Change]) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            wanted[change.table].add(change.record_id)
            for column, target in BY_NAME[change.table].foreign_keys.items():
                value = change.new.get(column)
                if value and isinstance(value, str):  # anything else is refused with the change's values
                    wanted[target].add(value)
        for table_name, ids in wanted.items():
            self._existing[table_name] |= self._present(table_name, ids)
        changed_here: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            if change.record_id in self._existing[change.table]:
                changed_here[change.table].add(change.record_id)
        for table_name, ids in changed_here.items():
            ordered = sorted(ids)
            for start in range(0, len(ordered), CHUNK):
                rows = self.conn.execute(
                    select(LOG.c.record_id, LOG.c.hlc, LOG.c.site_id)
                    .where(LOG.c.table_name == table_name, LOG.c.record_id.in_(ordered[start : start + CHUNK])))
                self._applied.update((table_name, record_id, hlc, site) for record_id, hlc, site in rows)
                lost = self.conn.execute(
                    select(LOST.c.record_id, LOST.c.hlc, LOST.c.site_id)
                    .where(LOST.c.table_name == table_name, LOST.c.record_id.in_(ordered[start : start + CHUNK])))
                self._applied.update((table_name, record_id, hlc, site) for record_id, hlc, site in lost)

    def _present(self, table_name: str, ids: set[str]) -> set[str]:
        """Those of ``ids`` stored here; their owners are remembered for the rights check."""
        table = BY_NAME[table_name].table
        found: set[str] = set()
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            chunk = ordered[start : start + CHUNK]
            for record_id, owner in self.conn.execute(select(table.c.id, table.c.owner_office)
                                                      .where(table.c.id.in_(chunk))):
                found.add(record_id)
                self._owners[(table_name, record_id)] = owner
        return found

    def _missing_parent(self, entity: Entity, change: Change, creates: set[tuple[str, str]]) -> tuple[str, str] | None:
        for column, target in entity.foreign_keys.items():
            value = change.new.get(column)
            if value and isinstance(value, str) and value not in self._existing[target] and (
                    target, value) not in creates:
                return target, value
        return None

    # ----------------------------------------------------- new records
    def _flush(self) -> None:
        for table_name in sorted(self._pending, key=ORDER.__getitem__):
            batch = self._orphans_held(BY_NAME[table_name], self._pending[table_name])
            if batch:
                self._insert(BY_NAME[table_name], batch)
        self._pending.clear()

    def _orphans_held(self, entity: Entity, batch: list[Change]) -> list[Change]:
        """A new record whose parent, created in the same bundle, was then refused waits for it (held) instead of
        being inserted without it. Parents come first (ORDER), so a refused parent's whole line waits."""
        kept = []
        for change in batch:
            missing = next(((target, change.new[column]) for column, target in entity.foreign_keys.items()
                            if change.new.get(column) and change.new[column] not in self._existing[target]), None)
            if missing is None:
                kept.append(change)
                continue
            self._existing[entity.name].discard(change.record_id)
            self._created_here[entity.name].discard(change.record_id)
            self._owners.pop((entity.name, change.record_id), None)
            self._hold(change, *missing, self._senders.get((entity.name, change.record_id), self.sender))
        return kept

    def _insert(self, entity: Entity, batch: list[Change]) -> None:
        columns = entity.columns
        defaults = DEFAULTS[entity.name]
        rows = []
        for change in batch:
            values = {**defaults, **change.new, "id": change.record_id}
            missing = [c for c in columns if c not in values]
            if missing:
                raise BundleRejected(problem("bundle.creates_without", table=entity.name,
                                                     record=change.record_id, fields=", ".join(missing)))
            rows.append(values)
        if self.bulk_sqlite:
            encode = msgspec.json.encode
            json_columns = {c.name for c in entity.table.columns if c.type.__class__.__name__ == "JSON"}
            plain = [c for c in columns if c not in json_columns]
            order = plain + [c for c in columns if c in json_columns]
            sql = f"INSERT INTO {entity.name} ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})"
            self.conn.exec_driver_sql(sql, [
                tuple(r[c] for c in plain) + tuple(encode(r[c]).decode() if r[c] is not None else None
                                                  for c in order[len(plain):])
                for r in rows
            ])
        else:
            self.conn.execute(insert(entity.table), [row_from_wire(entity, r) for r in rows])
        for change in batch:
            self._log(change, change.new, {})
        self.counts.created += len(batch)

    # ------------------------------------------------ existing records
    def _field_state(self, entity: Entity, record_id: str) -> tuple[dict[str, tuple[int, str]], dict[str, bool], bool,
                                                                       set[tuple[int, str]]]:
        """Per field: the winning stamp, and whether that winning change is one the sender has not seen; whether any
        change to the record is unseen by the sender; and every stamp already applied here (a change sent again,
        because its acknowledgement has not reached the sender yet, is not news)."""
        stamps: dict[str, tuple[int, str]] = {}
        unseen: dict[str, bool] = {}
        applied: set[tuple[int, str]] = set()
        any_unseen = False
        self.w.flush()  # changes applied earlier in this bundle must count
        rows = self.conn.execute(
            select(LOG.c.seq, LOG.c.hlc, LOG.c.site_id, LOG.c.new)
            .where(LOG.c.table_name == entity.name, LOG.c.record_id == record_id)
        )
        for seq, hlc, site, new in rows:
            stamp = (hlc, site)
            applied.add(stamp)
            not_seen = seq > self.acked and site != self.sender_site
            touched_data = False
            for name in new or {}:
                if stamp > stamps.get(name, (0, "")):
                    stamps[name] = stamp
                    unseen[name] = not_seen
                if name not in AUDIT and name != "deleted":  # a delete or revive is not an edit of the record
                    touched_data = True
            if not_seen and touched_data:
                any_unseen = True
        lost = self.conn.execute(select(LOST.c.hlc, LOST.c.site_id)  # lost before: no news either
                                 .where(LOST.c.table_name == entity.name, LOST.c.record_id == record_id))
        applied.update((hlc, site) for hlc, site in lost)
        return stamps, unseen, any_unseen, applied

    def _merge_existing(self, entity: Entity, change: Change, sender: Party) -> None:
        table = entity.table
        local = self.conn.execute(select(table).where(table.c.id == change.record_id)).mappings().first()
        local = dict(local)
        stamps, unseen, any_unseen, already = self._field_state(entity, change.record_id)
        incoming = (change.hlc, change.site)
        if incoming in already:  # applied before: merging it again could only report conflicts already reported
            self.counts.unchanged += 1
            return
        local_wire = {k: to_wire(v) for k, v in local.items()}
        check_stored(entity, change, local_wire, sender, self.receiver)
        parent = parent_of(entity, change, local_wire)
        if parent:
            check_parent(entity, change, local["owner_office"], self._owner(*parent))
        change = msgspec.structs.replace(change, new=checked_values(entity, change, local_wire))
        self.w.clock.observe(change.hlc)  # any stamp written here from now on is newer than this change

        # A merge (a tombstone naming its survivor) is not a delete an edit could beat: the edit goes to the survivor.
        merging = bool(change.new.get("merged_into")) and not local.get("merged_into")
        if merging:
            self.redirects.carry(change.record_id, {n: local_wire[n] for n, fresh in unseen.items()
                                                    if fresh and n not in change.new})
        if change.new.get("deleted") is True and not local["deleted"] and any_unseen and not merging:
            # Edit beats a concurrent delete: keep the record, keep the delete as a conflict, and say "alive" with a
            # new stamp so the deleting site, which will count the delete as seen here, restores the record too.
            stamp = self._write_alive(entity, change.record_id, was_deleted=False, above=change.hlc)
            self._conflict(entity, change, "deleted", "delete_ignored", False, stamps.get("deleted"), True,
                           winner="local", winner_stamp=(stamp, self.w.site.site_id))
            self._remember_lost(change)
            self.counts.unchanged += 1
            return

        applied: dict[str, Any] = {}
        for name, value in change.new.items():
            current = stamps.get(name, (0, ""))
            if incoming == current:
                continue
            differs = local_wire.get(name) != value
            if incoming > current:
                if differs and unseen.get(name) and name not in AUDIT and name != "deleted":
                    self._conflict(entity, change, name, "field", local_wire.get(name), current, value,
                                   winner="remote", winner_stamp=incoming)
                applied[name] = value
            elif differs and unseen.get(name) and name not in AUDIT and name != "deleted":
                self._conflict(entity, change, name, "field", local_wire.get(name), current, value,
                               winner="local", winner_stamp=current)

        # Whether or not its fields win, an edit made without seeing our delete revives the record, so that both
        # sides end alive (the other side ignored our delete for the same reason).
        revive = (local["deleted"] and not local.get("merged_into") and unseen.get("deleted")
                  and change.new.get("deleted") is not True
                  and any(n not in AUDIT and n != "deleted" for n in change.new))
        if applied:
            old = {k: local_wire.get(k) for k in applied}
            self.conn.execute(table.update().where(table.c.id == change.record_id)
                              .values(**row_from_wire(entity, applied)))
            self._log(change, applied, old)
            self.counts.updated += 1
            if local.get("merged_into"):  # an edit of a merged record, made without seeing the merge
                self.redirects.carry(change.record_id, applied)
        else:
            self._remember_lost(change)
            self.counts.unchanged += 1
        if revive:
            stamp = self._write_alive(entity, change.record_id, was_deleted=True, above=change.hlc)
            self._conflict(entity, change, "deleted", "edit_revived", True, stamps.get("deleted"), False,
                           winner="remote", winner_stamp=(stamp, self.w.site.site_id))

    def _write_alive(self, entity: Entity, record_id: str, *, was_deleted: bool, above: int) -> int:
        """A local write of deleted=False with a new stamp (the decision travels like any edit), newer than the
        change that met the delete (``above``): an ignored delete is not logged here, and from a site whose clock is
        ahead of this one (within the tolerance) its stamp can be newer than this clock's, so the deleting site would
        keep its delete over an older "alive" and the sites would disagree (found by the convergence test)."""
        stamp = max(self.w.stamp_after(entity.name, record_id), above + 1)
        values = {"deleted": False, "updated_at": self.w.now_iso(), "updated_by": self.w.author}
        self.conn.execute(entity.table.update().where(entity.table.c.id == record_id).values(**values))
        self.w.log(entity.name, record_id, "update", values, {"deleted": was_deleted}, hlc=stamp)
        return stamp

    def _conflict(self, entity: Entity, change: Change, name: str, kind: str, local_value, local_stamp,
                  remote_value, *, winner: str, winner_stamp: tuple[int, str]) -> None:
        local_stamp = local_stamp or (0, "")
        loser = (change.hlc, change.site) if winner == "local" else local_stamp
        if kind == "edit_revived":  # the delete made here lost
            loser = local_stamp
        if tuple(loser) in known_losers(self.conn, entity.name, change.record_id, name):
            return  # the same losing value met again: one conflict, listed once
        self.conn.execute(insert(CONFLICTS).values(
            id=str(uuid.uuid4()), table_name=entity.name, record_id=change.record_id, field=name, kind=kind,
            local_value=local_value, local_hlc=local_stamp[0], local_site=local_stamp[1], remote_value=remote_value,
            remote_hlc=change.hlc, remote_site=change.site, remote_office=change.office, winner=winner,
            winner_hlc=winner_stamp[0], winner_site=winner_stamp[1], bundle_id=self.bundle_id,
            detected_at=self.w.now_iso(),
        ))
        self.counts.conflicts += 1

    def _remember_lost(self, change: Change) -> None:
        """Nothing of the change was written: remember it, so that when it comes again it is not news."""
        self.conn.execute(insert(LOST).values(
            table_name=change.table, record_id=change.record_id, hlc=change.hlc, site_id=change.site,
            new=dict(change.new), bundle_id=self.bundle_id, received_at=self.w.now_iso()))

    def _log(self, change: Change, new: dict[str, Any], old: dict[str, Any]) -> None:
        self.w.log(change.table, change.record_id, change.op, dict(new), old, hlc=change.hlc,
                   origin=(change.site, change.office, change.author, change.at), bundle_id=self.bundle_id)
        self.w.clock.observe(change.hlc)

    # ------------------------------------------------------------ held
    def _hold(self, change: Change, waiting_table: str, waiting_id: str, sender: Party) -> None:
        # A released change held again (now for another parent) keeps the time it first arrived: that is what
        # its expiry counts from.
        received = self._first_received.get((change.table, change.record_id, change.hlc, change.site),
                                            self.w.now_iso())
        self.conn.execute(insert(HELD).values(
            bundle_id=self.bundle_id, sender_site_id=sender.site_id, table_name=change.table,
            record_id=change.record_id, waiting_table=waiting_table, waiting_id=waiting_id,
            entry=msgspec.msgpack.encode(change), received_at=received))
        self.counts.held += 1

    def _release_held(self, touched: dict[str, set[str]]) -> None:
        """Apply held changes whose parent is one of the records just applied (repeatedly: a released parent can
        free its children). Only the held rows waiting for those records are read, by their index."""
        decoder = msgspec.msgpack.Decoder(Change)
        while touched:
            held = waiting_for(self.conn, touched)
            wanted: dict[str, set[str]] = defaultdict(set)
            for h in held:
                wanted[h["waiting_table"]].add(h["waiting_id"])
            present = {(t, i) for t, ids in wanted.items() for i in self._present(t, ids)}
            ready = [h for h in held if (h["waiting_table"], h["waiting_id"]) in present]
            if not ready:
                return
            self.conn.execute(delete(HELD).where(HELD.c.id.in_([h["id"] for h in ready])))
            # Each held change is judged with the rights of the site that sent it, which may not be this bundle's.
            batch = []
            for h in ready:
                change = self._scrub(decoder.decode(h["entry"]))
                sender = self.sender if h["sender_site_id"] == self.sender.site_id else self.party_of(
                    h["sender_site_id"])
                if sender is None:
                    office = self.conn.execute(select(BUNDLES.c.peer_office)
                                               .where(BUNDLES.c.bundle_id == h["bundle_id"])).scalar()
                    gone = Party(h["sender_site_id"], office or "?", False)
                    self._refuse(change, gone, Refused("untrusted_sender", problem(
                        "sync.refused.untrusted_sender", record=RecordName(change.table[:40], change.record_id))),
                                 bundle_id=h["bundle_id"])
                elif self._shaped(change, sender, h["bundle_id"]):
                    batch.append((change, sender, h["bundle_id"]))
            changes = [c for c, _s, _b in batch]
            self._first_received = {(c.table, c.record_id, c.hlc, c.site): h["received_at"]
                                    for c, h in zip((decoder.decode(h["entry"]) for h in ready), ready, strict=True)}
            touched = defaultdict(set)
            for change in changes:
                touched[change.table].add(change.record_id)
            self._existing.clear()
            self._prefetch(changes)
            creates = {(c.table, c.record_id) for c in changes if c.op == "create"}
            before, refused_before = self.counts.held, self.counts.refused
            for change, sender, bundle_id in batch:
                self._one(change, creates, sender, bundle_id)
            self._flush()
            held_again = self.counts.held - before
            self.counts.held = before
            self.counts.released += len(changes) - held_again - (self.counts.refused - refused_before)
            if held_again == len(ready):
                return

    def waiting(self) -> int:
        from sqlalchemy import func

        return int(self.conn.execute(select(func.count()).select_from(HELD)).scalar() or 0)
