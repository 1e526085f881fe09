"""``fielddesk bundle export``: every change the recipient has not yet acknowledged (so a lost bundle heals with the
next one), with the attachments they need, signed, encrypted to the recipient and written atomically."""

from __future__ import annotations

import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, insert, or_, select, update

from app import __version__
from app.migrations import HEAD
from app.models.local import ChangeLog
from app.models.sync import BundleRecord, SyncInbound, SyncOutbound
from app.services.errors import FieldDeskError
from app.services.profile.attachments import read_blob
from app.services.profile.keys import IdentityError, load_identity, peer_by_office
from app.services.store import incarnation
from app.services.store.entities import BY_NAME
from app.services.store.wire import Change, encode_changes
from app.sync import container, erasures
from app.sync.bundle_write import Entry, publish, write_bundle
from app.sync.bundle_write import entry as bundle_entry
from app.sync.conflict_notices import notices_for
from app.sync.container import CHANGES, BundleParty, FileEntry, Manifest, file_entry
from app.sync.review import notes_for
from app.sync.rotation import own_changes
from app.sync.scope import travels
from app.sync.skew import clock_health
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

LOG = ChangeLog.__table__
OUT = SyncOutbound.__table__
IN = SyncInbound.__table__
BUNDLES = BundleRecord.__table__


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    recipient: str
    sequence: int
    changes: int
    attachments: int
    missing_attachments: int
    full: bool
    warnings: list[str] = field(default_factory=list)  # this computer's clock seems wrong (app/sync/skew.py)


def export_bundle(fd: FieldDesk, recipient_code: str, out: Path, *, full: bool = False) -> ExportResult:
    identity = load_identity(fd)
    peer = peer_by_office(fd, recipient_code)
    if peer is None:
        raise FieldDeskError(problem("sync.export_not_trusted", office=recipient_code.upper()))
    out = Path(out)
    if out.exists() and out.is_dir():
        raise FieldDeskError(problem("sync.export_to_folder", path=str(out)))
    with fd.writing() as w:
        conn = w.conn
        me = incarnation.current(conn)
        outbound = conn.execute(select(OUT).where(OUT.c.peer_site_id == peer.site_id)).mappings().first()
        if outbound is None:
            conn.execute(insert(OUT).values(peer_site_id=peer.site_id, last_seq=0, acked_upto=0))
            outbound = {"last_seq": 0, "acked_upto": 0, "resend_own_after": None, "resend_own_upto": None,
                        "resend_token": ""}
        since = 0 if full else outbound["acked_upto"]
        upto = conn.execute(select(func.max(LOG.c.seq))).scalar() or 0
        changes = changes_for(fd, conn, since, upto, peer.site_id, peer.office_code, full,
                              resend_own=resend_window(outbound))
        if peer.role == "hq":
            # imported here: start-up: the first screen (dashboard) does not load sync.consent
            from app.sync.consent import for_headquarters

            changes = for_headquarters(conn, changes, peer.site_id)
        erased_files = erasures.erased_attachment_ids(conn)
        entries: dict[str, tuple[Entry, FileEntry]] = {}
        missing = 0
        salt = container.new_attachment_salt()  # no entry name or listed hash is a content's SHA-256
        for change in changes:
            if change.table == "attachment" and "sha256" in change.new and change.record_id not in erased_files:
                sha = change.new["sha256"]
                name = container.attachment_entry(sha, salt)
                if name in entries:
                    continue
                content = read_blob(fd, sha)  # measured now, read again as it is written: one in memory at a time
                if content is not None:
                    entries[name] = (Entry(name, len(content), zlib.crc32(content), _reader(fd, sha)),
                                     file_entry(name, content, salt))
                else:
                    missing += 1
                del content
        blob, raw_size = encode_changes(changes)
        entries[CHANGES] = (bundle_entry(CHANGES, blob), file_entry(CHANGES, blob, salt))
        inbound = conn.execute(select(IN)).all()
        received = {row.peer_site_id: row.received_upto for row in inbound}
        received_epochs = {row.peer_site_id: row.epoch for row in inbound}
        recovered = {row.peer_site_id: row.resend_token_seen for row in inbound if row.resend_token_seen}
        resend = resend_window(outbound)
        sequence = outbound["last_seq"] + 1
        first_in_epoch = conn.execute(select(func.min(BUNDLES.c.seq)).where(
            BUNDLES.c.direction == "out", BUNDLES.c.peer_site_id == peer.site_id, BUNDLES.c.epoch == me.epoch,
        )).scalar()
        manifest = Manifest(
            # version 1 when no attachment travels: a FieldDesk before keyed names still reads the bundle
            format=container.BUNDLE_FORMAT, format_version=container.BUNDLE_FORMAT_VERSION if len(entries) > 1 else 1,
            schema_version=HEAD,
            app_version=__version__, bundle_id=str(uuid.uuid4()), created_at=fd.wall.iso(),
            sender=BundleParty(fd.site.site_id, fd.site.office, fd.site.role),
            recipient=BundleParty(peer.site_id, peer.office_code, peer.role), sequence=sequence, full=full,
            covers_from=since, covers_to=upto, received=received,
            clock_min=min((c.hlc for c in changes), default=0), clock_max=max((c.hlc for c in changes), default=0),
            change_count=len(changes), changes_size=raw_size,
            files=[listed for _, (_, listed) in sorted(entries.items())],
            epoch=me.epoch, epoch_started=me.started, epoch_first_seq=first_in_epoch or sequence,
            epoch_clock=me.clock, received_epochs=received_epochs,
            resend_token=outbound["resend_token"] if resend else "", recovered=recovered,
            refused=notes_for(conn, peer.site_id),
            conflicts=notices_for(conn, peer.site_id),
            key_changes=own_changes(fd, conn),
            erasures=erasures.notices_for(conn, peer.site_id, peer.office_code, peer.role == "hq"),
            erasures_held=erasures.held_for(conn, peer.office_code, peer.role == "hq"),
            attachment_salt=salt if len(entries) > 1 else "",
        )
        signature, manifest = _sign(fd, conn, identity, manifest, changes)
        written, file_sha = write_bundle(out, manifest, signature, [item for item, _ in entries.values()],
                                         peer.encryption_key)
        try:
            conn.execute(update(OUT).where(OUT.c.peer_site_id == peer.site_id).values(last_seq=sequence,
                                                                                        last_sent_at=fd.wall.iso()))
            conn.execute(insert(BUNDLES).values(
                bundle_id=manifest.bundle_id, direction="out", peer_site_id=peer.site_id, peer_office=peer.office_code,
                seq=sequence, file_sha256=file_sha, file_name=out.name, changes=len(changes),
                applied=0, skipped=0, conflicts=0, held=0, at=manifest.created_at,
                summary={"attachments": len(entries) - 1, "missing_attachments": missing, "full": full},
                epoch=me.epoch))
            # imported here: start-up: the first screen (dashboard) does not load services.privacy.access_log
            from app.services.privacy import access_log

            people = len({c.record_id for c in changes if c.table == "participant"})
            access_log.record(fd, "bundle", f"Bundle #{sequence} for {peer.office_code}", people=people,
                              target=out.name)
            publish(written, out)
        except BaseException:  # nothing recorded: no bundle left behind either
            written.unlink(missing_ok=True)
            raise
    with fd.reading() as conn:
        incarnation.remember_high_water(fd, conn)
    return ExportResult(out, manifest.bundle_id, peer.office_code, sequence, len(changes), len(entries) - 1, missing,
                        full, clock_health(fd))


def _reader(fd: FieldDesk, sha: str):
    """The content stored under ``sha``, read when its entry is written (checked against its SHA-256)."""
    def content() -> bytes:
        data = read_blob(fd, sha)
        if data is None:  # removed since it was measured
            raise FieldDeskError(problem("attachments.stored_altered", sha=sha[:12]))
        return data

    return content


def resend_window(outbound) -> tuple[int, int] | None:
    """(stamp, position): the recipient's own changes stamped after ``stamp`` and applied here up to ``position`` are
    sent back to it (it went back in time and may have lost them), or None."""
    after, upto = outbound.get("resend_own_after"), outbound.get("resend_own_upto")
    return (after, upto) if after is not None and upto is not None else None


def changes_for(fd: FieldDesk, conn, since: int, upto: int, recipient_site: str, recipient_office: str,
                 full: bool, resend_own: tuple[int, int] | None = None) -> list[Change]:
    """Change-log rows in (since, upto] that the recipient should receive, in log order. A site's own changes are
    not sent back to it, except with ``full``, and those in ``resend_own`` (see ``resend_window``) wherever they
    are in the log and whatever record they change, since the recipient made them and may have lost them by going
    back in time."""
    selected: list[Change] = []
    for entity in BY_NAME.values():
        table = entity.table
        extra = [table.c.record_table] if entity.name == "attachment" else []
        stmt = (
            select(LOG.c.seq, LOG.c.record_id, LOG.c.op, LOG.c.hlc, LOG.c.site_id, LOG.c.office, LOG.c.author,
                   LOG.c.at, LOG.c.new, LOG.c.old, LOG.c.attestation, table.c.owner_office, *extra)
            .select_from(LOG.join(table, table.c.id == LOG.c.record_id))
            .where(LOG.c.table_name == entity.name, LOG.c.seq <= upto)
        )
        if full:
            stmt = stmt.where(LOG.c.seq > since)
        elif resend_own:
            stmt = stmt.where(or_(and_(LOG.c.seq > since, LOG.c.site_id != recipient_site),
                                  and_(LOG.c.site_id == recipient_site, LOG.c.hlc > resend_own[0],
                                       LOG.c.seq <= resend_own[1])))
        else:
            stmt = stmt.where(LOG.c.seq > since, LOG.c.site_id != recipient_site)
        for row in conn.execute(stmt):
            governance = entity.governance
            if entity.name == "attachment" and row.record_table in BY_NAME:
                governance = BY_NAME[row.record_table].governance
            echo = resend_own is not None and not full and row.site_id == recipient_site
            if not echo and not travels(governance, row.owner_office, sender_office=fd.site.office,
                                        sender_is_hq=fd.site.is_hq, recipient_office=recipient_office):
                continue
            selected.append(Change(row.seq, entity.name, row.record_id, row.op, row.hlc, row.site_id, row.office,
                                   row.author, row.at, row.new or {}, row.old or {}, row.attestation or ""))
    selected.sort(key=lambda c: c.seq)
    return selected


def _sign(fd: FieldDesk, conn, identity, manifest: Manifest, changes: list[Change]) -> tuple[bytes, Manifest]:
    """Headquarters: by the user's own certified key when this profile folder has one (the manifest names it), and
    with every statement about its users' keys; otherwise, and at an office, by the site's key."""
    if not fd.site.is_hq:
        return identity.sign(container.manifest_bytes(manifest)), manifest
    import msgspec

    # imported here: start-up: the first screen (dashboard) does not load sync.hq_users
    from app.sync import hq_users

    user_key = hq_users.signing_key(fd, conn)
    statements = hq_users.own_statements(fd, conn)
    if user_key is None:  # offices told to refuse bundles signed by the root key alone would refuse this one
        # imported here: start-up: the first screen (dashboard) does not load sync.hq_policy
        from app.sync.hq_policy import check_export

        check_export(fd, statements)
        if identity.signing is None:  # a user's folder without a certified key, the root kept offline
            raise IdentityError(problem("keys.no_signing_key"))
    manifest = msgspec.structs.replace(manifest, user_statements=statements,
                                       signer=user_key[1] if user_key else "")
    if user_key or any(c.attestation for c in changes):
        # a FieldDesk before user keys would call the signature bad, or the changes malformed (their users'
        # signatures); version 2 says "update" instead
        manifest = msgspec.structs.replace(manifest, format_version=max(manifest.format_version, 2))
    signed = container.manifest_bytes(manifest)
    return (user_key[0].sign(signed) if user_key else identity.sign(signed)), manifest
