"""Applying a bundle's changes inside one transaction: per-field last-writer-wins by (clock stamp, site id), so every
site reaches the same state whatever order bundles arrive in; conflicts kept when both sides changed a field since
they last agreed; tombstones with "edit beats a concurrent delete"; children held until their parent arrives.

"Since they last agreed": the sender's manifest says how far into this site's change log it has applied. A local
change after that point, not made by the sender, is one the sender had not seen when it wrote its own.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import msgspec
from sqlalchemy import delete, insert, select

from app.models.local import ChangeLog
from app.models.sync import HeldChange, SyncConflict
from app.services.changes import Writer
from app.services.clock import now_iso
from app.services.entities import BY_NAME, ENTITIES, Entity
from app.services.values import to_wire
from app.sync.container import BundleRejected
from app.sync.wire import Change

LOG = ChangeLog.__table__
CONFLICTS = SyncConflict.__table__
HELD = HeldChange.__table__
AUDIT = {"updated_at", "updated_by"}
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
    def __init__(self, w: Writer, *, sender_site: str, sender_office: str, acked_by_sender: int, bundle_id: str,
                 bulk_sqlite: bool):
        self.w = w
        self.conn = w.conn
        self.sender_site = sender_site
        self.sender_office = sender_office
        self.acked = acked_by_sender
        self.bundle_id = bundle_id
        self.bulk_sqlite = bulk_sqlite
        self.counts = MergeCounts()
        self._existing: dict[str, set[str]] = defaultdict(set)
        self._pending: dict[str, list[Change]] = defaultdict(list)
        self._created_here: dict[str, set[str]] = defaultdict(set)
        # (table, record id, stamp, site) of every change already applied here to a record the bundle touches
        self._applied: set[tuple[str, str, int, str]] = set()
        self._first_received: dict[tuple[str, str, int, str], str] = {}

    # ------------------------------------------------------------ entry
    def apply(self, changes: list[Change]) -> MergeCounts:
        if self.conn.dialect.name == "sqlite":
            self.conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
        for change in changes:
            if change.table not in BY_NAME:
                raise BundleRejected(f"The bundle changes an unknown kind of record '{change.table}'.")
            unknown = set(change.new) - set(BY_NAME[change.table].columns)
            if unknown or "id" in change.new:
                raise BundleRejected(f"The bundle sets unknown fields of {change.table}: {', '.join(sorted(unknown))}.")
        self._prefetch(changes)
        creates_in_bundle = {(c.table, c.record_id) for c in changes if c.op == "create"}
        for change in changes:
            self._one(change, creates_in_bundle)
        self._flush()
        touched: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            touched[change.table].add(change.record_id)
        self._release_held(touched)
        return self.counts

    def _one(self, change: Change, creates_in_bundle: set[tuple[str, str]]) -> None:
        entity = BY_NAME[change.table]
        self.w.clock.observe(change.hlc)  # any stamp written here from now on is newer than this change
        if change.record_id in self._existing[change.table]:
            if (change.table, change.record_id, change.hlc, change.site) in self._applied:
                # Sent again (its acknowledgement had not reached the sender): the answer _merge_existing would
                # give after reading the record and its log, without those two queries per record.
                self.counts.unchanged += 1
                return
            self._flush()
            self._merge_existing(entity, change)
            return
        if change.op != "create":
            self._hold(change, change.table, change.record_id)
            return
        missing = self._missing_parent(entity, change, creates_in_bundle)
        if missing:
            self._hold(change, *missing)
            return
        self._pending[change.table].append(change)
        self._existing[change.table].add(change.record_id)
        self._created_here[change.table].add(change.record_id)

    # ------------------------------------------------------- lookups
    def _prefetch(self, changes: list[Change]) -> None:
        wanted: dict[str, set[str]] = defaultdict(set)
        for change in changes:
            wanted[change.table].add(change.record_id)
            for column, target in BY_NAME[change.table].foreign_keys.items():
                value = change.new.get(column)
                if value:
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

    def _present(self, table_name: str, ids: set[str]) -> set[str]:
        table = BY_NAME[table_name].table
        found: set[str] = set()
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            found.update(self.conn.execute(select(table.c.id).where(table.c.id.in_(ordered[start : start + CHUNK])))
                         .scalars())
        return found

    def _missing_parent(self, entity: Entity, change: Change, creates: set[tuple[str, str]]) -> tuple[str, str] | None:
        for column, target in entity.foreign_keys.items():
            value = change.new.get(column)
            if value and value not in self._existing[target] and (target, value) not in creates:
                return target, value
        return None

    # ----------------------------------------------------- new records
    def _flush(self) -> None:
        for table_name in sorted(self._pending, key=ORDER.__getitem__):
            batch = self._pending[table_name]
            if batch:
                self._insert(BY_NAME[table_name], batch)
        self._pending.clear()

    def _insert(self, entity: Entity, batch: list[Change]) -> None:
        columns = entity.columns
        defaults = DEFAULTS[entity.name]
        rows = []
        for change in batch:
            values = {**defaults, **change.new, "id": change.record_id}
            missing = [c for c in columns if c not in values]
            if missing:
                raise BundleRejected(f"The bundle creates {entity.label.lower()} {change.record_id} without "
                                     f"{', '.join(missing)}.")
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
            from app.services.values import row_from_wire

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
        return stamps, unseen, any_unseen, applied

    def _merge_existing(self, entity: Entity, change: Change) -> None:
        table = entity.table
        local = self.conn.execute(select(table).where(table.c.id == change.record_id)).mappings().first()
        local = dict(local)
        stamps, unseen, any_unseen, already = self._field_state(entity, change.record_id)
        incoming = (change.hlc, change.site)
        if incoming in already:  # applied before: merging it again could only report conflicts already reported
            self.counts.unchanged += 1
            return
        local_wire = {k: to_wire(v) for k, v in local.items()}

        if change.new.get("deleted") is True and not local["deleted"] and any_unseen:
            # Edit beats a concurrent delete: keep the record, keep the delete as a conflict, and say "alive" with a
            # new stamp so the deleting site, which will count the delete as seen here, restores the record too.
            stamp = self._write_alive(entity, change.record_id, was_deleted=False)
            self._conflict(entity, change, "deleted", "delete_ignored", False, stamps.get("deleted"), True,
                           winner="local", winner_stamp=(stamp, self.w.site.site_id))
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
        revive = (local["deleted"] and unseen.get("deleted") and change.new.get("deleted") is not True
                  and any(n not in AUDIT and n != "deleted" for n in change.new))
        if applied:
            old = {k: local_wire.get(k) for k in applied}
            from app.services.values import row_from_wire

            self.conn.execute(table.update().where(table.c.id == change.record_id)
                              .values(**row_from_wire(entity, applied)))
            self._log(change, applied, old)
            self.counts.updated += 1
        else:
            self.counts.unchanged += 1
        if revive:
            stamp = self._write_alive(entity, change.record_id, was_deleted=True)
            self._conflict(entity, change, "deleted", "edit_revived", True, stamps.get("deleted"), False,
                           winner="remote", winner_stamp=(stamp, self.w.site.site_id))

    def _write_alive(self, entity: Entity, record_id: str, *, was_deleted: bool) -> int:
        """A local write of deleted=False with a new stamp (the decision travels like any edit)."""
        stamp = self.w.stamp()
        values = {"deleted": False, "updated_at": now_iso(), "updated_by": self.w.author}
        self.conn.execute(entity.table.update().where(entity.table.c.id == record_id).values(**values))
        self.w.log(entity.name, record_id, "update", values, {"deleted": was_deleted}, hlc=stamp)
        return stamp

    def _conflict(self, entity: Entity, change: Change, name: str, kind: str, local_value, local_stamp,
                  remote_value, *, winner: str, winner_stamp: tuple[int, str]) -> None:
        local_stamp = local_stamp or (0, "")
        self.conn.execute(insert(CONFLICTS).values(
            id=str(uuid.uuid4()), table_name=entity.name, record_id=change.record_id, field=name, kind=kind,
            local_value=local_value, local_hlc=local_stamp[0], local_site=local_stamp[1], remote_value=remote_value,
            remote_hlc=change.hlc, remote_site=change.site, remote_office=change.office, winner=winner,
            winner_hlc=winner_stamp[0], winner_site=winner_stamp[1], bundle_id=self.bundle_id, detected_at=now_iso(),
        ))
        self.counts.conflicts += 1

    def _log(self, change: Change, new: dict[str, Any], old: dict[str, Any]) -> None:
        self.w.log(change.table, change.record_id, change.op, dict(new), old, hlc=change.hlc,
                   origin=(change.site, change.office, change.author, change.at), bundle_id=self.bundle_id)
        self.w.clock.observe(change.hlc)

    # ------------------------------------------------------------ held
    def _hold(self, change: Change, waiting_table: str, waiting_id: str) -> None:
        # A released change held again (now for another parent) keeps the time it first arrived: that is what
        # its expiry counts from.
        received = self._first_received.get((change.table, change.record_id, change.hlc, change.site), now_iso())
        self.conn.execute(insert(HELD).values(
            bundle_id=self.bundle_id, sender_site_id=self.sender_site, table_name=change.table,
            record_id=change.record_id, waiting_table=waiting_table, waiting_id=waiting_id,
            entry=msgspec.msgpack.encode(change), received_at=received))
        self.counts.held += 1

    def _release_held(self, touched: dict[str, set[str]]) -> None:
        """Apply held changes whose parent is one of the records just applied (repeatedly: a released parent can
        free its children). Only the held rows waiting for those records are read, by their index."""
        from app.sync.held import waiting_for

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
            changes = [decoder.decode(h["entry"]) for h in ready]
            self._first_received = {(c.table, c.record_id, c.hlc, c.site): h["received_at"]
                                    for c, h in zip(changes, ready, strict=True)}
            touched = defaultdict(set)
            for change in changes:
                touched[change.table].add(change.record_id)
            self._existing.clear()
            self._prefetch(changes)
            creates = {(c.table, c.record_id) for c in changes if c.op == "create"}
            before = self.counts.held
            for change in changes:
                self._one(change, creates)
            self._flush()
            held_again = self.counts.held - before
            self.counts.held = before
            self.counts.released += len(changes) - held_again
            if held_again == len(changes):
                return

    def waiting(self) -> int:
        from sqlalchemy import func

        return int(self.conn.execute(select(func.count()).select_from(HELD)).scalar() or 0)
