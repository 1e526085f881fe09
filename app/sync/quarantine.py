"""Bundles stamped too far ahead: kept in ``PROFILE/inbox/quarantine/`` with a note of why, nothing applied, until
someone who has checked the clocks accepts one (``fielddesk bundle accept ID``).

Accepting applies the bundle with each stamp further ahead than this site's clock ceiling replaced by a present stamp
of this site (origin, author and times stay the sender's), so the bundle cannot drag this site's clock or win every
later edit here for days. The sender still holds the old stamps, so the bundle is not acknowledged: the sender sends
those changes again after its own ``clock repair``, and both sites then hold the same stamps.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec

from app.services.errors import FieldDeskError, NotFound
from app.sync.bundle_head import read_head
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.store.changes import Writer
    from app.services.store.wire import Change
    from app.sync.importer import ImportResult
    from app.sync.skew import BundleQuarantined

SUFFIX = ".fdb"


def quarantine_dir(fd: FieldDesk) -> Path:
    return fd.folder.inbox_dir / "quarantine"


def quarantine(fd: FieldDesk, path: Path, exc: BundleQuarantined) -> ImportResult:
    """Keep the bundle and a note of why; nothing is applied. The result's message is one line. A dry run keeps it
    too (as a bundle from a newer schema is kept in the inbox): the GUI's preview is a dry run, and the file should
    be where ``bundle accept`` finds it whichever way it was read."""
    # imported here: it loads cryptography (with services.profile.keys)
    from app.services.profile.keys import load_identity

    # imported here: a cycle (sync.quarantine -> sync.importer -> sync.quarantine)
    from app.sync.importer import ImportResult

    manifest = read_head(path, load_identity(fd).decryption_identities).manifest  # verified before it came here
    short = manifest.bundle_id[:8]
    folder = quarantine_dir(fd)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{manifest.bundle_id}{SUFFIX}"
    if path.resolve() != target.resolve():
        shutil.copy2(path, target)
    note = {"bundle_id": manifest.bundle_id, "sender": manifest.sender.office, "sequence": manifest.sequence,
            "file_name": path.name, "newest_stamp": exc.newest, "ahead_ms": exc.ahead_ms,
            "reason": str(exc), "quarantined_at": fd.wall.iso()}
    target.with_suffix(".json").write_text(json.dumps(note, indent=2))
    message = problem("bundle.quarantined", reason=getattr(exc, "reason", str(exc)), short=short,
                      office=manifest.sender.office)
    return ImportResult(str(path), "quarantined", message, bundle_id=manifest.bundle_id,
                        sender=manifest.sender.office, sequence=manifest.sequence)


def quarantined(fd: FieldDesk) -> list[dict]:
    """The notes of the bundles waiting in quarantine, oldest first."""
    folder = quarantine_dir(fd)
    if not folder.is_dir():
        return []
    notes = []
    for note in sorted(folder.glob("*.json")):
        try:
            notes.append(json.loads(note.read_text()))
        except (OSError, ValueError):
            continue
    return sorted(notes, key=lambda n: n.get("quarantined_at", ""))


def quarantined_before(fd: FieldDesk, sender: str, sequence: int) -> dict[int, str]:
    """Quarantined bundles of ``sender`` numbered before ``sequence`` (number -> bundle id): a later bundle carries
    every change they held that is still unacknowledged, so once it is applied they are superseded."""
    return {n["sequence"]: n["bundle_id"] for n in quarantined(fd)
            if n["sender"] == sender and n["sequence"] < sequence}


def release_superseded(fd: FieldDesk, sender: str, held_back: dict[int, str]) -> str:
    for bundle_id in held_back.values():
        for kept in (quarantine_dir(fd) / f"{bundle_id}{SUFFIX}", quarantine_dir(fd) / f"{bundle_id}.json"):
            kept.unlink(missing_ok=True)
    numbers = ", ".join(f"#{n}" for n in sorted(held_back))
    return problem("bundle.warn_quarantine_superseded", numbers=numbers, count=len(held_back), office=sender)


def find_quarantined(fd: FieldDesk, file_or_id: str) -> Path:
    given = Path(file_or_id)
    if given.is_file():
        return given
    matches = [n for n in quarantined(fd) if n["bundle_id"].startswith(file_or_id.lower())] if file_or_id else []
    if not matches:
        raise NotFound(problem("sync.quarantine_no_such", bundle=file_or_id))
    if len(matches) > 1:
        raise FieldDeskError(problem("sync.quarantine_ambiguous", bundle=file_or_id))
    return quarantine_dir(fd) / f"{matches[0]['bundle_id']}{SUFFIX}"


def accept(fd: FieldDesk, file_or_id: str, *, dry_run: bool = False) -> ImportResult:
    """Verify the bundle again (everything but the clock) and apply it, its future stamps brought to the present."""
    # imported here: a cycle (sync.quarantine -> sync.importer -> sync.quarantine)
    from app.sync.importer import import_bundle

    path = find_quarantined(fd, file_or_id)
    result = import_bundle(fd, path, dry_run=dry_run, accept_clock=True)
    if not dry_run and result.status in ("applied", "already_imported", "superseded") and result.bundle_id:
        for kept in (quarantine_dir(fd) / f"{result.bundle_id}{SUFFIX}",
                     quarantine_dir(fd) / f"{result.bundle_id}.json"):
            kept.unlink(missing_ok=True)
    return result


def bring_to_present(w: Writer, changes: list[Change]) -> tuple[list[Change], int]:
    """Each change stamped past this site's clock ceiling gets a present stamp of this clock instead, in the bundle's
    order (so the sender's order is kept), and never below what its record already holds here."""
    ceiling = w.clock.ceiling()
    result, restamped = [], 0
    for change in changes:
        if change.hlc > ceiling:
            change = msgspec.structs.replace(change, hlc=w.stamp_after(change.table, change.record_id))
            restamped += 1
        result.append(change)
    return result, restamped
