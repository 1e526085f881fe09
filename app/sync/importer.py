"""``fielddesk bundle import``: verify everything (size, decryption, the sender's pinned signature, recipient,
hashes, schema, numbers, clock), then apply the bundle in one transaction together with its attachments and its
bookkeeping. Each change is checked against the sender's rights and the form's rules as it is merged
(``app.sync.rights``): a refused change is kept for review and reported, and the rest of the bundle is applied.
Whatever goes wrong ends in a result, never an exception: one bad file in a batch does not stop the others."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.migrations import KNOWN_REVISIONS
from app.services.errors import FieldDeskError, message_of
from app.services.privacy.erasure import finish
from app.services.profile.attachments import MAX_ATTACHMENT_BYTES, store_bytes
from app.services.profile.backup import backup_before
from app.services.profile.keys import Peer, load_identity, peer_by_site
from app.services.store import incarnation
from app.services.store.wire import Change, WireError, decode_changes
from app.sync import erasures, hq_users, rotation
from app.sync import standing as standings
from app.sync.attribution import as_made_by
from app.sync.bundle_head import read_head
from app.sync.bundle_read import OpenedBundle, read_attachments, read_bundle
from app.sync.conflict_notices import record_notices
from app.sync.consent import (
    came_back_under_pseudonym,
    keep_names_at_office,
    log_position,
    no_pseudonym_over_names,
    policy_lifted_since,
    send_names_again,
    withdraw_at_headquarters,
    withdrawn_in,
)
from app.sync.container import (
    ATTACHMENT_PREFIX,
    CHANGES,
    MAX_BUNDLE_BYTES,
    BundleRejected,
    BundleTooNew,
    attachment_entry,
)
from app.sync.dryrun import rehearsal
from app.sync.erasures import check_manifest
from app.sync.failures import ApplyFailed, describe
from app.sync.gaps import format_gaps, gaps
from app.sync.held import HELD_DAYS, expire
from app.sync.hq_policy import users_required
from app.sync.hq_users import ROOT_AUTHOR, _seen
from app.sync.merge import Merger
from app.sync.quarantine import bring_to_present, quarantine, quarantined_before, release_superseded
from app.sync.rights import Party
from app.sync.rotation import record_adoption
from app.sync.skew import BundleQuarantined, bundle_skew_warnings, check_not_ahead
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

IN = standings.IN
INT32_MAX = 2**31 - 1  # bundle numbers and change-log positions are stored in 32-bit columns


@dataclass
class ImportResult:
    file: str
    status: str  # applied | would_apply | already_imported | superseded | rejected | too_new | quarantined | failed
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
    refused: int = 0  # changes not applied, kept for review ('fielddesk sync review')
    refused_records: list[str] = field(default_factory=list)
    attachments: int = 0
    erasures: int = 0  # people's personal data erased here, as the bundle asked (app/sync/erasures.py)
    withdrawn: int = 0  # at headquarters: names it held of people who withdrew consent to share (app/sync/consent.py)
    withheld_files: int = 0  # at headquarters: files removed of people it may not name (app/sync/withheld_files.py)
    warnings: list[str] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        if self.status == "failed":  # not the bundle's fault: the same file may go in when tried again
            return 1
        return 3 if self.status in ("rejected", "too_new", "quarantined") else 0

    def to_json(self) -> dict:
        return asdict(self)


class _DryRun(Exception):
    pass


class _Settled(Exception):
    """(status, message): the bundle was applied, or superseded, by the time the write lock was ours."""


@dataclass
class Verified:
    opened: OpenedBundle
    sender: Peer  # with the new keys the bundle's statements carry, when it carries any (app/sync/rotation.py)
    changes: list[Change]
    pinned: Peer | None = None  # the sender as pinned here before this bundle
    adopted: list = field(default_factory=list)  # the sender's key changes this bundle makes known here
    signer_user: str = ""  # the headquarters user whose own key signed it ("" when the site's key did)
    user_statements: list = field(default_factory=list)  # headquarters' statements about its users, new here


def verify(fd: FieldDesk, path: Path, *, accept_clock: bool = False) -> Verified:
    """Everything that can be checked before touching the database; raises BundleRejected (BundleQuarantined when
    only the clock is wrong: stamped too far ahead, unless ``accept_clock`` says someone has checked it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BundleRejected(problem("bundle.unreadable_file", path=str(path),
                                     reason=exc.strerror or str(exc))) from None
    if size > MAX_BUNDLE_BYTES:
        raise BundleRejected(problem("bundle.file_too_large", name=path.name))
    identity = load_identity(fd)
    head = read_head(path, identity.decryption_identities)  # the signed manifest alone, from the file's first chunks
    manifest = head.manifest
    if manifest.sender.site_id == fd.site.site_id:
        raise BundleRejected(problem("bundle.own_bundle"))
    sender = peer_by_site(fd, manifest.sender.site_id)
    if sender is None:
        raise BundleRejected(problem("bundle.untrusted_sender", office=manifest.sender.office))
    pinned = sender
    sender, adopted = rotation.follow(pinned, manifest.key_changes)
    if (manifest.signer or manifest.user_statements) and sender.role != "hq":
        raise BundleRejected(problem("bundle.bad_signature", office=sender.office_code))
    if manifest.signer:  # a headquarters user's own key, certified by headquarters' pinned key (hq_users.py)
        signer_user, statements = hq_users.check_signer(fd, sender, manifest.signer, manifest.user_statements,
                                                        head.signature, head.manifest_raw)
    elif not sender.verify(head.signature, head.manifest_raw):
        retired = rotation.retired_signer(fd, pinned, head.signature, head.manifest_raw)
        if retired is not None:
            raise BundleRejected(rotation.refusal(pinned, retired))
        raise BundleRejected(problem("bundle.bad_signature", office=sender.office_code))
    else:
        if sender.role == "hq" and users_required(hq_users._seen(fd)):  # headquarters said: its users sign
            raise BundleRejected(problem("bundle.root_signed_refused", office=sender.office_code))
        signer_user, statements = "", hq_users.fresh(fd, sender, manifest.user_statements)
    # Signed by a key trusted here: only now is the whole file read, decrypted and hashed, as a stream (memory
    # bounded whatever its size), and the manifest found there must be the one whose signature was checked.
    opened = read_bundle(path, identity.decryption_identities, manifest, MAX_ATTACHMENT_BYTES)
    if (opened.manifest_raw, opened.signature) != (head.manifest_raw, head.signature):
        raise BundleRejected(problem("bundle.bad_signature", office=sender.office_code))
    if manifest.sender.office.upper() != sender.office_code:
        raise BundleRejected(problem("bundle.office_mismatch", claimed=manifest.sender.office,
                                     office=sender.office_code))
    if manifest.recipient.site_id != fd.site.site_id:
        raise BundleRejected(problem("bundle.wrong_recipient", recipient=manifest.recipient.office,
                                     office=fd.site.office))
    _check_numbers(manifest)
    if manifest.schema_version not in KNOWN_REVISIONS:
        raise BundleTooNew(problem("bundle.newer_schema", schema=manifest.schema_version,
                                   app_version=manifest.app_version))
    try:
        changes = decode_changes(opened.files[CHANGES], manifest.changes_size)
    except WireError as exc:
        raise BundleRejected(problem("bundle.changes_unusable", detail=str(exc))) from None
    if len(changes) != manifest.change_count:
        raise BundleRejected(problem("bundle.change_count", announced=manifest.change_count, count=len(changes)))
    _check_attachments(entries=opened.entries, changes=changes, salt=manifest.attachment_salt)
    if not accept_clock:  # last, so that a quarantined bundle is one that passed every other check
        check_not_ahead(fd, manifest, changes, sender)
    return Verified(opened, sender, changes, pinned, adopted, signer_user, statements)


def _check_numbers(manifest) -> None:
    """Every number a bundle states about the sync is a count or a position: whole, not negative, within the
    columns that keep it, and in a sensible order. A signed bundle can still be wrong (a bug, a stolen key)."""
    counts = [("its bundle number", manifest.sequence), ("the start of its range", manifest.covers_from),
              ("the end of its range", manifest.covers_to), ("its first bundle number", manifest.epoch_first_seq),
              *(("an acknowledgement", value) for value in manifest.received.values())]
    for what, value in counts:
        if not 0 <= value <= INT32_MAX:
            raise BundleRejected(problem("bundle.number_out_of_range", what=what, value=str(value),
                                         limit=f"{INT32_MAX:,}"))
    if manifest.sequence < 1 or not 1 <= manifest.epoch_first_seq <= manifest.sequence:
        raise BundleRejected(problem("bundle.bad_sequence", sequence=str(manifest.sequence),
                                     first=str(manifest.epoch_first_seq)))
    if manifest.covers_from > manifest.covers_to:
        raise BundleRejected(problem("bundle.bad_range"))
    wrong = check_manifest(manifest.erasures, manifest.erasures_held)
    if wrong:
        raise BundleRejected(problem(f"bundle.{wrong}"))
    if (len(manifest.received) > 100_000 or len(manifest.epoch) > 36 or len(manifest.epoch_started) > 32
            or any(len(k) > 36 or len(v) > 36 for k, v in manifest.received_epochs.items())):
        raise BundleRejected(problem("bundle.ids_too_long"))


def attachment_shas(changes: list[Change], salt: str) -> dict[str, str]:
    """The entry that would carry each content the bundle's attachment records name -> its SHA-256."""
    named = {c.new["sha256"] for c in changes if c.table == "attachment" and isinstance(c.new.get("sha256"), str)
             and len(c.new["sha256"]) == 64 and c.new["sha256"].isascii()}
    return {attachment_entry(sha, salt): sha for sha in named}


def _check_attachments(*, entries: list[str], changes: list[Change], salt: str) -> None:
    """An attachment file travels only with the attachment record that names it (export.py): a file no change in
    the bundle refers to is something slipped in, and would be stored here for nothing."""
    named = attachment_shas(changes, salt)
    stray = sorted(n[len(ATTACHMENT_PREFIX):] for n in entries
                   if n.startswith(ATTACHMENT_PREFIX) and n not in named)
    if stray:
        raise BundleRejected(problem("bundle.stray_attachments", count=len(stray), first=stray[0][:12]))


def inspect_bundle(fd: FieldDesk, path: Path) -> tuple[ImportResult, Verified | None]:
    """Every check import makes, and its merge as a dry run, without applying or keeping anything: what ``bundle
    inspect`` shows. The Verified bundle comes back when the checks before the merge passed. A bundle stamped too
    far ahead is merged all the same (people inspect it before accepting it); the caller names its clock."""
    seen: list[Verified] = []
    result = import_bundle(fd, path, dry_run=True, backup=False, keep_too_new=False, on_verified=seen.append,
                           accept_clock=True)
    return result, (seen[0] if seen else None)


def import_bundle(fd: FieldDesk, path: Path, *, dry_run: bool = False, backup: bool = True,
                  accept_clock: bool = False, keep_too_new: bool = True,
                  on_verified: Callable[[Verified], None] | None = None) -> ImportResult:
    """Verify, then apply ``path``. Unless ``dry_run``, an automatic backup is made first (``backup=False`` only
    for benchmarks and tests that measure the apply step itself). ``accept_clock``: apply a bundle stamped too far
    ahead, its future stamps brought back to the present (app/sync/quarantine.py).

    Never raises for a bundle: what the database raises while applying becomes a refusal named in plain words
    (``failures``); a failure that is not the bundle's (a busy database, a full disk) is status "failed" (exit 1)."""
    path = Path(path)
    try:
        return _import_bundle(fd, path, dry_run=dry_run, backup=backup, accept_clock=accept_clock,
                              keep_too_new=keep_too_new, on_verified=on_verified)
    except ApplyFailed as exc:
        return ImportResult(str(path), "failed", message_of(exc))
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", message_of(exc))
    except FieldDeskError as exc:  # this profile's trouble (its keys cannot be read...): the message is written for it
        return ImportResult(str(path), "failed", message_of(exc))
    except Exception as exc:
        try:
            reason = describe(exc)
        except ApplyFailed as failed:
            return ImportResult(str(path), "failed", message_of(failed))
        return ImportResult(str(path), "rejected", problem("bundle.cannot_apply", reason=reason))


def _adopted_note(verified: Verified) -> str:
    how = "revoked" if any(c.revoked for c in verified.adopted) else "replaced"
    return problem(f"bundle.warn_keys_{how}", office=verified.sender.office_code,
                   fingerprint=verified.sender.fingerprint)


def _import_bundle(fd: FieldDesk, path: Path, *, dry_run: bool, backup: bool, accept_clock: bool,
                   keep_too_new: bool, on_verified: Callable[[Verified], None] | None) -> ImportResult:
    try:
        verified = verify(fd, path, accept_clock=accept_clock)
    except BundleQuarantined as exc:
        return quarantine(fd, path, exc)
    except BundleTooNew as exc:
        if not keep_too_new:
            return ImportResult(str(path), "too_new", message_of(exc))
        kept = _keep_in_inbox(fd, path)
        return ImportResult(str(path), "too_new", kept_in_inbox(message_of(exc), kept))
    except BundleRejected as exc:
        return ImportResult(str(path), "rejected", message_of(exc))
    if on_verified is not None:
        on_verified(verified)
    manifest = verified.opened.manifest
    result = ImportResult(str(path), "applied", "", bundle_id=manifest.bundle_id, sender=verified.sender.office_code,
                          sequence=manifest.sequence, changes=len(verified.changes))
    if verified.adopted and not dry_run:  # the statements are the sender's own, whatever becomes of the bundle
        record_adoption(fd, verified.pinned, verified.sender, verified.adopted)
        result.warnings.append(_adopted_note(verified))
    with fd.reading() as conn:
        standing = standings.standing_of(conn, verified)
        inbound = conn.execute(select(IN).where(IN.c.peer_site_id == verified.sender.site_id)).first()
    try:
        standings.check_sequence(verified, inbound)
    except BundleRejected as exc:
        return _rejected(result, str(exc))
    if standing.settled:
        result.status, result.message = standing.kind, standing.message
        if standing.kind == "superseded" and not dry_run:
            with fd.writing() as w:
                fresh = standings.standing_of(w.conn, verified)
                if fresh.kind == "superseded":
                    standings.record_superseded(w.conn, verified, result)
                elif fresh.settled:  # another process applied or recorded it meanwhile: say what is true now
                    result.status, result.message = fresh.kind, fresh.message
        return result
    held_back = quarantined_before(fd, verified.sender.office_code, manifest.sequence)
    gap = standings.gap(standing, inbound, manifest)
    if gap:
        # numbers kept in quarantine here did arrive: they are not missing
        missing = gaps(gap[0], [n for n in held_back if gap[0] <= n <= gap[1]] + [manifest.sequence])
        if missing:
            result.warnings.append(problem("bundle.warn_gaps", numbers=format_gaps(missing),
                                           count=sum(last - first + 1 for first, last in missing),
                                           office=verified.sender.office_code))
    if backup and not dry_run and fd.db.is_sqlite:
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
        return _rejected(result, message_of(exc))
    except ApplyFailed as exc:
        return _rejected(result, message_of(exc), status="failed")
    except Exception as exc:  # the transaction has rolled back; say what was wrong without the values
        return _rejected(result, problem("bundle.cannot_apply_from", office=verified.sender.office_code,
                                         reason=describe(exc)))
    if not dry_run and result.status == "applied":
        with fd.reading() as conn:
            incarnation.remember_high_water(fd, conn)
    if held_back and result.status == "applied":
        result.warnings.append(release_superseded(fd, verified.sender.office_code, held_back))
    return result


def _rejected(result: ImportResult, message: str, status: str = "rejected") -> ImportResult:
    return ImportResult(result.file, status, message, bundle_id=result.bundle_id, sender=result.sender,
                        sequence=result.sequence)


def _apply(fd: FieldDesk, verified: Verified, result: ImportResult, dry_run: bool, accept_clock: bool) -> None:
    erased_files: list[Path] = []
    if dry_run:
        with rehearsal(fd) as w:
            settled = _apply_in(fd, w, verified, result, dry_run, accept_clock, [], erased_files)
    else:
        new_files: list[Path] = []
        try:
            with fd.writing() as w:
                settled = _apply_in(fd, w, verified, result, dry_run, accept_clock, new_files, erased_files)
        except BaseException:
            # The transaction rolled back (or never committed): the attachment files it wrote go with it. Files
            # that were here before are kept (content-addressed, other records may use them).
            for path in new_files:
                path.unlink(missing_ok=True)
            raise
        # committed: remove erased files, rewrite the database's storage
        if result.erasures or result.withdrawn or result.withheld_files:
            finish(fd, erased_files)
    if settled is not None:  # raised once its transaction has committed (a late bundle's arrival is recorded)
        raise _Settled(settled.kind, settled.message)


def _apply_in(fd: FieldDesk, w, verified: Verified, result: ImportResult, dry_run: bool, accept_clock: bool,
              new_files: list[Path], erased_files: list[Path]) -> standings.Standing | None:
    """The bundle's changes, its attachments and its bookkeeping, all in the one write transaction ``w``; or, when
    another import settled the bundle meanwhile, its standing (a late bundle's arrival recorded)."""
    standing = standings.standing_of(w.conn, verified)  # again, now that this transaction holds the write lock
    if standing.settled:
        if standing.kind == "superseded" and not dry_run:
            standings.record_superseded(w.conn, verified, result)
        return standing
    scrubber = _merge(fd, w, verified, result, standing, dry_run, accept_clock, erased_files)
    if verified.user_statements:
        hq_users.remember(fd, w.conn, verified.user_statements)
    shas = attachment_shas(verified.changes, verified.opened.manifest.attachment_salt)
    wanted = {name for name in verified.opened.entries  # an erased person's file is not kept
              if name.startswith(ATTACHMENT_PREFIX) and scrubber.keeps_content(shas[name])}

    def store(name: str, data: bytes) -> None:
        stored = store_bytes(fd, data, shas[name])
        if stored is not None:
            new_files.append(stored)
        result.attachments += 1

    if wanted:  # read from the file again, one attachment at a time (app/sync/bundle_read.py)
        read_attachments(verified.opened, wanted, store, MAX_ATTACHMENT_BYTES)
    if fd.site.is_hq:  # once the bundle's contents are stored: the files of people it may not name go
        # imported here: a test replaces services.privacy.person_records.scrub_texts
        from app.services.privacy.person_records import scrub_texts

        # imported here: a test replaces sync.withheld_files.remove_at_headquarters
        from app.sync.withheld_files import remove_at_headquarters, withheld_with_files, withheld_with_texts

        result.withheld_files, paths = remove_at_headquarters(
            fd, w.conn, withheld_with_files(w.conn, verified.sender.office_code))
        erased_files.extend(paths)
        texts = withheld_with_texts(w.conn, verified.sender.office_code)  # their fellowships' text, held before
        if texts:
            result.withdrawn = max(result.withdrawn, len(scrub_texts(w.conn, texts)))
        if result.withheld_files:
            result.message = _message(result, dry_run)
    return None


def _merge(fd: FieldDesk, w, verified: Verified, result: ImportResult, standing: standings.Standing, dry_run: bool,
           accept_clock: bool, erased_files: list[Path]):
    sender, manifest = verified.sender, verified.opened.manifest
    result.warnings += bundle_skew_warnings(fd, w.conn, manifest, sender)
    result.erasures = erasures.apply_notices(fd, w, manifest.erasures, _party(sender), result.warnings, erased_files)
    scrubber = erasures.Scrubber(w.conn)
    scrubber.learn(verified.changes)
    changes, restamped = verified.changes, 0
    if sender.role == "hq":  # headquarters' own changes: by the certified user who made each, else who signed
        changes = as_made_by(changes, sender.site_id, verified.signer_user or ROOT_AUTHOR,
                             _seen(fd) + verified.user_statements)
    if accept_clock:
        changes, restamped = bring_to_present(w, changes)
    back_under_pseudonym: set[str] = set()
    if not fd.site.is_hq:  # its own changes sent back after a restore: a name held here is not replaced
        changes, back_under_pseudonym = keep_names_at_office(w.conn, changes, fd.site.site_id)
        changes = no_pseudonym_over_names(w.conn, changes, fd.site.site_id)
    acked = standings.believed_ack(w.conn, manifest, fd.site.site_id, result)
    merger = Merger(w, sender=_party(sender), acked_by_sender=acked, bundle_id=manifest.bundle_id,
                    bulk_sqlite=fd.db.is_sqlite, party_of=lambda site: _party(peer_by_site(fd, site)),
                    scrubber=scrubber)
    if not fd.site.is_hq:
        position = log_position(w.conn)
    counts = merger.apply(changes)
    if fd.site.is_hq:  # a participant who withdrew consent to share: the name held here goes
        result.withdrawn = withdraw_at_headquarters(w.conn, withdrawn_in(w.conn, changes, fd.site.office))
    else:  # headquarters lifted its names policy: the names it removed go back with the next bundle
        w.flush()
        if policy_lifted_since(w.conn, position):
            send_names_again(w, fd.site.office)
    if back_under_pseudonym and (back := came_back_under_pseudonym(w.conn, back_under_pseudonym)):
        result.warnings.append(problem("bundle.warn_names_not_back", count=len(back), names=", ".join(back)))
    erasures.record_acks(w.conn, manifest.erasures_held, sender.site_id, sender.office_code, sender.role == "hq",
                         w.now_iso())
    counts.conflicts += record_notices(w, manifest.conflicts, sender, manifest.bundle_id)
    if restamped:
        result.warnings.append(problem("bundle.warn_restamped", count=restamped, office=sender.office_code))
    result.created, result.updated, result.skipped = counts.created, counts.updated, counts.unchanged
    result.conflicts, result.released = counts.conflicts, counts.released
    result.refused, result.refused_records = counts.refused, counts.refused_records
    if result.refused:
        shown = ", ".join(result.refused_records[:5])
        if result.refused > 5:
            result.warnings.append(problem("bundle.warn_refused_more", count=result.refused, records=shown,
                                           more=result.refused - 5))
        else:
            result.warnings.append(problem("bundle.warn_refused", count=result.refused, records=shown))
    _expire_held(fd, w.conn, result)
    result.held = merger.waiting()
    result.warnings += counts.warnings
    if result.held:
        result.warnings.append(problem("bundle.warn_held", count=result.held))
    if standing.message:
        result.warnings.append(standing.message)
    w.flush()
    standings.record_applied(fd, w.conn, verified, result, standing, acked, acknowledge=not restamped)
    result.message = _message(result, dry_run)
    if dry_run:
        # imported here: the module's name finish is another thing
        from app.sync.dryrun import finish

        finish(w, sender.office_code)
        result.status = "would_apply"
        raise _DryRun
    return scrubber


def _party(peer: Peer | None) -> Party | None:
    return None if peer is None else Party(peer.site_id, peer.office_code, peer.role == "hq")


def _expire_held(fd: FieldDesk, conn, result: ImportResult) -> None:
    """After the merge, so that a parent arriving in this very bundle still frees its old children."""
    dropped = expire(conn)
    if dropped:
        result.expired = sum(dropped.values())
        offices = ", ".join(sorted(_office_of(fd, site) for site in dropped))
        result.warnings.append(problem("bundle.warn_expired", count=result.expired, offices=offices, days=HELD_DAYS))


def _office_of(fd: FieldDesk, site: str) -> str:
    peer = peer_by_site(fd, site)
    return peer.office_code if peer else f"site {site[:8]}"


def _message(result: ImportResult, dry_run: bool) -> ProblemText:
    """The outcome line, from the catalogue (``problem.bundle.applied``): English on the command line, the reader's
    language wherever it is rendered."""
    def clause(code: str, count: int):
        return problem(code, count=count) if count else ""

    return problem("bundle.would_apply" if dry_run else "bundle.applied", sequence=result.sequence,
                   office=result.sender, created=result.created, updated=result.updated, skipped=result.skipped,
                   conflicts=clause("bundle.applied_conflicts", result.conflicts),
                   refused=clause("bundle.applied_refused", result.refused),
                   erasures=clause("bundle.applied_erasures", result.erasures),
                   withdrawn=clause("bundle.applied_withdrawn", result.withdrawn),
                   files=clause("bundle.applied_withheld_files", result.withheld_files))


def kept_in_inbox(message: str, kept: Path) -> str:
    """A bundle too new for this FieldDesk, and where it waits for the update."""
    if isinstance(message, ProblemText):
        return problem(f"{message.code}_kept", **message.params, kept=str(kept))
    return f"{message} The file was kept in {kept}."


def _keep_in_inbox(fd: FieldDesk, path: Path) -> Path:
    inbox = fd.folder.inbox_dir
    inbox.mkdir(parents=True, exist_ok=True)
    target = inbox / path.name
    if path.resolve() != target.resolve():
        shutil.copy2(path, target)
    return target
