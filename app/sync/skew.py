"""Noticing a wrong clock, here or at a peer, and saying so plainly.

Two sites cannot tell on their own whose clock is wrong; headquarters' is taken as the reference (it is the one
machine every office syncs with), so an office is told "this computer's clock seems N behind/ahead" and headquarters
"office X's clock seems N behind/ahead". The evidence, all of it causal (something cannot be made before what it has
already seen, nor after the moment it is read):

- a bundle made later than this computer's time now: the sender's clock is ahead, or ours behind;
- a bundle made before a change of ours that the sender had already received: the sender's clock is behind;
- a stamp received from headquarters later than this computer's time now: this computer's clock is behind;
- this site's own persisted clock ahead of its wall clock: it ran ahead once (``fielddesk clock repair``).

Below ``FAR_OFF_MS`` nothing is said: a few minutes' drift is normal and the clock absorbs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.models.local import ChangeLog
from app.models.sync import BundleRecord
from app.services.clock import (
    DAY_MS,
    FAR_OFF_MS,
    HybridClock,
    describe_gap,
    iso_to_ms,
    pack,
    physical_ms,
    stamp_to_iso,
)
from app.sync.container import BundleRejected

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.sync.container import Manifest
    from app.sync.keys import Peer
    from app.sync.wire import Change

LOG = ChangeLog.__table__
BUNDLES = BundleRecord.__table__
AHEAD_TOLERANCE_MS = DAY_MS  # a bundle stamped further ahead than this is quarantined, not applied
OLD_BUNDLE_MS = 365 * DAY_MS  # a bundle made longer ago than this is more likely a clock years behind than a delay
SET_CLOCK = "set the date, time and time zone of that computer"


class BundleQuarantined(BundleRejected):
    """Stamped too far ahead to apply as it is: kept, so that someone can accept it once they have checked."""

    def __init__(self, message: str, newest: int, ahead_ms: int):
        super().__init__(message)
        self.newest = newest
        self.ahead_ms = ahead_ms


def newest_stamp(manifest: Manifest, changes: list[Change]) -> int:
    return max([manifest.clock_max] + [c.hlc for c in changes])


def check_not_ahead(fd: FieldDesk, manifest: Manifest, changes: list[Change], sender: Peer) -> None:
    """Headquarters quarantines a bundle stamped too far ahead. An office applies its headquarters' bundles
    whatever their stamps (its clock is not moved past the bound), since headquarters' clock is the reference: a
    bundle from there that seems to come from the future says this office's clock is behind, and the import says so."""
    if sender.role == "hq" and not fd.site.is_hq:
        return
    clock = HybridClock(now_ms=fd.wall.now_ms)
    newest = newest_stamp(manifest, changes)
    if clock.is_too_far_ahead(newest, AHEAD_TOLERANCE_MS):
        ahead = physical_ms(newest) - fd.wall.now_ms()
        raise BundleQuarantined(
            f"Bundle #{manifest.sequence} from {sender.office_code} is stamped {ahead / 3_600_000:.0f} hours ahead "
            f"of this computer's clock (bundle: {stamp_to_iso(newest)}, this computer: {fd.wall.iso()}); nothing was "
            "applied and this computer's clock was not changed.", newest, ahead)


def _whose(fd: FieldDesk, sender: Peer, sender_offset_ms: int) -> str:
    """One sentence naming the clock that seems wrong and what to do, with headquarters' clock as the reference."""
    gap = describe_gap(sender_offset_ms)
    if fd.site.is_hq or sender.role != "hq":
        ahead = sender_offset_ms > 0
        then = "'fielddesk clock repair'" if ahead else "'fielddesk clock check'"
        return (f"{sender.office_code}'s clock seems about {gap} {'ahead of' if ahead else 'behind'} this computer's: "
                f"ask {sender.office_code} to {SET_CLOCK}, then to run {then}.")
    ahead = sender_offset_ms < 0  # headquarters seems behind: this computer is ahead
    then = "'fielddesk clock repair'" if ahead else "'fielddesk clock check'"
    return (f"This computer's clock seems about {gap} {'ahead of' if ahead else 'behind'} headquarters': "
            f"{SET_CLOCK.replace('that', 'this')}, then run {then}.")


def bundle_skew_warnings(fd: FieldDesk, conn, manifest: Manifest, sender: Peer) -> list[str]:
    """Warnings about either clock from a verified bundle about to be applied (nothing here stops it)."""
    made = iso_to_ms(manifest.created_at)
    if made is None:
        return []
    now = fd.wall.now_ms()
    if made - now > FAR_OFF_MS:
        return [f"{sender.office_code} made this bundle at {manifest.created_at}, later than this computer's time "
                f"({fd.wall.iso()}). " + _whose(fd, sender, made - now)]
    seen_upto = manifest.received.get(fd.site.site_id, 0)
    ours_seen = conn.execute(select(func.max(LOG.c.hlc)).where(LOG.c.site_id == fd.site.site_id,
                                                              LOG.c.seq <= seen_upto)).scalar() if seen_upto else None
    if ours_seen and physical_ms(ours_seen) - made > FAR_OFF_MS:
        return [f"{sender.office_code} made this bundle at {manifest.created_at}, before changes from here it had "
                f"already received ({stamp_to_iso(ours_seen)}). " + _whose(fd, sender, made - physical_ms(ours_seen))]
    if now - made > OLD_BUNDLE_MS:
        return [f"{sender.office_code}'s bundle says it was made {describe_gap(now - made)} ago "
                f"({manifest.created_at}). If it was not, " + _whose(fd, sender, made - now)]
    return []


def clock_health(fd: FieldDesk) -> list[str]:
    """What is wrong with this computer's clock, as far as this site can tell (empty when nothing seems wrong).
    Called at start (the command line, the GUI's sync page) and at every export."""
    from app.models.local import ClockState
    from app.models.sync import SyncPeer

    now = fd.wall.now_ms()
    problems: list[str] = []
    peers = SyncPeer.__table__  # read here rather than through app.sync.keys, which loads the cryptography
    with fd.reading() as conn:
        hq = list(conn.execute(select(peers.c.site_id).where(peers.c.role == "hq",
                                                             peers.c.site_id != fd.site.site_id)).scalars())
        persisted = conn.execute(select(ClockState.__table__.c.hlc)).scalar() or 0
        from_hq = conn.execute(select(func.max(LOG.c.hlc)).where(LOG.c.site_id.in_(hq))).scalar() if hq else None
        made = [iso_to_ms(s.get("created_at", "")) for s in conn.execute(
            select(BUNDLES.c.summary).where(BUNDLES.c.direction == "in", BUNDLES.c.peer_site_id.in_(hq))).scalars()
            if isinstance(s, dict)] if hq else []
    if physical_ms(persisted) - now > FAR_OFF_MS:
        problems.append(
            f"This site's sync clock is {describe_gap(physical_ms(persisted) - now)} ahead of this computer's time "
            f"({stamp_to_iso(persisted)}, now {fd.wall.iso()}): this computer's clock was probably wrong earlier. "
            "If the time shown now is right, run 'fielddesk clock repair' so that new changes are stamped with the "
            "present time and headquarters accepts them.")
    newest_hq = max([physical_ms(from_hq or 0)] + [m for m in made if m is not None])
    if newest_hq - now > FAR_OFF_MS:
        problems.append(
            f"This computer's clock seems about {describe_gap(newest_hq - now)} behind headquarters': it has "
            f"received changes from headquarters stamped {stamp_to_iso(pack(newest_hq))}, later than its time now "
            f"({fd.wall.iso()}). Set the date, time and time zone of this computer; changes made here meanwhile "
            "count as older than they are.")
    return problems
