"""Recording changes: every write transaction goes through a ``Writer``, which stamps changes with the hybrid
logical clock and adds their change-log rows to the same transaction.

Nothing commits a record without its change-log row: the rows are flushed just before the transaction commits, and a
failure anywhere rolls both back (together with the clock, which lives in the same database).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.services.store.clock import SYSTEM, HybridClock, WallClock, stamp_to_iso


def _tables():
    """The change log and the clock, declared on the first write (opening a profile to read needs neither)."""
    # imported here: start-up: the first screen (participants) does not load models.local
    from app.models import ChangeLog, ClockState

    return ChangeLog.__table__, ClockState.__table__


@dataclass(frozen=True)
class SiteIdentity:
    site_id: str
    office: str
    role: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


class Writer:
    def __init__(self, conn: Connection, site: SiteIdentity, author: str, wall: WallClock | None = None, *,
                 rehearsal: bool = False, attest: Callable[[dict[str, Any]], str] | None = None):
        """``rehearsal``: a transaction that will be rolled back (a bundle's dry run). It takes no lock on the clock
        row and never writes it, so people writing meanwhile do not wait for it. ``attest``: at headquarters, the
        certified user's signature over a change made here (app/sync/attribution.py), kept with its log row."""
        self.conn = conn
        self.wall = wall or SYSTEM
        self.site = site
        self.author = author
        self.rehearsal = rehearsal
        self.attest = attest
        self._change_log, self._clock_table = _tables()
        clock = self._clock_table
        stmt = select(clock.c.hlc).where(clock.c.id == 1)
        if conn.dialect.name != "sqlite" and not rehearsal:
            # Several headquarters users share one server: taking the clock row for the whole transaction puts
            # writes in one order, so change-log numbers are committed in the order they are given (an export
            # never skips a number that commits later) and the clock never goes backwards.
            stmt = stmt.with_for_update()
        last = conn.execute(stmt).scalar()
        self._clock_row_exists = last is not None
        self.clock = HybridClock(last or 0, self.wall.now_ms)
        self._start_clock = self.clock.last
        self._rows: list[dict[str, Any]] = []
        self._record_top: dict[tuple[str, str], int] = {}  # the highest stamp each record written here now holds
        self._log_top: int | None = None  # the newest stamp in the change log when first needed
        self._logged_top = 0  # the newest stamp logged in this transaction
        self.touched_tables: set[str] = set()
        # What a service tells the rules about the write it is making (a status change's date and note), for the
        # length of this transaction.
        self.hints: dict[Any, Any] = {}

    def stamp(self) -> int:
        return self.clock.tick()

    def now_iso(self) -> str:
        return self.wall.iso()

    def stamp_after(self, table: str, record_id: str) -> int:
        """A stamp for a local write to a record: from the clock, or just above the record's newest stamp when that
        one is further ahead (a remote stamp beyond the clock's ceiling does not move the clock, yet an edit made
        after seeing it must win over it here and everywhere). The clock itself is not moved past its ceiling."""
        from sqlalchemy import func

        stamp = self.clock.tick()
        log = self._change_log
        if self._log_top is None:  # one indexed read per transaction: almost always no stamp is ahead of the clock
            self._log_top = self.conn.execute(select(func.max(log.c.hlc))).scalar() or 0
        if max(self._log_top, self._logged_top) < stamp:
            return stamp
        key = (table, record_id)
        top = self._record_top.get(key)
        if top is None:
            top = self.conn.execute(select(func.max(log.c.hlc))
                                    .where(log.c.table_name == table, log.c.record_id == record_id)).scalar() or 0
            buffered = [r["hlc"] for r in self._rows if r["table_name"] == table and r["record_id"] == record_id]
            top = max([top, *buffered])
        if top >= stamp:
            stamp = top + 1
        self._record_top[key] = stamp
        return stamp

    def note_stamp(self, table: str, record_id: str, hlc: int) -> None:
        """A change logged with a remote stamp: later local writes to the record in this transaction must exceed it."""
        key = (table, record_id)
        if key in self._record_top and hlc > self._record_top[key]:
            self._record_top[key] = hlc

    def log(
        self,
        table: str,
        record_id: str,
        op: str,
        new: dict[str, Any],
        old: dict[str, Any] | None = None,
        *,
        hlc: int,
        origin: tuple[str, str, str, str] | None = None,  # (site_id, office, author, at) of a change made elsewhere
        bundle_id: str | None = None,
    ) -> None:
        if origin is None:
            site_id, office, author, at = self.site.site_id, self.site.office, self.author, stamp_to_iso(hlc)
        else:
            site_id, office, author, at = origin
        row = {
            "table_name": table,
            "record_id": record_id,
            "op": op,
            "hlc": hlc,
            "site_id": site_id,
            "office": office,
            "author": author,
            "at": at,
            "new": new,
            "old": old or {},
            "bundle_id": bundle_id,
            "attestation": None,
        }
        if origin is None and self.attest is not None:
            row["attestation"] = self.attest(row)
        self._rows.append(row)
        self.touched_tables.add(table)
        self.note_stamp(table, record_id, hlc)
        if hlc > self._logged_top:
            self._logged_top = hlc

    def _flush_raw(self) -> None:
        """Bulk writes (bundle imports, imports, demo data) skip SQLAlchemy's per-row parameter processing: the JSON
        columns are encoded once with msgspec, and the rows go to the driver's executemany."""
        import msgspec

        encode = msgspec.json.encode
        self.conn.exec_driver_sql(
            "INSERT INTO change_log (table_name, record_id, op, hlc, site_id, office, author, at, new, old, bundle_id, "
            "attestation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(r["table_name"], r["record_id"], r["op"], r["hlc"], r["site_id"], r["office"], r["author"], r["at"],
              encode(r["new"]).decode(), encode(r["old"]).decode(), r["bundle_id"], r["attestation"])
             for r in self._rows])

    @property
    def pending(self) -> int:
        return len(self._rows)

    def flush(self) -> None:
        if self._rows:
            if self.conn.dialect.name == "sqlite" and len(self._rows) > 100:
                self._flush_raw()
            else:
                self.conn.execute(insert(self._change_log), self._rows)
            self._rows = []
        if self.clock.last != self._start_clock and not self.rehearsal:
            clock = self._clock_table
            if self._clock_row_exists:
                self.conn.execute(update(clock).where(clock.c.id == 1).values(hlc=self.clock.last))
            else:
                self.conn.execute(insert(clock).values(id=1, hlc=self.clock.last))
                self._clock_row_exists = True
            self._start_clock = self.clock.last
