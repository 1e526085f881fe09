"""Incarnations: what keeps sync whole when a site goes back in time.

A site that restores a backup (or whose database file is replaced by an older copy) has lost the end of its own
change log and of what it had received. Without care it would then reuse bundle numbers and change-log positions
that its peers already counted: its next bundle is dropped as "older", and acknowledgements cover changes that never
travelled (the adversarial review lost 22 + 31 changes that way, silently).

So each site has an *incarnation*: an id, when it began, and the position of its change log at that moment (its
*base*: positions up to it hold the same changes as in the incarnation before). A restore begins a new one, and so
does any evidence that the database went back without one: a peer acknowledging more of our change log than we
hold, or, when the profile opens, its high-water mark (kept in profile.json, outside the database) above the
database's own position. Every bundle carries its sender's incarnation, and every acknowledgement says which of the
recipient's incarnations it counts in. Then:

- a receiver compares bundle numbers only within one incarnation: a newer incarnation's bundle is applied whatever
  its number, and resets what the receiver believes the sender holds;
- an acknowledgement counted in an earlier incarnation is believed only up to the base that separates it from now;
- a receiver that learns its peer went back sends the peer's own changes back to it (those stamped after the
  peer's clock at the moment it went back, which its bundle states), together with everything else the peer now
  lacks (from the point the peer says it has reached), and keeps sending them until the peer confirms that it
  received the bundle that carried them (a token echoed back).

The lineage (every incarnation this database descends from, with its base) is a local setting, restored with the
database itself, so a restored copy knows which incarnations its history shares.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.local_setting import LocalSetting
from app.services.errors import FieldDeskError
from app.services.store.clock import now_iso, pack, wall_ms

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SETTINGS = LocalSetting.__table__
LINEAGE_KEY = "sync_incarnations"
HIGH_WATER_KEY = "sync_high_water"  # in profile.json


@dataclass(frozen=True)
class Incarnation:
    epoch: str  # "" for a site's first incarnation (and every bundle made before incarnations existed)
    started: str  # ISO 8601 UTC; "" for the first
    base: int  # change-log position when it began
    clock: int = 0  # this site's hybrid clock when it began: its own changes stamped after it may have been lost
    until: int = 0  # ... up to this stamp (its clock just before it went back): the window of changes it may have lost

    @property
    def order(self) -> tuple[str, str]:
        return (self.started, self.epoch)


FIRST = Incarnation("", "", 0)


def lineage(conn) -> list[Incarnation]:
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == LINEAGE_KEY)).scalar()
    if not value:
        return [FIRST]
    return [Incarnation(str(item[0]), str(item[1]), int(item[2]), *(int(v) for v in item[3:5])) for item in value]


def current(conn) -> Incarnation:
    return lineage(conn)[-1]


def log_position(conn) -> int:
    # Plain SQL: opening a profile checks it, and declaring the change log's table is left to the first write.
    return int(conn.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM change_log").scalar())


def begin(conn, *, unknown_past: bool = False, until: int = 0) -> Incarnation:
    """Start a new incarnation of this site, at the change log's position and the clock as they are now, when
    nothing was written since the database went back (``until``: the clock before it went back, when known); or,
    with ``unknown_past`` (we learn we went back only after writing since), at position 0 and clock 0: peers then
    believe none of our old acknowledgements and send back all our own changes, which costs a larger bundle once
    and loses nothing."""
    now = int(conn.exec_driver_sql("SELECT coalesce(max(hlc), 0) FROM clock_state").scalar())
    base = clock = 0
    if not unknown_past:
        base, clock = log_position(conn), now
    new = Incarnation(str(uuid.uuid4()), now_iso(), base, clock, until or max(now, pack(wall_ms())))
    _save_lineage(conn, [*lineage(conn), new])
    return new


def begin_in_value(value: Any, base: int, clock: int, until: int) -> list[list]:
    """The lineage setting's stored value with a new incarnation appended (see ``begin``): for a database reached
    without SQLAlchemy (a backup being restored, before it replaces the profile's database)."""
    chain = [list(item) for item in value] if value else [[FIRST.epoch, FIRST.started, FIRST.base, FIRST.clock, 0]]
    return [*chain, [str(uuid.uuid4()), now_iso(), base, clock, until]]


def _save_lineage(conn, chain: list[Incarnation]) -> None:
    value = [[i.epoch, i.started, i.base, i.clock, i.until] for i in chain]
    if conn.execute(select(SETTINGS.c.key).where(SETTINGS.c.key == LINEAGE_KEY)).first():
        conn.execute(SETTINGS.update().where(SETTINGS.c.key == LINEAGE_KEY).values(value=value))
    else:
        conn.execute(SETTINGS.insert().values(key=LINEAGE_KEY, value=value))


def believed_ack(chain: list[Incarnation], ack: int, ack_epoch: str) -> int:
    """How much of this site's change log a peer's acknowledgement really covers: ``ack`` positions counted in
    incarnation ``ack_epoch``. Counted in an earlier incarnation of our lineage, only the positions shared since
    then (up to the smallest base after it) are ours today; counted in an incarnation not in our lineage (a branch
    abandoned by restoring an older backup), none can be trusted."""
    epochs = [i.epoch for i in chain]
    if ack_epoch not in epochs:
        return 0
    later = chain[epochs.index(ack_epoch) + 1:]
    return min([max(0, ack)] + [i.base for i in later])


def may_have_lost(chain: list[Incarnation], stamp: int, site_id: str, my_site: str) -> bool:
    """Whether a change stamped ``stamp`` that says it was made here can be one of ours that a restore lost: made
    after the clock of a backup we went back to, and before we went back. A peer sends such changes back to us
    after a restore; any other change claiming to be ours is not (we hold all of ours but those)."""
    if site_id != my_site:
        return False
    return any(i.clock < stamp <= i.until for i in chain[1:])


def went_back(conn, ack: int, ack_epoch: str) -> bool:
    """A peer acknowledges, in our current incarnation, more of our change log than we hold: our database went back
    (an older copy put in place by hand) without a new incarnation."""
    return ack_epoch == current(conn).epoch and ack > log_position(conn)


# ----------------------------------------------------------------- the high-water mark outside the database
def behind_high_water(meta: dict[str, Any], conn, site_id: str) -> int | None:
    """At open: when profile.json says this database was further along than it is now (the database file was
    replaced by an older copy), the clock the mark noted (0 if it noted none), else None. The caller then begins a
    new incarnation before anything is written, so that its position and clock are those of the copy; every change
    of ours a peer can hold is stamped at most the noted clock (the mark is written after each bundle)."""
    mark = meta.get(HIGH_WATER_KEY)
    if not isinstance(mark, dict) or mark.get("site_id") != site_id:
        return None
    if mark.get("epoch") == current(conn).epoch and int(mark.get("position", 0)) > log_position(conn):
        return int(mark.get("clock", 0))
    return None


def remember_high_water(fd: FieldDesk, conn) -> None:
    """Note the database's position in profile.json after a bundle is exported or imported: peers never count
    further into our change log than a bundle told them."""
    try:
        meta = fd.folder.read_meta()
        clock = int(conn.exec_driver_sql("SELECT coalesce(max(hlc), 0) FROM clock_state").scalar())
        meta[HIGH_WATER_KEY] = {"site_id": fd.site.site_id, "epoch": current(conn).epoch,
                                "position": log_position(conn), "clock": clock}
        fd.folder.write_meta(meta)
    except (OSError, FieldDeskError):  # the mark is a second line of defence; sync does not depend on it
        pass
