"""``fielddesk bundle import``: verify everything (size, decryption, the sender's pinned signature, recipient,
hashes, schema, clock, ownership), then apply the whole bundle in one transaction together with its bookkeeping."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select, update

from app.migrations import KNOWN_REVISIONS
from app.models.base import PROGRAMME_OWNER
from app.models.sync import BundleRecord, SyncInbound, SyncOutbound
from app.services.attachments import store_bytes
from app.services.clock import HybridClock, physical_ms, stamp_to_iso, wall_ms
from app.services.entities import BY_NAME, PROGRAMME
from app.services.errors import FieldDeskError
from app.sync.container import (
    ATTACHMENT_PREFIX,
    CHANGES,
    BundleRejected,
    BundleTooNew,
    OpenedBundle,
    open_container,
)
from app.sync.failures import ApplyFailed, describe
from app.sync.keys import Peer, load_identity, peer_by_site
from app.sync.merge import Merger
from app.sync.wire import Change, WireError, decode_changes

if TYPE_CHECKING:
    from app.services.core import FieldDesk

IN = SyncInbound.__table__
OUT = SyncOutbound.__table__
BUNDLES = BundleRecord.__table__
DAY_MS = 24 * 3600 * 1000


@dataclass
class ImportResult:
    file: str
    status: str  # applied | would_apply | already_imported | superseded | rejected | too_new | failed
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
    expired: int = 0  # held changes dropped after waiting HELD_DAYS for their parent
    attachments: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.status == "failed":  # not the bundle's fault: the same file may go in when tried again
            return 1
        return 3 if self.status in ("rejected", "too_new") else 0

    def to_json(self) -> dict:
        return asdict(self)


class _DryRun(Exception):
    pass


class _Settled(Exception):
    """(status, message): the bundle was applied, or superseded, by the time the write lock was ours."""


def _already_settled(conn, verified: Verified) -> tuple[str, str] | None:
    manifest = verified.opened.manifest
    seen = conn.execute(select(BUNDLES.c.at).where(BUNDLES.c.bundle_id == manifest.bundle_id,
                                                   BUNDLES.c.direction == "in")).scalar()
    if seen:
        return "already_imported", f"Already imported on {seen[:10]}; nothing changed."
    last_seq = conn.execute(select(IN.c.last_seq).where(IN.c.peer_site_id == verified.sender.site_id)).scalar() or 0
    if manifest.sequence <= last_seq:
        return "superseded", (f"Bundle #{manifest.sequence} from {verified.sender.office_code} is older than bundle "
                              f"#{last_seq}, already imported, which included its changes; nothing changed.")
    return None


def _last_seq(fd: FieldDesk, verified: Verified) -> int:
    with fd.reading() as conn:
        return conn.execute(select(IN.c.last_seq).where(IN.c.peer_site_id == verified.sender.site_id)).scalar() or 0


@dataclass
class Verified:
    opened: OpenedBundle
    sender: Peer
    changes: list[Change]


def verify(fd: FieldDesk, path: Path) -> Verified:
    """Everything that can be checked before touching the database; raises BundleRejected."""
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
    _check_attachments(verified_files=opened.files, changes=changes)
    clock = HybridClock()
    newest = max([manifest.clock_max] + [c.hlc for c in changes])
    if clock.is_too_far_ahead(newest, DAY_MS):
        ahead_h = (physical_ms(newest) - wall_ms()) / 3_600_000
        raise BundleRejected(
            f"The bundle is stamped {ahead_h:.0f} hours ahead of this computer's clock (bundle: "
            f"{stamp_to_iso(newest)}, this computer: {stamp_to_iso(clock.tick())}). Check the date and time on both "
            "computers; nothing was applied and this computer's clock was not changed.")
    _check_ownership(fd, sender, changes)
    return Verified(opened, sender, changes)


def _check_attachments(*, verified_files: dict[str, bytes], changes: list[Change]) -> None:
    """An attachment file travels only with the attachment record that names it (export.py): a file no change in
    the bundle refers to is something slipped in, and would be stored here for nothing."""
    named = {c.new["sha256"] for c in changes if c.table == "attachment" and isinstance(c.new.get("sha256"), str)}
    stray = sorted(n[len(ATTACHMENT_PREFIX):] for n in verified_files
                   if n.startswith(ATTACHMENT_PREFIX) and n[len(ATTACHMENT_PREFIX):] not in named)
    if stray:
        raise BundleRejected(f"The bundle holds {len(stray)} attachment file(s) that no record in it refers to "
                             f"({stray[0][:12]}…); nothing was applied.")


def _check_ownership(fd: FieldDesk, sender: Peer, changes: list[Change]) -> None:
    if sender.role == "hq":
        return
    bad: list[str] = []
    owners: dict[tuple[str, str], str | None] = {}
    for change in changes:
        entity = BY_NAME.get(change.table)
        if entity is None:
            raise BundleRejected(f"The bundle changes an unknown kind of record '{change.table}'.")
        if entity.governance == PROGRAMME:
            bad.append(f"{entity.label.lower()} {change.record_id}")
            continue
        key = (change.table, change.record_id)
        if "owner_office" in change.new:
            if change.op != "create" and owners.get(key, change.new["owner_office"]) != change.new["owner_office"]:
                bad.append(f"{entity.label.lower()} {change.record_id} (changes its owner)")
            owners[key] = change.new["owner_office"]
        if key not in owners:
            with fd.reading() as conn:
                owners[key] = conn.execute(select(entity.table.c.owner_office)
                                           .where(entity.table.c.id == change.record_id)).scalar()
        owner = owners[key]
        if owner is not None and (owner != sender.office_code or owner == PROGRAMME_OWNER):
            bad.append(f"{entity.label.lower()} {change.record_id} (owned by {owner})")
    if bad:
        listed = ", ".join(sorted(set(bad))[:5]) + (f" and {len(set(bad)) - 5} more" if len(set(bad)) > 5 else "")
        raise BundleRejected(f"Office {sender.office_code} may change only its own records, but this bundle changes "
                             f"{listed}. Nothing was applied.")


def inspect_bundle(fd: FieldDesk, path: Path) -> tuple[ImportResult, Verified | None]:
    """Every check import makes, and its merge as a dry run, without applying or keeping anything: what ``bundle
    inspect`` shows. The Verified bundle comes back when the checks before the merge passed."""
    seen: list[Verified] = []
    result = import_bundle(fd, path, dry_run=True, backup=False, keep_too_new=False, on_verified=seen.append)
    return result, (seen[0] if seen else None)


def import_bundle(fd: FieldDesk, path: Path, *, dry_run: bool = False, backup: bool = True,
                  keep_too_new: bool = True, on_verified: Callable[[Verified], None] | None = None) -> ImportResult:
    """Verify, then apply ``path``. Unless ``dry_run``, an automatic backup is made first (``backup=False`` only
    for benchmarks and tests that measure the apply step itself).

    Never raises for a bundle: whatever goes wrong ends in a result, so one bad file in a batch does not stop the
    others. What the database raises while applying becomes a refusal named in plain words (``failures``); a
    failure that is not the bundle's (a busy database, a full disk) is status "failed" (exit 1)."""
    path = Path(path)
    try:
        return _import_bundle(fd, path, dry_run=dry_run, backup=backup, keep_too_new=keep_too_new,
                              on_verified=on_verified)
    except ApplyFailed as exc:
        return ImportResult(str(path), "failed", str(exc))
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc))
    except FieldDeskError as exc:  # this profile's trouble (its keys cannot be read...): the message is written for it
        return ImportResult(str(path), "failed", str(exc))
    except Exception as exc:
        try:
            reason = describe(exc)
        except ApplyFailed as failed:
            return ImportResult(str(path), "failed", str(failed))
        return ImportResult(str(path), "rejected", f"The bundle cannot be applied: {reason}. Nothing was applied.")


def _import_bundle(fd: FieldDesk, path: Path, *, dry_run: bool, backup: bool, keep_too_new: bool,
                   on_verified: Callable[[Verified], None] | None) -> ImportResult:
    try:
        verified = verify(fd, path)
    except BundleTooNew as exc:
        if not keep_too_new:
            return ImportResult(str(path), "too_new", str(exc))
        kept = _keep_in_inbox(fd, path)
        return ImportResult(str(path), "too_new", f"{exc} The file was kept in {kept}.")
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc))
    if on_verified is not None:
        on_verified(verified)
    manifest = verified.opened.manifest
    result = ImportResult(str(path), "applied", "", bundle_id=manifest.bundle_id, sender=verified.sender.office_code,
                          sequence=manifest.sequence, changes=len(verified.changes))
    with fd.reading() as conn:
        settled = _already_settled(conn, verified)
    if settled is not None:
        result.status, result.message = settled
        return result
    last_seq = _last_seq(fd, verified)
    if manifest.sequence > last_seq + 1:
        missing = ", ".join(f"#{n}" for n in range(last_seq + 1, manifest.sequence))
        result.warnings.append(f"Bundle(s) {missing} from {verified.sender.office_code} never arrived here; their "
                               "changes are included in this one.")
    if backup and not dry_run and fd.db.is_sqlite:
        from app.services.backup import backup_before

        backup_before(fd.folder, fd.db, f"before-import-{verified.sender.office_code}-{manifest.sequence}")
    try:
        _apply(fd, verified, result, dry_run)
    except _DryRun:
        pass
    except _Settled as settled:  # another import of the same bundle committed first (a shared server)
        result.status, result.message = settled.args
        result.created = result.updated = result.skipped = result.conflicts = result.held = 0
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", str(exc), bundle_id=manifest.bundle_id,
                            sender=verified.sender.office_code, sequence=manifest.sequence)
    except ApplyFailed as exc:
        return ImportResult(str(path), "failed", str(exc), bundle_id=manifest.bundle_id,
                            sender=verified.sender.office_code, sequence=manifest.sequence)
    except Exception as exc:  # the transaction has rolled back; say what was wrong without the values
        reason = describe(exc)
        return ImportResult(str(path), "rejected", f"The bundle from {verified.sender.office_code} cannot be applied: "
                            f"{reason}. Nothing was applied.", bundle_id=manifest.bundle_id,
                            sender=verified.sender.office_code, sequence=manifest.sequence)
    return result


def _apply(fd: FieldDesk, verified: Verified, result: ImportResult, dry_run: bool) -> None:
    if dry_run:
        from app.sync.dryrun import rehearsal

        with rehearsal(fd) as w:
            _apply_in(fd, w, verified, result, dry_run, [])
        return
    new_files: list[Path] = []
    try:
        with fd.writing() as w:
            _apply_in(fd, w, verified, result, dry_run, new_files)
    except BaseException:
        # The transaction rolled back (or never committed): the attachment files it wrote go with it. Files that
        # were here before are kept (content-addressed, other records may use them).
        for path in new_files:
            path.unlink(missing_ok=True)
        raise


def _apply_in(fd: FieldDesk, w, verified: Verified, result: ImportResult, dry_run: bool,
              new_files: list[Path]) -> None:
    """The bundle's changes, its attachments and its bookkeeping, all in the one write transaction ``w``."""
    opened, sender = verified.opened, verified.sender
    manifest = opened.manifest
    settled = _already_settled(w.conn, verified)  # again, now that this transaction holds the write lock
    if settled is not None:
        raise _Settled(*settled)
    merger = Merger(w, sender_site=sender.site_id, sender_office=sender.office_code,
                    acked_by_sender=manifest.received.get(fd.site.site_id, 0), bundle_id=manifest.bundle_id,
                    bulk_sqlite=fd.db.is_sqlite)
    counts = merger.apply(verified.changes)
    result.created, result.updated, result.skipped = counts.created, counts.updated, counts.unchanged
    result.conflicts, result.released = counts.conflicts, counts.released
    _expire_held(fd, w.conn, result)
    result.held = merger.waiting()
    result.warnings += counts.warnings
    if result.held:
        result.warnings.append(f"{result.held} change(s) wait for a record that has not arrived yet; they will "
                               "be applied when it does.")
    _bookkeeping(fd, w.conn, verified, result)
    result.message = _message(result, dry_run)
    if dry_run:
        from app.sync.dryrun import finish

        finish(w, sender.office_code)
        result.status = "would_apply"
        raise _DryRun
    for name, data in opened.files.items():
        if name.startswith(ATTACHMENT_PREFIX):
            stored = store_bytes(fd, data, name[len(ATTACHMENT_PREFIX):])
            if stored is not None:
                new_files.append(stored)
            result.attachments += 1


def _expire_held(fd: FieldDesk, conn, result: ImportResult) -> None:
    """After the merge, so that a parent arriving in this very bundle still frees its old children."""
    from app.sync.held import HELD_DAYS, expire

    dropped = expire(conn)
    if dropped:
        result.expired = sum(dropped.values())
        offices = ", ".join(sorted(_office_of(fd, site) for site in dropped))
        result.warnings.append(f"{result.expired} held change(s) from {offices} waited more than {HELD_DAYS} days for "
                               "a record that never arrived and were dropped ('fielddesk sync status').")


def _office_of(fd: FieldDesk, site: str) -> str:
    peer = peer_by_site(fd, site)
    return peer.office_code if peer else f"site {site[:8]}"


def _bookkeeping(fd: FieldDesk, conn, verified: Verified, result: ImportResult) -> None:
    from app.services.clock import now_iso

    opened, sender = verified.opened, verified.sender
    manifest = opened.manifest
    now = now_iso()
    inbound = conn.execute(select(IN).where(IN.c.peer_site_id == sender.site_id)).first()
    values = {"last_seq": manifest.sequence, "received_upto": manifest.covers_to, "last_received_at": now}
    if inbound is None:
        conn.execute(insert(IN).values(peer_site_id=sender.site_id, **values))
    else:
        values["received_upto"] = max(values["received_upto"], inbound.received_upto)
        conn.execute(update(IN).where(IN.c.peer_site_id == sender.site_id).values(**values))
    acked = manifest.received.get(fd.site.site_id, 0)
    outbound = conn.execute(select(OUT).where(OUT.c.peer_site_id == sender.site_id)).first()
    if outbound is None:
        conn.execute(insert(OUT).values(peer_site_id=sender.site_id, last_seq=0, acked_upto=acked))
    elif acked > outbound.acked_upto:
        conn.execute(update(OUT).where(OUT.c.peer_site_id == sender.site_id).values(acked_upto=acked))
    conn.execute(insert(BUNDLES).values(
        bundle_id=manifest.bundle_id, direction="in", peer_site_id=sender.site_id, peer_office=sender.office_code,
        seq=manifest.sequence, file_sha256=opened.file_sha256, file_name=Path(result.file).name,
        changes=result.changes, applied=result.created + result.updated, skipped=result.skipped,
        conflicts=result.conflicts, held=result.held, at=now, summary={"warnings": result.warnings}))


def _message(result: ImportResult, dry_run: bool) -> str:
    verb = "Would apply" if dry_run else "Applied"
    text = (f"{verb} bundle #{result.sequence} from {result.sender}: {result.created} new and {result.updated} updated "
            f"record(s), {result.skipped} already up to date")
    if result.conflicts:
        text += f", {result.conflicts} conflict(s) to review ('fielddesk conflicts list')"
    return text + "."


def _keep_in_inbox(fd: FieldDesk, path: Path) -> Path:
    inbox = fd.folder.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / path.name
    if path.resolve() != target.resolve():
        shutil.copy2(path, target)
    return target
