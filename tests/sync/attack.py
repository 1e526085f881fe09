"""Helpers for the attack tests: changes forged by hand, the honest changes an office really made, and what a site
kept for review."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models.local import ChangeLog
from app.models.sync import SyncInbound
from app.services.store.clock import HybridClock, now_iso
from app.services.store.wire import Change
from tests.sync.craft import craft_bundle

LOG = ChangeLog.__table__
_CLOCK = HybridClock()  # one clock for every forged change, so their stamps increase like a real site's


def forged(fd, table: str, record_id: str, op: str, new: dict, *, site: str | None = None,
           office: str | None = None, author: str | None = None) -> Change:
    """A change as ``fd``'s site would sign it, claiming whatever origin the attacker likes."""
    return Change(0, table, record_id, op, _CLOCK.tick(), site or fd.site.site_id, office or fd.site.office,
                  author or fd.author, now_iso(), new, {})


def log_mark(fd) -> int:
    with fd.reading() as conn:
        return conn.execute(select(func.max(LOG.c.seq))).scalar() or 0


def logged_since(fd, mark: int) -> list[Change]:
    """The changes ``fd`` really made after ``mark``, as its bundle would carry them."""
    with fd.reading() as conn:
        rows = conn.execute(select(LOG).where(LOG.c.seq > mark).order_by(LOG.c.seq)).mappings().all()
    return [Change(r["seq"], r["table_name"], r["record_id"], r["op"], r["hlc"], r["site_id"], r["office"],
                   r["author"], r["at"], r["new"], r["old"]) for r in rows]


def deliver(net, sender: str, recipient: str, changes: list[Change]):
    """A crafted bundle numbered after the last one the recipient has from the sender, so it is not superseded."""
    inbound = SyncInbound.__table__
    with net[recipient].reading() as conn:
        last = conn.execute(select(inbound.c.last_seq)
                            .where(inbound.c.peer_site_id == net[sender].site.site_id)).scalar() or 0
    return net.deliver(craft_bundle(net, sender, recipient, changes, sequence=last + 1), recipient)


def refusals(fd, record_id: str) -> list[tuple[str, str]]:
    """(code, field) of each refusal kept for ``record_id``."""
    from app.sync.review import list_refusals

    return sorted((r.code, r.field) for r in list_refusals(fd) if r.record_id == record_id)


def warned(result, text: str) -> bool:
    return any(text in warning for warning in result.warnings)
