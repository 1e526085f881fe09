"""``fielddesk bundle import``: verify everything (size, decryption, the sender's pinned signature, recipient,
hashes, schema, clock), then apply the bundle in one transaction together with its bookkeeping. Each change is
checked against the sender's rights and the form's rules as it is merged (``app.sync.rights``): a refused change is
kept for review and reported, and the rest of the bundle is applied."""

from __future__ import annotations

import shutil
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import insert, select, update

from app.migrations import KNOWN_REVISIONS
from app.models.sync import BundleRecord, SyncInbound, SyncOutbound
from app.services import incarnation
from app.services.attachments import store_bytes
from app.services.clock import now_iso
from app.sync.container import (
    ATTACHMENT_PREFIX,
    CHANGES,
    BundleRejected,
    BundleTooNew,
    OpenedBundle,
    open_container,
)
from app.sync.gaps import format_gaps, gaps
from app.sync.keys import Peer, load_identity, peer_by_site
from app.sync.merge import Merger
from app.sync.rights import Party
from app.sync.skew import BundleQuarantined, bundle_skew_warnings, check_not_ahead
from app.sync.wire import Change, WireError, decode_changes

if TYPE_CHECKING:
    from app.services.core import FieldDesk

IN = SyncInbound.__table__
OUT = SyncOutbound.__table__
BUNDLES = BundleRecord.__table__
INT32_MAX = 2**31 - 1  # bundle numbers and change-log positions are stored in 32-bit columns
MAX_SEQUENCE_JUMP = 10_000


@dataclass
class ImportResult:
    file: str
    status: str  # applied | would_apply | already_imported | superseded | rejected | too_new | quarantined
    message: str
    bundle_id: str | None = None
    sender: str | None = None
    sequence: int | None = None
    changes: int = 0
    created: int = 0
    updated: int = 0
    skipped: int = 0
    conflicts: int = 0
    held: int = 0
    released: int = 0
    refused: int = 0  # changes not applied, kept for review ('fielddesk sync review')
    refused_records: list[str] = field(default_factory=list)
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 3 if self.status in ("rejected", "too_new", "quarantined") else 0

    def to_json(self) -> dict:
        return asdict(self)


class _DryRun(Exception):
    pass


class _Settled(Exception):
    """(status, message): the bundle was applied, or superseded, by the time the write lock was ours."""


@dataclass(frozen=True)
class Standing:
    """Where a verified bundle stands against what was received from its sender before.

    kind: ``next`` (a later bundle of the incarnation we know), ``new_incarnation`` (the sender restored a backup
    and says so), ``went_back`` (the sender reuses a number with a bundle made after the newer one we hold: its
    database went back without its knowing), ``earlier_incarnation`` (made before a restore we already know of: its
    changes are applied, since the sender may have lost them, and sent back to it), ``superseded`` (an older bundle
    of the same incarnation, whose changes a later one brought), ``already_imported``."""

    kind: str
    message: str = ""

    @property
    def settled(self) -> bool:
        return self.kind in ("already_imported", "superseded")

    @property
    def restarts(self) -> bool:
        return self.kind in ("new_incarnation", "went_back")


def _standing(conn, verified: Verified) -> Standing:
    manifest = verified.opened.manifest
    seen = conn.execute(select(BUNDLES.c.at, BUNDLES.c.summary).where(BUNDLES.c.bundle_id == manifest.bundle_id,
                                                                      BUNDLES.c.direction == "in")).first()
    if seen:
        if (seen.summary or {}).get("superseded"):
            return Standing("already_imported", f"Already received on {seen.at[:10]}, after a newer bundle that "
                                                "included its changes; nothing changed.")
        return Standing("already_imported", f"Already imported on {seen.at[:10]}; nothing changed.")
    inbound = conn.execute(select(IN).where(IN.c.peer_site_id == verified.sender.site_id)).first()
    if inbound is None:
        return Standing("next")
    office = verified.sender.office_code
    if manifest.epoch == inbound.epoch:
        if manifest.sequence > inbound.last_seq:
            return Standing("next")
        if inbound.last_created_at and manifest.created_at > inbound.last_created_at:
            return Standing("went_back", f"Bundle #{manifest.sequence} from {office} was made after bundle "
                                         f"#{inbound.last_seq}, already imported, yet reuses an earlier number: that "
                                         "office's profile was put back to an older copy. Its changes were applied, "
                                         "and what it lost will be sent back to it with the next bundle.")
        return Standing("superseded", f"Bundle #{manifest.sequence} from {office} is older than bundle "
                                      f"#{inbound.last_seq}, already imported, which included its changes; nothing "
                                      "changed.")
    if (manifest.epoch_started, manifest.epoch) > (inbound.epoch_started, inbound.epoch):
        return Standing("new_incarnation", f"{office} restored a backup (since {manifest.epoch_started[:10]}): its "
                                           "bundle was applied, and what it lost will be sent back to it with the "
                                           "next bundle.")
    return Standing("earlier_incarnation", f"Bundle #{manifest.sequence} from {office} was made before that office "
                                           "restored a backup; its changes were applied and will be sent back to it, "
                                           "since it may have lost them.")


@dataclass
class Verified:
    opened: OpenedBundle
    sender: Peer
    changes: list[Change]


def verify(fd: FieldDesk, path: Path, *, accept_clock: bool = False) -> Verified:
    """Everything that can be checked before touching the database; raises BundleRejected (BundleQuarantined when
    only the clock is wrong: stamped too far ahead, unless ``accept_clock`` says someone has checked it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRejected(f"{path} cannot be read ({exc.strerror}).") from None
    from app.sync.container import MAX_BUNDLE_BYTES

    if size > MAX_BUNDLE_BYTES:
        raise BundleRejected(f"{path.name} is larger than any bundle may be; it was not opened.")
    identity = load_identity(fd)
    opened = open_container(path.read_bytes(), identity.encryption_identity)
    manifest = opened.manifest
    if manifest.sender.site_id == fd.site.site_id:
        raise BundleRejected("This bundle was made by this profile itself; import it at the recipient.")
    sender = peer_by_site(fd, manifest.sender.site_id)
    if sender is None:
        raise BundleRejected(f"The bundle says it comes from office {manifest.sender.office}, which is not trusted "
                             "here: compare fingerprints by phone, then 'fielddesk keys trust CARD'.")
    if not sender.verify(opened.signature, opened.manifest_raw):
        raise BundleRejected(f"The bundle's signature does not match the key pinned for office {sender.office_code}: "
                             "it was altered or not made by that office.")
    if manifest.sender.office.upper() != sender.office_code:
        raise BundleRejected(f"The bundle claims office {manifest.sender.office} but is signed by "
                             f"{sender.office_code}.")
    if manifest.recipient.site_id != fd.site.site_id:
        raise BundleRejected(f"This bundle is addressed to office {manifest.recipient.office}, not to this office "
                             f"({fd.site.office}).")
    _check_numbers(manifest)
    if manifest.schema_version not in KNOWN_REVISIONS:
        raise BundleTooNew(f"This bundle comes from a newer FieldDesk (schema {manifest.schema_version}); update "
                           f"FieldDesk to version {manifest.app_version} or later, then import it again.")
    try:
        changes = decode_changes(opened.files[CHANGES], manifest.changes_size)
    except WireError as exc:
        raise BundleRejected(f"The bundle's changes are not usable: {exc}.") from None
    if len(changes) != manifest.change_count:
        raise BundleRejected(f"The manifest announces {manifest.change_count} changes but the bundle holds "
                             f"{len(changes)}.")
    if not accept_clock:  # last, so that a quarantined bundle is one that passed every other check
        check_not_ahead(fd, manifest, changes, sender)
    return Verified(opened, sender, changes)


def _check_numbers(manifest) -> None:
    """Every number a bundle states about the sync is a count or a position: whole, not negative, within the
    columns that keep it, and in a sensible order. A signed bundle can still be wrong (a bug, a stolen key)."""
    counts = [("its bundle number", manifest.sequence), ("the start of its range", manifest.covers_from),
              ("the end of its range", manifest.covers_to), ("its first bundle number", manifest.epoch_first_seq),
              *(("an acknowledgement", value) for value in manifest.received.values())]
    for what, value in counts:
        if not 0 <= value <= INT32_MAX:
            raise BundleRejected(f"The bundle's manifest gives {what} as {value}, outside 0-{INT32_MAX:,}; it is "
                                 "damaged or forged, and nothing was applied.")
    if manifest.sequence < 1 or not 1 <= manifest.epoch_first_seq <= manifest.sequence:
        raise BundleRejected(f"The bundle's manifest numbers it #{manifest.sequence} (first of its series: "
                             f"#{manifest.epoch_first_seq}); it is damaged or forged, and nothing was applied.")
    if manifest.covers_from > manifest.covers_to:
        raise BundleRejected("The bundle's manifest gives a range that ends before it starts; it is damaged or "
                             "forged, and nothing was applied.")
    if (len(manifest.received) > 100_000 or len(manifest.epoch) > 36 or len(manifest.epoch_started) > 32
            or any(len(k) > 36 or len(v) > 36 for k, v in manifest.received_epochs.items())):
        raise BundleRejected("The bundle's manifest holds identifiers longer than any FieldDesk makes; it is "
                             "damaged or forged, and nothing was applied.")


def import_bundle(fd: FieldDesk, path: Path, *, dry_run: bool = False, backup: bool = True,
                  accept_clock: bool = False) -> ImportResult:
    """Verify, then apply ``path``. Unless ``dry_run``, an automatic backup is made first (``backup=False`` only
    for benchmarks and tests that measure the apply step itself). ``accept_clock``: apply a bundle stamped too far
    ahead, its future stamps brought back to the present (app/sync/quarantine.py)."""
    path = Path(path)
    try:
        verified = verify(fd, path, accept_clock=accept_clock)
    except BundleQuarantined as exc:
        from app.sync.quarantine import quarantine

        return quarantine(fd, path, exc)
    except BundleTooNew as exc:
        kept = _keep_in_inbox(fd, path)
        return ImportResult(str(path), "too_new", f"{exc} The file was kept in {kept}.")
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc))
    manifest = verified.opened.manifest
    result = ImportResult(str(path), "applied", "", bundle_id=manifest.bundle_id, sender=verified.sender.office_code,
                          sequence=manifest.sequence, changes=len(verified.changes))
    with fd.reading() as conn:
        standing = _standing(conn, verified)
        inbound = conn.execute(select(IN).where(IN.c.peer_site_id == verified.sender.site_id)).first()
    try:
        _check_sequence(verified, inbound)
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc), bundle_id=manifest.bundle_id,
                            sender=verified.sender.office_code, sequence=manifest.sequence)
    if standing.settled:
        result.status, result.message = standing.kind, standing.message
        if standing.kind == "superseded" and not dry_run:
            _record_superseded(fd, verified, result)
        return result
    from app.sync.quarantine import quarantined_before

    held_back = quarantined_before(fd, verified.sender.office_code, manifest.sequence)
    gap = _gap(standing, inbound, manifest)
    if gap:
        # numbers kept in quarantine here did arrive: they are not missing
        missing = gaps(gap[0], [n for n in held_back if gap[0] <= n <= gap[1]] + [manifest.sequence])
        if missing:
            result.warnings.append(f"Bundle(s) {format_gaps(missing)} from {verified.sender.office_code} never "
                                   "arrived here; their changes are included in this one.")
    if backup and not dry_run and fd.db.is_sqlite:
        from app.services.backup import backup_before

        backup_before(fd.folder, fd.db, f"before-import-{verified.sender.office_code}-{manifest.sequence}")
    try:
        _apply(fd, verified, result, dry_run, accept_clock)
    except _DryRun:
        pass
    except _Settled as settled:  # another import of the same bundle committed first (a shared server)
        result.status, result.message = settled.args
        result.created = result.updated = result.skipped = result.conflicts = result.held = result.refused = 0
        result.refused_records = []
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc), bundle_id=manifest.bundle_id,
                            sender=verified.sender.office_code, sequence=manifest.sequence)
    if not dry_run and result.status == "applied":
        with fd.reading() as conn:
            incarnation.remember_high_water(fd, conn)
    if held_back and result.status == "applied":
        from app.sync.quarantine import release_superseded

        result.warnings.append(release_superseded(fd, verified.sender.office_code, held_back))
    return result


def _check_sequence(verified: Verified, inbound) -> None:
    """Bundle numbers grow by one per export: a jump of more than MAX_SEQUENCE_JUMP cannot be bundles lost on the
    way, and accepting it would make every later genuine bundle look older."""
    manifest = verified.opened.manifest
    last = inbound.last_seq if inbound is not None else 0
    if manifest.sequence > last + MAX_SEQUENCE_JUMP:
        raise BundleRejected(f"Bundle #{manifest.sequence} from {verified.sender.office_code} cannot follow bundle "
                             f"#{last}: no office makes {MAX_SEQUENCE_JUMP:,} bundles that all get lost. Nothing was "
                             "applied; ask that office to check its FieldDesk and send a new bundle.")


def _gap(standing: Standing, inbound, manifest) -> tuple[int, int] | None:
    """The bundle numbers of the sender's incarnation that never arrived before this one, as a range."""
    if standing.kind == "next":
        first = inbound.last_seq + 1 if inbound is not None else manifest.epoch_first_seq
    elif standing.restarts:
        first = manifest.epoch_first_seq
    else:
        return None
    return (first, manifest.sequence - 1) if manifest.sequence > first else None


def _record_superseded(fd: FieldDesk, verified: Verified, result: ImportResult) -> None:
    with fd.writing() as w:
        if _standing(w.conn, verified).kind == "superseded":
            _insert_superseded(w.conn, verified, result)


def _insert_superseded(conn, verified: Verified, result: ImportResult) -> None:
    """A bundle that arrived after a newer one is recorded (nothing applied), so its number is no longer missing."""
    opened = verified.opened
    manifest = opened.manifest
    conn.execute(insert(BUNDLES).values(
            bundle_id=manifest.bundle_id, direction="in", peer_site_id=verified.sender.site_id,
            peer_office=verified.sender.office_code, seq=manifest.sequence, file_sha256=opened.file_sha256,
            file_name=Path(result.file).name, changes=len(verified.changes), applied=0, skipped=0, conflicts=0,
        held=0, at=now_iso(), summary={"superseded": True}, epoch=manifest.epoch))


def _apply(fd: FieldDesk, verified: Verified, result: ImportResult, dry_run: bool, accept_clock: bool) -> None:
    opened = verified.opened
    if not dry_run:
        for name, data in opened.files.items():
            if name.startswith(ATTACHMENT_PREFIX):
                store_bytes(fd, data, name[len(ATTACHMENT_PREFIX):])
                result.attachments += 1
    settled = None
    with fd.writing() as w:
        standing = _standing(w.conn, verified)  # again, now that this transaction holds the write lock
        if standing.settled:
            settled = standing
            if standing.kind == "superseded" and not dry_run:
                _insert_superseded(w.conn, verified, result)  # committed with this block: no exception inside it
        else:
            _merge(fd, w, verified, result, standing, dry_run, accept_clock)
    if settled is not None:
        raise _Settled(settled.kind, settled.message)


def _merge(fd: FieldDesk, w, verified: Verified, result: ImportResult, standing: Standing, dry_run: bool,
           accept_clock: bool) -> None:
    sender, manifest = verified.sender, verified.opened.manifest
    result.warnings += bundle_skew_warnings(fd, w.conn, manifest, sender)
    changes, restamped = verified.changes, 0
    if accept_clock:
        from app.sync.quarantine import bring_to_present

        changes, restamped = bring_to_present(w, changes)
    acked = _believed_ack(w.conn, manifest, fd.site.site_id, result)
    merger = Merger(w, sender=_party(sender), acked_by_sender=acked, bundle_id=manifest.bundle_id,
                    bulk_sqlite=fd.db.is_sqlite, party_of=lambda site: _party(peer_by_site(fd, site)))
    counts = merger.apply(changes)
    from app.sync.conflict_notices import record_notices

    counts.conflicts += record_notices(w, manifest.conflicts, sender, manifest.bundle_id)
    if restamped:
        result.warnings.append(
            f"{restamped} change(s) stamped in the future were applied with the present time here. This bundle is "
            f"not acknowledged, so {sender.office_code} sends these changes again: ask it to set its clock and "
            "run 'fielddesk clock repair' before its next export.")
    result.created, result.updated, result.skipped = counts.created, counts.updated, counts.unchanged
    result.conflicts, result.released = counts.conflicts, counts.released
    result.refused, result.refused_records = counts.refused, counts.refused_records
    if result.refused:
        shown = ", ".join(result.refused_records[:5])
        more = f" and {result.refused - 5} more" if result.refused > 5 else ""
        result.warnings.append(f"{result.refused} change(s) were refused and not applied: {shown}{more}. "
                               "They are kept for review ('fielddesk sync review').")
    result.held = merger.waiting()
    result.warnings += counts.warnings
    if result.held:
        result.warnings.append(f"{result.held} change(s) wait for a record that has not arrived yet; they will "
                               "be applied when it does.")
    if standing.message:
        result.warnings.append(standing.message)
    w.flush()
    _bookkeeping(fd, w.conn, verified, result, standing, acked, acknowledge=not restamped)
    result.message = _message(result, dry_run)
    if dry_run:
        result.status = "would_apply"
        raise _DryRun


def _party(peer: Peer | None) -> Party | None:
    return None if peer is None else Party(peer.site_id, peer.office_code, peer.role == "hq")


_WENT_BACK_HERE = ("The sender has received more of this profile's changes than this profile holds (an older copy of "
                   "it was put in place): it starts a new sync incarnation, and the other side will send back what it "
                   "lost.")


def _believed_ack(conn, manifest, my_site: str, result: ImportResult) -> int:
    """How much of this site's change log the sender has really applied (see app/services/incarnation.py)."""
    ack = manifest.received.get(my_site, 0)
    ack_epoch = manifest.received_epochs.get(my_site, "")
    if incarnation.went_back(conn, ack, ack_epoch):
        incarnation.begin(conn, unknown_past=True)
        result.warnings.append(_WENT_BACK_HERE)
    return incarnation.believed_ack(incarnation.lineage(conn), ack, ack_epoch)


def _bookkeeping(fd: FieldDesk, conn, verified: Verified, result: ImportResult, standing: Standing,
                 acked: int, *, acknowledge: bool = True) -> None:
    """``acknowledge=False`` (a bundle accepted with its future stamps changed here): the sender's position is not
    moved, so it sends those changes again, with its own repaired stamps, and both sites end with the same stamps."""
    opened, sender = verified.opened, verified.sender
    manifest = opened.manifest
    now = fd.wall.iso()
    inbound = conn.execute(select(IN).where(IN.c.peer_site_id == sender.site_id)).first()
    if standing.kind != "earlier_incarnation":
        received = manifest.covers_to if acknowledge else (inbound.received_upto if inbound is not None else 0)
        values = {"last_seq": manifest.sequence, "received_upto": received, "last_received_at": now,
                  "last_created_at": manifest.created_at, "epoch": manifest.epoch,
                  "epoch_started": manifest.epoch_started, "epoch_first_seq": manifest.epoch_first_seq,
                  "epoch_clock": manifest.epoch_clock}
        if manifest.resend_token:
            values["resend_token_seen"] = manifest.resend_token
        if inbound is None:
            conn.execute(insert(IN).values(peer_site_id=sender.site_id, **values))
        else:
            if standing.kind == "next":
                values["received_upto"] = max(values["received_upto"], inbound.received_upto)
            conn.execute(update(IN).where(IN.c.peer_site_id == sender.site_id).values(**values))
    _outbound(conn, verified, standing, acked, inbound, fd.site.site_id)
    conn.execute(insert(BUNDLES).values(
        bundle_id=manifest.bundle_id, direction="in", peer_site_id=sender.site_id, peer_office=sender.office_code,
        seq=manifest.sequence, file_sha256=opened.file_sha256, file_name=Path(result.file).name,
        changes=result.changes, applied=result.created + result.updated, skipped=result.skipped,
        conflicts=result.conflicts, held=result.held, at=now,
        summary={"warnings": result.warnings, "refused": result.refused, "created_at": manifest.created_at,
                 # what the sender says it refused of ours: the newest list replaces the last (sync status)
                 "refused_by_peer": [msgspec.structs.asdict(note) for note in manifest.refused]},
        epoch=manifest.epoch))


def _outbound(conn, verified: Verified, standing: Standing, acked: int, inbound, my_site: str) -> None:
    """What we believe the sender holds of ours, and whether its own changes must be sent back to it."""
    sender, manifest = verified.sender, verified.opened.manifest
    where = OUT.c.peer_site_id == sender.site_id
    outbound = conn.execute(select(OUT).where(where)).first()
    if outbound is None:
        conn.execute(insert(OUT).values(peer_site_id=sender.site_id, last_seq=0, acked_upto=acked))
        outbound = conn.execute(select(OUT).where(where)).first()
    values: dict = {}
    if outbound.resend_token and manifest.recovered.get(my_site) == outbound.resend_token:
        values.update(resend_own_after=None, resend_own_upto=None, resend_token="")  # it has them back
    position = incarnation.log_position(conn)
    if standing.restarts:
        # The sender went back: believe only what it says it holds now, and send back its own changes stamped
        # after its clock at that moment (all of them when it did not notice itself).
        after = manifest.epoch_clock if standing.kind == "new_incarnation" else 0
        values.update(acked_upto=acked, resend_own_after=after, resend_own_upto=position,
                      resend_token=str(uuid.uuid4()))
    elif standing.kind == "earlier_incarnation":
        # Made before the restore we know of: what it brought may be missing at the sender; send it back too.
        after = outbound.resend_own_after if values.get("resend_token", outbound.resend_token) else None
        values.update(resend_own_after=inbound.epoch_clock if after is None else min(after, inbound.epoch_clock),
                      resend_own_upto=position, resend_token=str(uuid.uuid4()))
    elif acked > outbound.acked_upto:
        values["acked_upto"] = acked
    if values:
        conn.execute(update(OUT).where(where).values(**values))


def _message(result: ImportResult, dry_run: bool) -> str:
    verb = "Would apply" if dry_run else "Applied"
    text = (f"{verb} bundle #{result.sequence} from {result.sender}: {result.created} new and {result.updated} updated "
            f"record(s), {result.skipped} already up to date")
    if result.conflicts:
        text += f", {result.conflicts} conflict(s) to review ('fielddesk conflicts list')"
    if result.refused:
        text += f", {result.refused} change(s) refused and kept for review ('fielddesk sync review')"
    return text + "."


def _keep_in_inbox(fd: FieldDesk, path: Path) -> Path:
    inbox = fd.folder.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / path.name
    if path.resolve() != target.resolve():
        shutil.copy2(path, target)
    return target
