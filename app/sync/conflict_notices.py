"""The same conflicts at every site that holds both values.

A site detects a conflict only when its own change was one the sender had not seen. When bundles do not cross
(an office's edit reaches headquarters, which had edited the same field, before headquarters' edit reaches the
office), only headquarters can tell: by the time its bundle arrives, it acknowledges the office's change, so to the
office the winning value looks like an ordinary later edit. So each bundle names the conflicts its sender lists that
involve a change made by the recipient (stamps only), and the recipient lists each one it does not list yet, once it
holds both changes. A conflict is known everywhere by its losing change (table, record, field, stamp, site), so it is
listed once per site however many times it is detected or named; resolving it is an edit, which closes it everywhere.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, select

from app.models.local import ChangeLog
from app.models.sync import SyncConflict, SyncLostChange
from app.services.store.entities import BY_NAME
from app.sync.container import ConflictNotice

if TYPE_CHECKING:
    from app.services.profile.keys import Peer
    from app.services.store.changes import Writer

CONFLICTS = SyncConflict.__table__
LOG = ChangeLog.__table__
LOST = SyncLostChange.__table__
SYNC_KINDS = ("field", "delete_ignored", "edit_revived")
_MISSING = object()


def loser_of(row) -> tuple[int, str]:
    """The stamp of the value that is not in effect (for the delete kinds: the delete)."""
    if row["kind"] == "edit_revived" or row["winner"] == "remote":
        return row["local_hlc"], row["local_site"]
    return row["remote_hlc"], row["remote_site"]


def known_losers(conn, table: str, record_id: str, field: str) -> set[tuple[int, str]]:
    rows = conn.execute(select(CONFLICTS).where(CONFLICTS.c.table_name == table, CONFLICTS.c.record_id == record_id,
                                                CONFLICTS.c.field == field)).mappings()
    return {tuple(loser_of(r)) for r in rows}


def notices_for(conn, recipient_site: str) -> list[ConflictNotice]:
    """The conflicts listed here in which the recipient made one of the two values."""
    notices = []
    for row in conn.execute(select(CONFLICTS).where(CONFLICTS.c.kind.in_(SYNC_KINDS))
                            .order_by(CONFLICTS.c.detected_at)).mappings():
        loser = loser_of(row)
        if recipient_site not in (loser[1], row["winner_site"]):
            continue
        notices.append(ConflictNotice(row["table_name"], row["record_id"], row["field"], row["kind"], loser[0],
                                      loser[1], row["winner_hlc"], row["winner_site"]))
    return notices


def _value_of(conn, table: str, record_id: str, field: str, stamp: tuple[int, str]) -> Any:
    """The value a change held for the field, from the change log or the changes that lost here; _MISSING when
    this site does not hold that change (yet)."""
    for source in (LOG, LOST):
        for new in conn.execute(select(source.c.new).where(
                source.c.table_name == table, source.c.record_id == record_id, source.c.hlc == stamp[0],
                source.c.site_id == stamp[1])).scalars():
            if field in (new or {}):
                return new[field]
    return _MISSING


def record_notices(w: Writer, notices: list[ConflictNotice], sender: Peer, bundle_id: str) -> int:
    """List here the conflicts the sender named that this site holds both values of and does not list yet."""
    if not notices:
        return 0
    w.flush()  # the changes this bundle just applied are looked up in the change log
    me = w.site.site_id
    added = 0
    for n in notices:
        loser, winner = (n.loser_hlc, n.loser_site), (n.winner_hlc, n.winner_site)
        # Only a conflict between a change made here and one made by the sender, in the order the merge rule
        # gives: a faulty or hostile peer can make nothing else appear here.
        if (n.kind not in SYNC_KINDS or n.table not in BY_NAME or {n.loser_site, n.winner_site} != {me, sender.site_id}
                or winner <= loser):
            continue
        if loser in known_losers(w.conn, n.table, n.record_id, n.field):
            continue
        lost_value = _value_of(w.conn, n.table, n.record_id, n.field, loser)
        won_value = _value_of(w.conn, n.table, n.record_id, n.field, winner)
        if lost_value is _MISSING or won_value is _MISSING:
            continue  # named again by the next bundle, once both changes are here
        if lost_value == won_value:
            continue  # equal values are no conflict
        mine_lost = n.loser_site == me
        if n.field == "deleted":
            kind = "edit_revived" if mine_lost else "delete_ignored"
        else:
            kind = "field"
        local, remote = (loser, winner) if mine_lost else (winner, loser)
        w.conn.execute(insert(CONFLICTS).values(
            id=str(uuid.uuid4()), table_name=n.table, record_id=n.record_id, field=n.field, kind=kind,
            local_value=lost_value if mine_lost else won_value, local_hlc=local[0], local_site=local[1],
            remote_value=won_value if mine_lost else lost_value, remote_hlc=remote[0], remote_site=remote[1],
            remote_office=sender.office_code, winner="remote" if mine_lost else "local", winner_hlc=winner[0],
            winner_site=winner[1], bundle_id=bundle_id, detected_at=w.now_iso()))
        added += 1
    return added
