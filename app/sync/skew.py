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

from app.models.local import ChangeLog, ClockState
from app.models.sync import BundleRecord, SyncPeer
from app.services.store.clock import (
    DAY_MS,
    FAR_OFF_MS,
    HybridClock,
    iso_to_ms,
    pack,
    physical_ms,
    stamp_to_iso,
)
from app.sync.container import BundleRejected
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.profile.keys import Peer
    from app.services.store.wire import Change
    from app.sync.container import Manifest

LOG = ChangeLog.__table__
BUNDLES = BundleRecord.__table__
AHEAD_TOLERANCE_MS = DAY_MS  # a bundle stamped further ahead than this is quarantined, not applied
OLD_BUNDLE_MS = 365 * DAY_MS  # a bundle made longer ago than this is more likely a clock years behind than a delay


class BundleQuarantined(BundleRejected):
    """Stamped too far ahead to apply as it is: kept, so that someone can accept it once they have checked."""

    def __init__(self, message: ProblemText, newest: int, ahead_ms: int):
        super().__init__(message)
        self.reason = message  # the problem itself (str(self) is its English text only)
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
        raise BundleQuarantined(problem("bundle.stamped_ahead", sequence=manifest.sequence, office=sender.office_code,
                                        hours_ahead=ahead, bundle_at=stamp_to_iso(newest), now_at=fd.wall.iso()),
                                newest, ahead)


def _whose(fd: FieldDesk, sender: Peer, sender_offset_ms: int) -> ProblemText:
    """One sentence naming the clock that seems wrong and what to do, with headquarters' clock as the reference (a
    problem: a code, the office and the gap in milliseconds, written in each reader's language)."""
    gap = abs(sender_offset_ms)
    if fd.site.is_hq or sender.role != "hq":
        code = "bundle.clock_office_ahead" if sender_offset_ms > 0 else "bundle.clock_office_behind"
        return problem(code, office=sender.office_code, gap=gap)
    # headquarters seems behind: this computer is ahead
    return problem("bundle.clock_here_ahead" if sender_offset_ms < 0 else "bundle.clock_here_behind", gap=gap)


def bundle_skew_warnings(fd: FieldDesk, conn, manifest: Manifest, sender: Peer) -> list[ProblemText]:
    """Warnings about either clock from a verified bundle about to be applied (nothing here stops it)."""
    made = iso_to_ms(manifest.created_at)
    if made is None:
        return []
    now = fd.wall.now_ms()
    if made - now > FAR_OFF_MS:
        return [problem("bundle.clock_made_later", office=sender.office_code, made_at=manifest.created_at,
                        now_at=fd.wall.iso(), whose=_whose(fd, sender, made - now))]
    seen_upto = manifest.received.get(fd.site.site_id, 0)
    ours_seen = conn.execute(select(func.max(LOG.c.hlc)).where(LOG.c.site_id == fd.site.site_id,
                                                              LOG.c.seq <= seen_upto)).scalar() if seen_upto else None
    if ours_seen and physical_ms(ours_seen) - made > FAR_OFF_MS:
        return [problem("bundle.clock_made_before_seen", office=sender.office_code, made_at=manifest.created_at,
                        seen_at=stamp_to_iso(ours_seen), whose=_whose(fd, sender, made - physical_ms(ours_seen)))]
    if now - made > OLD_BUNDLE_MS:
        return [problem("bundle.clock_made_long_ago", office=sender.office_code, gap=now - made,
                        made_at=manifest.created_at, whose=_whose(fd, sender, made - now))]
    return []


def clock_health(fd: FieldDesk) -> list[ProblemText]:
    """What is wrong with this computer's clock, as far as this site can tell (empty when nothing seems wrong).
    Called at start (the command line, the GUI's sync page) and at every export."""
    now = fd.wall.now_ms()
    problems: list[ProblemText] = []
    peers = SyncPeer.__table__  # read here rather than through app.services.profile.keys, which loads the cryptography
    with fd.reading() as conn:
        hq = list(conn.execute(select(peers.c.site_id).where(peers.c.role == "hq",
                                                             peers.c.site_id != fd.site.site_id)).scalars())
        persisted = conn.execute(select(ClockState.__table__.c.hlc)).scalar() or 0
        from_hq = conn.execute(select(func.max(LOG.c.hlc)).where(LOG.c.site_id.in_(hq))).scalar() if hq else None
        made = [iso_to_ms(s.get("created_at", "")) for s in conn.execute(
            select(BUNDLES.c.summary).where(BUNDLES.c.direction == "in", BUNDLES.c.peer_site_id.in_(hq))).scalars()
            if isinstance(s, dict)] if hq else []
    if physical_ms(persisted) - now > FAR_OFF_MS:
        problems.append(problem("bundle.clock_sync_ahead", gap=physical_ms(persisted) - now,
                                clock_at=stamp_to_iso(persisted), now_at=fd.wall.iso()))
    newest_hq = max([physical_ms(from_hq or 0)] + [m for m in made if m is not None])
    if newest_hq - now > FAR_OFF_MS:
        problems.append(problem("bundle.clock_behind_hq", gap=newest_hq - now, seen_at=stamp_to_iso(pack(newest_hq)),
                                now_at=fd.wall.iso()))
    return problems
