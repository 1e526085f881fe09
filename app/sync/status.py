"""Where sync stands: per peer, bundles sent and received (with gaps), changes not yet acknowledged, silence."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select

from app.models.local import ChangeLog
from app.models.sync import BundleRecord, SyncInbound, SyncOutbound
from app.services.profile.keys import peers
from app.services.store.entities import BY_NAME
from app.sync.erasures import unacknowledged
from app.sync.export import changes_for, resend_window
from app.sync.gaps import gaps
from app.sync.held import expired_totals, waiting_by_sender

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
IN = SyncInbound.__table__
OUT = SyncOutbound.__table__
BUNDLES = BundleRecord.__table__
SILENT_DAYS = 30


@dataclass
class PeerStatus:
    office: str
    name: str
    role: str
    fingerprint: str
    sent: int
    last_sent_at: str | None
    received: int
    last_received_at: str | None
    unacknowledged: int  # our changes the peer has not confirmed receiving
    unacknowledged_since: str | None
    # numbers never received from the peer in its current incarnation, as (first, last) ranges
    missing_bundles: list[tuple[int, int]] = field(default_factory=list)
    silent: bool = False
    # This site's changes the peer refused (record, reason code), as its latest bundle reported them.
    refused_by_peer: list[dict] = field(default_factory=list)
    held: int = 0  # its changes waiting here for a record that has not arrived
    held_since: str | None = None
    held_expired: int = 0  # its held changes dropped after waiting held.HELD_DAYS
    erasures_unacknowledged: int = 0  # erasures of records it holds that it has not confirmed applying


def _days_since(stamp: str | None) -> float | None:
    if not stamp:
        return None
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return (datetime.now(UTC) - moment).total_seconds() / 86400


def peer_status(fd: FieldDesk) -> list[PeerStatus]:
    result = []
    with fd.reading() as conn:
        held, expired = waiting_by_sender(conn), expired_totals(conn)
        for peer in peers(fd):
            out = conn.execute(select(OUT).where(OUT.c.peer_site_id == peer.site_id)).mappings().first()
            inbound = conn.execute(select(IN).where(IN.c.peer_site_id == peer.site_id)).mappings().first()
            acked = out["acked_upto"] if out else 0
            upto = conn.execute(select(func.max(LOG.c.seq))).scalar() or 0
            waiting = changes_for(fd, conn, acked, upto, peer.site_id, peer.office_code, full=False,
                                  resend_own=resend_window(out) if out else None)
            count, since = len(waiting), min((c.at for c in waiting), default=None)
            epoch, first = (inbound["epoch"], inbound["epoch_first_seq"]) if inbound else ("", 1)
            got = conn.execute(select(BUNDLES.c.seq).where(
                BUNDLES.c.peer_site_id == peer.site_id, BUNDLES.c.direction == "in", BUNDLES.c.epoch == epoch,
            )).scalars().all()
            missing = gaps(first, got)
            recent = conn.execute(select(BUNDLES.c.summary).where(BUNDLES.c.peer_site_id == peer.site_id,
                                                                  BUNDLES.c.direction == "in")
                                  .order_by(BUNDLES.c.at.desc()).limit(50)).scalars()
            # the newest bundle applied (one recorded late, after a newer one, says nothing of refusals)
            latest = next((s for s in recent if not (s or {}).get("superseded")), None)
            last_in = inbound["last_received_at"] if inbound else None
            silence = _days_since(last_in)
            result.append(PeerStatus(
                office=peer.office_code, name=peer.name, role=peer.role, fingerprint=peer.fingerprint,
                sent=out["last_seq"] if out else 0, last_sent_at=out["last_sent_at"] if out else None,
                received=inbound["last_seq"] if inbound else 0, last_received_at=last_in,
                unacknowledged=int(count or 0), unacknowledged_since=since if count else None, missing_bundles=missing,
                silent=peer.role == "field" and (silence is None or silence > SILENT_DAYS),
                refused_by_peer=list((latest or {}).get("refused_by_peer", [])),
                held=held.get(peer.site_id, (0, None))[0], held_since=held.get(peer.site_id, (0, None))[1],
                held_expired=int(expired.get(peer.site_id, {}).get("count", 0)),
                erasures_unacknowledged=unacknowledged(conn, peer.site_id, peer.office_code, peer.role == "hq"),
            ))
    return result


def bundle_history(fd: FieldDesk, office: str | None = None) -> list[dict]:
    """Bundles sent and received, newest first, each received one marked with the numbers of its sender's
    incarnation before it that are missing (as ranges)."""
    stmt = select(BUNDLES).order_by(BUNDLES.c.at.desc())
    if office:
        stmt = stmt.where(BUNDLES.c.peer_office == office.upper())
    with fd.reading() as conn:
        rows = [dict(r) for r in conn.execute(stmt).mappings()]
        first_of = {(r.peer_site_id, r.epoch): r.epoch_first_seq for r in conn.execute(select(IN))}
    seen_in: dict[tuple[str, str], list[int]] = {}
    for row in rows:
        if row["direction"] == "in":
            seen_in.setdefault((row["peer_site_id"], row["epoch"]), []).append(row["seq"])
    for row in rows:
        row["gap_before"] = []
        if row["direction"] == "in":
            key = (row["peer_site_id"], row["epoch"])
            earlier = [n for n in seen_in[key] if n < row["seq"]] + [row["seq"]]
            row["gap_before"] = gaps(first_of.get(key, min(seen_in[key]) if row["epoch"] else 1), earlier)
    return rows


def unsynced_changes(fd: FieldDesk) -> tuple[int, str | None]:
    """For a field office: changes headquarters has not acknowledged, and the time of the oldest one."""
    statuses = [s for s in peer_status(fd) if s.role == "hq"]
    if statuses:
        return statuses[0].unacknowledged, statuses[0].unacknowledged_since
    with fd.reading() as conn:
        count, since = conn.execute(select(func.count(), func.min(LOG.c.at))
                                    .where(LOG.c.site_id == fd.site.site_id)).one()
    return int(count or 0), since


def office_record_counts(fd: FieldDesk) -> dict[str, int]:
    """Live missions, trainings, participants and recommendations per owning office (headquarters' overview)."""
    counts: dict[str, int] = {}
    with fd.reading() as conn:
        for name in ("mission", "training", "participant", "recommendation"):
            table = BY_NAME[name].table
            stmt = select(table.c.owner_office, func.count()).where(table.c.deleted == False).group_by(  # noqa: E712
                table.c.owner_office)
            for office, n in conn.execute(stmt):
                counts[office] = counts.get(office, 0) + n
    return counts
