"""Headquarters' policy "participants' names never leave the offices" (``names_stay_in_offices``, kept as a
``retention_rule`` record so it is governed and sent to every office the same way as the retention settings).

In use, an office sends every participant to headquarters under its keyed pseudonym
(``app/services/privacy/pseudonyms.py``), whatever their consent (``app/sync/consent.py``), and its spreadsheets and
reports for sharing do the same (``app/reports/sharing.py``). Headquarters, when it turns the policy on, removes the
names it already holds of participants of the offices (table, change log, bookkeeping, search index; the files attached
to them, ``app/sync/withheld_files.py``; the storage is rewritten), and does the same with any name a bundle from an
office that has not heard of the policy yet brings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.errors import NotAllowed
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

POLICY = "names_stay_in_offices"


def names_stay(conn) -> bool:
    from sqlalchemy import select

    # imported here: start-up: the command line does not load models.retention
    from app.models import RetentionRule

    # imported here: start-up: the command line does not load models.ids
    from app.models.ids import reference_id

    table = RetentionRule.__table__
    return bool(conn.execute(select(table.c.enabled).where(
        table.c.id == reference_id("retention_rule", POLICY), table.c.deleted == False)).scalar())  # noqa: E712


def in_use(fd: FieldDesk) -> bool:
    with fd.reading() as conn:
        return names_stay(conn)


def offices_participants(conn, office: str) -> set[str]:
    """At headquarters: the participants that offices own (those it received from them)."""
    from sqlalchemy import select

    # imported here: start-up: the command line does not load models.participants
    from app.models import Participant

    table = Participant.__table__
    return set(conn.execute(select(table.c.id).where(table.c.owner_office != office)).scalars())


def set_policy(fd: FieldDesk, on: bool) -> int:
    """Headquarters only (the record's governance refuses it elsewhere: NotAllowed). Returns how many participants'
    names headquarters held and removed on turning it on."""
    # imported here: start-up: the command line does not load models.ids
    from app.models.ids import reference_id

    # imported here: start-up: the command line does not load sync
    from app.sync.consent import withdraw_at_headquarters

    removed, files, paths = 0, 0, []
    with fd.writing() as w:
        fd.retention_rules.update(reference_id("retention_rule", POLICY), {"enabled": on})
        if on and fd.site.is_hq:
            # imported here: start-up: the command line does not load sync
            from app.sync.withheld_files import remove_at_headquarters

            theirs = offices_participants(w.conn, fd.site.office)
            removed = withdraw_at_headquarters(w.conn, theirs)
            files, paths = remove_at_headquarters(fd, w.conn, theirs)  # their files name them too
    if removed or files:
        # imported here: start-up: the command line does not load services.privacy.erasure
        from app.services.privacy.erasure import finish

        finish(fd, paths)
    return removed


def check_office_name(conn, site, record_id: str, owner: str, old_name: str, changed: dict) -> None:
    """At headquarters: a participant of an office held here under the pseudonym (no consent to share the name, or
    this policy) gets no name, organisation, position or contacts typed in here. Those come from the office, with
    the person's consent; a value typed here would be kept at headquarters and sent to the office in place of the
    one it holds (docs/DATA-SAFETY.md, a correction from headquarters meets a withdrawal)."""
    # imported here: start-up: the command line does not load services.privacy.erasure
    from app.services.privacy.erasure import SCRUBBED_FIELDS, erasure_of

    # imported here: start-up: the command line does not load services.privacy.pseudonyms
    from app.services.privacy.pseudonyms import is_pseudonym

    if not site.is_hq or owner == site.office or not is_pseudonym(old_name):
        return  # the office's keyed pseudonym, which headquarters cannot make: recognised by its shape
    wanted = {k: (old_name if k == "full_name" else "") for k in SCRUBBED_FIELDS}
    if any(changed[k] != wanted[k] for k in SCRUBBED_FIELDS if k in changed) and erasure_of(conn, record_id) is None:
        raise NotAllowed(problem("name_policy.pseudonym_held"))
