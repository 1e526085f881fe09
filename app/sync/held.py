"""Changes held for a parent record that has not arrived: found by the parents a bundle has just applied (never by
reading them all), and dropped with a notice once they have waited ``HELD_DAYS``.

A held change waits for the next bundle of its sender; a parent that has not come in three months is not coming
(deleted before it was sent, or made at a site that was lost), and each held row would otherwise stay forever."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta

from sqlalchemy import Connection, delete, func, select

from app.models.local_setting import LocalSetting
from app.models.sync import HeldChange

HELD = HeldChange.__table__
SETTINGS = LocalSetting.__table__
HELD_DAYS = 90
EXPIRED_SETTING = "sync_held_expired"  # sender site id -> {"count": dropped so far, "last_at": when}
CHUNK = 500


def waiting_for(conn: Connection, parents: dict[str, set[str]]) -> list[dict]:
    """The held rows whose parent is one of ``parents`` (table -> ids), oldest first, by the (waiting_table,
    waiting_id) index."""
    rows: list[dict] = []
    for table_name, ids in parents.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), CHUNK):
            rows += conn.execute(select(HELD).where(HELD.c.waiting_table == table_name,
                                                    HELD.c.waiting_id.in_(ordered[start : start + CHUNK])))\
                .mappings().all()
    return sorted(rows, key=lambda r: r["id"])


def expire(conn: Connection, now: datetime | None = None) -> dict[str, int]:
    """Drop held changes older than HELD_DAYS; returns how many per sender site, and adds them to the running totals
    ``sync status`` shows. Runs in the importing transaction (rolled back with a dry run)."""
    now = now or datetime.now(UTC)
    cutoff = (now - timedelta(days=HELD_DAYS)).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    old = HELD.c.received_at < cutoff
    counts = {site: int(n) for site, n in conn.execute(
        select(HELD.c.sender_site_id, func.count()).where(old).group_by(HELD.c.sender_site_id))}
    if not counts:
        return {}
    conn.execute(delete(HELD).where(old))
    totals = expired_totals(conn)
    stamp = now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    for site, n in counts.items():
        totals[site] = {"count": totals.get(site, {}).get("count", 0) + n, "last_at": stamp}
    if conn.execute(select(SETTINGS.c.key).where(SETTINGS.c.key == EXPIRED_SETTING)).first():
        conn.execute(SETTINGS.update().where(SETTINGS.c.key == EXPIRED_SETTING).values(value=totals))
    else:
        conn.execute(SETTINGS.insert().values(key=EXPIRED_SETTING, value=totals))
    return counts


def expired_totals(conn: Connection) -> dict[str, dict]:
    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == EXPIRED_SETTING)).scalar()
    return dict(value) if isinstance(value, dict) else {}


def waiting_by_sender(conn: Connection) -> dict[str, tuple[int, str | None]]:
    """Sender site id -> (held changes waiting, when the oldest arrived)."""
    found: dict[str, tuple[int, str | None]] = defaultdict(lambda: (0, None))
    for site, n, oldest in conn.execute(select(HELD.c.sender_site_id, func.count(), func.min(HELD.c.received_at))
                                        .group_by(HELD.c.sender_site_id)):
        found[site] = (int(n), oldest)
    return dict(found)
