"""Consent in bundles: a participant who did not agree to their name leaving the office travels to headquarters
under the office's keyed pseudonym (``app/services/privacy/pseudonyms.py``), without name, contacts, organisation or
position; sex, stakeholder type, country and enrolments travel as usual, so headquarters' figures stay true. Offices
(a peer of the same standing) are not headquarters: changes to them are untouched.

A change of mind travels too. The change that turns ``consent_share_name`` on or off carries, to headquarters, the
personal fields as they now are (the real values once consent is given, the pseudonym once it is withdrawn), under
that change's stamp, which is newer than the values headquarters holds, so headquarters takes them. On a withdrawal
headquarters also removes the name it held from its change log, its sync bookkeeping and its search index
(``withdraw_at_headquarters``), and the storage is rewritten after the import as after an erasure."""

from __future__ import annotations

import msgspec
from sqlalchemy import select, update

from app.models import ChangeLog, Participant
from app.models.ids import reference_id
from app.services.privacy import person_records
from app.services.privacy.consent_given import personal_values
from app.services.privacy.erasure import SCRUBBED_FIELDS, _rewrite_log, _scrub_bookkeeping, erased_ids, scrubbed
from app.services.privacy.name_policy import POLICY, names_stay
from app.services.privacy.office_pseudonyms import pseudonymise_all
from app.services.privacy.person_records import attachments_of
from app.services.privacy.pseudonyms import Pseudonyms, is_pseudonym
from app.services.store.wire import Change

CONSENT = "consent_share_name"


def withheld_ids(conn, record_ids: set[str], *, policy: bool = True) -> set[str]:
    """Those of ``record_ids`` whose participant does not consent to sharing their name (all of them while
    headquarters' policy keeps names in the offices: ``app/services/privacy/name_policy.py``)."""
    if policy and names_stay(conn):
        return set(record_ids)
    table = Participant.__table__
    found: set[str] = set()
    ids = sorted(record_ids)
    for start in range(0, len(ids), 500):
        found.update(conn.execute(select(table.c.id).where(
            table.c.id.in_(ids[start:start + 500]), table.c[CONSENT] == False)).scalars())  # noqa: E712
    return found


def for_headquarters(conn, changes: list, recipient_site: str = "") -> list:
    """``changes`` with the personal fields of participants whose name may not leave the office (no consent to
    share, the office's own setting ``app/services/privacy/office_pseudonyms.py``, headquarters' policy) replaced by
    this office's keyed pseudonym (``app/services/privacy/pseudonyms.py``), which every change to such a person carries,
    so headquarters holds the current one; the personal fields added to every change that sets the consent (see the
    module's text). The files attached to such a participant (a scanned identity card, a signed form: their name is
    in the file and its name) stay in the office: their changes, and so their contents, are left out. A person who
    may be named again (consent given, the office's setting turned off) has their files sent with the change:
    every change of them in this office's log (``recipient_site``'s own excepted), contents included."""
    attached, theirs = person_records.owners_of_changes(conn, changes)
    wanted = {c.record_id for c in changes if c.table == "participant"} | set(attached.values()) \
        | set(theirs.values())
    if not wanted:
        return changes
    withheld = set(wanted) if pseudonymise_all(conn) else withheld_ids(conn, wanted)
    turned = {c.record_id for c in changes if c.table == "participant" and CONSENT in c.new and c.op != "delete"}
    current = personal_values(conn, sorted(turned - withheld)) if turned - withheld else {}
    if not withheld and not current:
        return changes
    names = Pseudonyms(conn) if withheld else None
    out = []
    given: dict[str, object] = {}
    for change in changes:
        if change.table == "attachment" and attached.get(change.record_id) in withheld:
            continue
        if theirs.get((change.table, change.record_id)) in withheld:
            change = person_records.without_texts(change)
        if change.table == "participant":
            if change.record_id in withheld:
                values = names.values(change.record_id)
                new = change.new
                if change.op != "delete":
                    new = {**values, **new} if change.record_id in turned else {**new, "full_name": values["full_name"]}
                change = msgspec.structs.replace(change, new=scrubbed(new, values), old=scrubbed(change.old, values))
            elif change.record_id in current and CONSENT in change.new:
                change = msgspec.structs.replace(change, new={**change.new, **current[change.record_id]})
                given[change.record_id] = change
        out.append(change)
    if current:
        out = _with_files_of(conn, out, set(current), recipient_site)
        texts = person_records.texts_given(conn, given)
        if texts:  # each after the change that gave consent (same stamp and position)
            out = sorted([*out, *texts], key=lambda c: c.seq)
    return out


def _with_files_of(conn, changes: list, people: set[str], recipient_site: str) -> list:
    """``changes`` and every logged change of the files attached to ``people``'s records (their own, their
    enrolments', their fellowships') not among them, in log order."""
    log = ChangeLog.__table__
    ids = sorted({row.id for row in attachments_of(conn, people)})
    if not ids:
        return changes
    present = {c.seq for c in changes}
    extra = [Change(r.seq, "attachment", r.record_id, r.op, r.hlc, r.site_id, r.office, r.author, r.at, r.new or {},
                    r.old or {})
             for start in range(0, len(ids), 500)
             for r in conn.execute(select(log).where(log.c.table_name == "attachment",
                                                     log.c.record_id.in_(ids[start:start + 500])))
             if r.seq not in present and r.site_id != recipient_site]
    return sorted([*changes, *extra], key=lambda c: c.seq) if extra else changes


def withdrawn_in(conn, changes: list, office: str) -> set[str]:
    """At headquarters, after a bundle's changes are merged: the participants a change of which brought a
    pseudonym or withdrew the consent to share the name, and who are now held here under a pseudonym or without
    consent; every participant in them while the policy keeps names in the offices."""
    if names_stay(conn):  # an office that has not heard of the policy yet may still send names
        table, ids = Participant.__table__, sorted({c.record_id for c in changes if c.table == "participant"})
        return {i for start in range(0, len(ids), 500) for i in conn.execute(select(table.c.id).where(
            table.c.id.in_(ids[start:start + 500]), table.c.owner_office != office)).scalars()}
    ids = {c.record_id for c in changes if c.table == "participant"
           and (c.new.get(CONSENT) is False or is_pseudonym(c.new.get("full_name")))}
    if not ids:
        return set()
    return {record_id for record_id, values in personal_values(conn, sorted(ids)).items()
            if is_pseudonym(values["full_name"])} | withheld_ids(conn, ids, policy=False)


def withdraw_at_headquarters(conn, record_ids: set[str]) -> int:
    """Inside the import's transaction: the pseudonym in place of every value of the personal fields headquarters
    held for ``record_ids`` (table, change log, bookkeeping, search index), and their fellowships' personal free text
    (``person_records.scrub_texts``). The pseudonym is the one the record now
    holds (the office's, which headquarters cannot make), else headquarters' own (a name that arrived from an office
    that had not heard of the policy yet). Returns how many records held more than the pseudonym (0: nothing to
    rewrite, no need to compact the storage)."""
    table, log = Participant.__table__, ChangeLog.__table__
    names = Pseudonyms(conn)
    wanted: dict[str, dict] = {}
    stale: set[str] = set()
    ids = sorted(record_ids)
    for start in range(0, len(ids), 500):  # read in chunks: under the policy every participant of a bundle is here
        chunk = ids[start:start + 500]
        for row in conn.execute(select(table.c.id, *(table.c[k] for k in SCRUBBED_FIELDS)).where(
                table.c.id.in_(chunk))).mappings():
            wanted[row["id"]] = values = names.shown(row["id"], row["full_name"])
            if any(row[k] != v for k, v in values.items()):
                stale.add(row["id"])
        for record_id, new, old in conn.execute(select(log.c.record_id, log.c.new, log.c.old).where(
                log.c.table_name == "participant", log.c.record_id.in_(chunk))):
            values = wanted.get(record_id)
            if values and (scrubbed(new or {}, values) != (new or {}) or scrubbed(old or {}, values) != (old or {})):
                stale.add(record_id)
    # imported here: a test replaces services.privacy.person_records.scrub_texts
    from app.services.privacy.person_records import scrub_texts

    texts = scrub_texts(conn, set(record_ids))  # their fellowships' free text may name them too
    if not stale:
        return len(texts)
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    for record_id in sorted(stale):
        values = wanted[record_id]
        conn.execute(update(table).where(table.c.id == record_id).values(**values))
        _rewrite_log(conn, log, "participant", [record_id], values)
        _scrub_bookkeeping(conn, {"participant": ([record_id], values)})
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO participant_fts(participant_fts) VALUES ('optimize')")
    return len(stale | texts)


def _scrubbed_fields(change) -> set[str]:
    """The personal fields of a participant's change that another site scrubbed: a pseudonym in place of the name
    (this office's keyed one, the one it sent before keyed pseudonyms, or headquarters' own: recognised by their
    shape), or an emptied field whose old value was emptied too (a field really cleared names the value it had; a
    create has none)."""
    new, old = change.new, change.old
    return {k for k in SCRUBBED_FIELDS if k in new
            and (is_pseudonym(new[k]) if k == "full_name" else new[k] == "" and old.get(k, "") == "")}


def keep_names_at_office(conn, changes: list, own_site: str) -> tuple[list, set[str]]:
    """At an office, before a bundle's changes are merged: its own changes that headquarters sends back after the
    office restored a backup (``export.resend_window``) carry, where headquarters held a participant under the
    pseudonym (no consent to share then, a consent withdrawn since, headquarters' names policy), the pseudonym's
    values in place of the name, organisation, position and contacts. They must not replace what this office still
    holds: the decision is made from the incoming values, not from the consent the restored backup records (it may
    be older than the change that made headquarters scrub the name). A personal field whose incoming value is the
    pseudonym's keeps the office's own value; a person the office does not hold (recorded after the backup) comes
    back under the pseudonym, since no other site ever held the name, and the import says so (the returned ids).
    An erased person is left to the erasure's own rules."""
    echoed = {c.record_id for c in changes if c.table == "participant" and c.site == own_site
              and _scrubbed_fields(c)}
    if not echoed:
        return changes, set()
    echoed -= erased_ids(conn)
    here = personal_values(conn, sorted(echoed)) if echoed else {}
    out = []
    for change in changes:
        if change.table == "participant" and change.record_id in here and change.site == own_site:
            mine, scrubbed_here = here[change.record_id], _scrubbed_fields(change)
            new = {k: (mine[k] if k in scrubbed_here else v) for k, v in change.new.items()}
            change = msgspec.structs.replace(change, new=new)
        out.append(change)
    pseudonymous = {c.record_id for c in out if c.table == "participant" and c.site == own_site
                    and is_pseudonym(c.new.get("full_name"))} & echoed
    table = Participant.__table__
    return out, {i for i in pseudonymous - set(here)
                 if conn.execute(select(table.c.id).where(table.c.id == i)).first() is None}


def no_pseudonym_over_names(conn, changes: list, own_site: str) -> list:
    """At an office, before a bundle's changes are merged: a change made at another site (headquarters) to a
    participant this office holds, whose personal field arrives as the pseudonym's value, does not put the pseudonym
    in place of the office's value. Headquarters puts the pseudonym into its own earlier changes when it removes a
    name (a consent withdrawn, its names policy): a correction of the name made there and not yet sent when the
    withdrawal arrived travels with the pseudonym in place of the corrected name. The withdrawal wins: the office keeps
    the name it holds (the correction is lost, as headquarters may no longer keep it). Only an erasure (its own
    notice, applied before the changes) replaces a name by the pseudonym at an office. The office's own changes sent
    back after a restore are ``keep_names_at_office``'s."""
    carrying = {c.record_id for c in changes if c.table == "participant" and c.site != own_site
                and c.op != "create" and _scrubbed_fields(c)}
    if not carrying:
        return changes
    here = personal_values(conn, sorted(carrying - erased_ids(conn)))
    out = []
    for change in changes:
        if change.table == "participant" and change.record_id in here and change.site != own_site:
            mine, dropped = here[change.record_id], _scrubbed_fields(change)
            kept = {k: v for k, v in change.new.items() if not (k in dropped and mine[k] != v)}
            if kept != change.new:
                change = msgspec.structs.replace(change, new=kept, old={k: v for k, v in change.old.items()
                                                                        if k in kept})
        out.append(change)
    return out


def came_back_under_pseudonym(conn, ids: set[str]) -> list[str]:
    """After the merge: the pseudonyms of ``ids`` now recorded here under them (see ``keep_names_at_office``)."""
    table = Participant.__table__
    names = conn.execute(select(table.c.id, table.c.full_name).where(table.c.id.in_(sorted(ids)))).all()
    return sorted(name for _record_id, name in names if is_pseudonym(name))


def log_position(conn) -> int:
    from sqlalchemy import func

    return conn.execute(select(func.max(ChangeLog.__table__.c.seq))).scalar() or 0


def policy_lifted_since(conn, position: int) -> bool:
    """At an office: whether a change applied after ``position`` in the change log (this import's) turned
    headquarters' names policy off, and it is off now. A change met again (a full bundle) is not applied twice."""
    log = ChangeLog.__table__
    lifted = any((new or {}).get("enabled") is False for new in conn.execute(select(log.c.new).where(
        log.c.seq > position, log.c.table_name == "retention_rule",
        log.c.record_id == reference_id("retention_rule", POLICY))).scalars())
    return lifted and not names_stay(conn)


def send_names_again(w, office: str) -> int:
    """At an office, once headquarters' names policy is lifted (inside the import that lifts it): headquarters holds
    every participant of the office under the pseudonym until each one's next change. Each live participant of this
    office who consents to sharing their name gets a change that sets the consent as it is, under a new stamp; like
    any change of the consent it carries the name, organisation, position and contacts to headquarters with the next
    bundle (``for_headquarters``), newer than the pseudonym headquarters holds. Erased people are left out. Returns
    how many."""
    table = Participant.__table__
    ids = sorted(set(w.conn.execute(select(table.c.id).where(
        table.c.owner_office == office, table.c.deleted == False, table.c[CONSENT] == True,  # noqa: E712
    )).scalars()) - erased_ids(w.conn))
    personal = personal_values(w.conn, ids)  # logged too: see app/services/privacy/consent_given.py
    for record_id in ids:
        values = {**personal.get(record_id, {}), CONSENT: True}
        w.log("participant", record_id, "update", values, values, hlc=w.stamp_after("participant", record_id))
    return len(ids)
