"""``fielddesk clock repair``: after a computer's clock ran ahead and was corrected, bring this site's clock and its
unsent changes back to the present, instead of stamping in the future (and being quarantined by headquarters) until
real time catches up.

Only changes made here that no peer has acknowledged are re-stamped: no other site holds them with their old stamps,
so changing the stamps cannot make two sites order them differently. A change a peer has acknowledged keeps its
stamp, since the peer (and every site it passed the change to) orders by that stamp; a later edit of such a record
is stamped just above it (``Writer.stamp_after``), so it still wins. Re-stamped changes keep their order, and each
stays above every other change to its record that it was above before, so no value in effect changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update

from app.models.local import ChangeLog
from app.models.sync import SyncOutbound
from app.services.store.clock import MAX_AHEAD_MS, pack, physical_ms, stamp_to_iso
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
OUT = SyncOutbound.__table__


@dataclass
class RepairResult:
    ahead_ms: int  # how far the persisted clock was ahead of the wall clock (0 or less: nothing to repair)
    restamped: int  # unsent changes given present stamps
    kept: int  # changes ahead of the present that a peer has acknowledged, left as they are
    clock_before: str
    clock_after: str
    dry_run: bool

    @property
    def message(self) -> ProblemText:
        """What happened, from the catalogue (``problem.clock.repair*``): English on the command line, the reader's
        language wherever it is rendered; the gap is a duration in milliseconds, written by Babel."""
        if self.ahead_ms <= MAX_AHEAD_MS:
            return problem("clock.repair_nothing", clock=self.clock_before)
        kept = problem("clock.repair_kept", count=self.kept) if self.kept else ""
        return problem("clock.would_repair" if self.dry_run else "clock.repaired", gap=self.ahead_ms,
                       clock_before=self.clock_before, count=self.restamped, clock_after=self.clock_after, kept=kept)


class _RepairDryRun(Exception):
    pass


def repair_clock(fd: FieldDesk, *, dry_run: bool = False) -> RepairResult:
    result = None
    try:
        with fd.writing() as w:
            before = w.clock.last
            now = pack(fd.wall.now_ms())
            result = RepairResult(physical_ms(before) - fd.wall.now_ms(), 0, 0, stamp_to_iso(before),
                                  stamp_to_iso(before), dry_run)
            if result.ahead_ms <= MAX_AHEAD_MS:
                return result
            acked = w.conn.execute(select(func.max(OUT.c.acked_upto))).scalar() or 0
            mine_ahead = (LOG.c.site_id == fd.site.site_id) & (LOG.c.hlc > w.clock.ceiling())
            result.kept = w.conn.execute(select(func.count()).where(mine_ahead, LOG.c.seq <= acked)).scalar() or 0
            to_restamp = mine_ahead & (LOG.c.seq > acked)
            rows = w.conn.execute(select(LOG.c.seq, LOG.c.table_name, LOG.c.record_id, LOG.c.hlc)
                                  .where(to_restamp).order_by(LOG.c.seq)).all()
            w.clock.last = now  # the clock goes back to the present: every stamp from here on is made from it
            given: dict[tuple[str, str], int] = {}  # per record, the newest stamp given so far
            for row in rows:
                # Above every other change to the record that this one was above (remote changes it beat, changes
                # made here and already sent, and the ones re-stamped before it), so no value in effect changes.
                key = (row.table_name, row.record_id)
                floor = w.conn.execute(select(func.max(LOG.c.hlc)).where(
                    LOG.c.table_name == row.table_name, LOG.c.record_id == row.record_id, LOG.c.hlc < row.hlc,
                    ~to_restamp)).scalar() or 0
                new = max(w.stamp(), floor + 1, given.get(key, 0) + 1)
                given[key] = new
                w.clock.last = max(w.clock.last, min(new, w.clock.ceiling()))
                w.conn.execute(update(LOG).where(LOG.c.seq == row.seq).values(hlc=new))
                result.restamped += 1
            result.clock_after = stamp_to_iso(w.clock.last)
            if dry_run:
                raise _RepairDryRun
    except _RepairDryRun:
        pass
    return result
