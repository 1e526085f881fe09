"""Where a verified bundle stands against what was received from its sender before (its incarnation, its number),
and what is recorded of it once applied: the sender's position and incarnation, our acknowledgement as the sender
reports it, and whether the sender's own changes must be sent back to it (app/services/store/incarnation.py)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import msgspec
from sqlalchemy import insert, select, update

from app.models.sync import BundleRecord, SyncInbound, SyncOutbound
from app.services.store import incarnation
from app.services.store.clock import now_iso
from app.sync.container import BundleRejected
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.sync.importer import ImportResult, Verified

IN = SyncInbound.__table__
OUT = SyncOutbound.__table__
BUNDLES = BundleRecord.__table__
MAX_SEQUENCE_JUMP = 10_000


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


def standing_of(conn, verified: Verified) -> Standing:
    manifest = verified.opened.manifest
    seen = conn.execute(select(BUNDLES.c.at, BUNDLES.c.summary).where(BUNDLES.c.bundle_id == manifest.bundle_id,
                                                                      BUNDLES.c.direction == "in")).first()
    if seen:
        if (seen.summary or {}).get("superseded"):
            return Standing("already_imported", problem("bundle.already_received_superseded", date=seen.at[:10]))
        return Standing("already_imported", problem("bundle.already_imported", date=seen.at[:10]))
    inbound = conn.execute(select(IN).where(IN.c.peer_site_id == verified.sender.site_id)).first()
    if inbound is None:
        return Standing("next")
    office = verified.sender.office_code
    if manifest.epoch == inbound.epoch:
        if manifest.sequence > inbound.last_seq:
            return Standing("next")
        if inbound.last_created_at and manifest.created_at > inbound.last_created_at:
            return Standing("went_back", problem("bundle.went_back", sequence=str(manifest.sequence), office=office,
                                                 last_number=str(inbound.last_seq)))
        return Standing("superseded", problem("bundle.superseded", sequence=str(manifest.sequence), office=office,
                                              last_number=str(inbound.last_seq)))
    if (manifest.epoch_started, manifest.epoch) > (inbound.epoch_started, inbound.epoch):
        return Standing("new_incarnation", problem("bundle.new_incarnation", office=office,
                                                   date=manifest.epoch_started[:10]))
    return Standing("earlier_incarnation", problem("bundle.earlier_incarnation", sequence=str(manifest.sequence),
                                                   office=office))


def check_sequence(verified: Verified, inbound) -> None:
    """Bundle numbers grow by one per export: a jump of more than MAX_SEQUENCE_JUMP cannot be bundles lost on the
    way, and accepting it would make every later genuine bundle look older."""
    manifest = verified.opened.manifest
    last = inbound.last_seq if inbound is not None else 0
    if manifest.sequence > last + MAX_SEQUENCE_JUMP:
        raise BundleRejected(problem("bundle.sequence_jump", sequence=str(manifest.sequence),
                                     office=verified.sender.office_code, last_number=str(last),
                                     jump=f"{MAX_SEQUENCE_JUMP:,}"))


def gap(standing: Standing, inbound, manifest) -> tuple[int, int] | None:
    """The bundle numbers of the sender's incarnation that never arrived before this one, as a range."""
    if standing.kind == "next":
        first = inbound.last_seq + 1 if inbound is not None else manifest.epoch_first_seq
    elif standing.restarts:
        first = manifest.epoch_first_seq
    else:
        return None
    return (first, manifest.sequence - 1) if manifest.sequence > first else None


def record_superseded(conn, verified: Verified, result: ImportResult) -> None:
    """A bundle that arrived after a newer one is recorded (nothing applied), so its number is no longer missing."""
    opened = verified.opened
    manifest = opened.manifest
    conn.execute(insert(BUNDLES).values(
        bundle_id=manifest.bundle_id, direction="in", peer_site_id=verified.sender.site_id,
        peer_office=verified.sender.office_code, seq=manifest.sequence, file_sha256=opened.file_sha256,
        file_name=Path(result.file).name, changes=len(verified.changes), applied=0, skipped=0, conflicts=0,
        held=0, at=now_iso(), summary={"superseded": True}, epoch=manifest.epoch))


def believed_ack(conn, manifest, my_site: str, result: ImportResult) -> int:
    """How much of this site's change log the sender has really applied (see app/services/store/incarnation.py)."""
    ack = manifest.received.get(my_site, 0)
    ack_epoch = manifest.received_epochs.get(my_site, "")
    if incarnation.went_back(conn, ack, ack_epoch):
        incarnation.begin(conn, unknown_past=True)
        result.warnings.append(problem("bundle.warn_went_back_here"))
    return incarnation.believed_ack(incarnation.lineage(conn), ack, ack_epoch)


def record_applied(fd: FieldDesk, conn, verified: Verified, result: ImportResult, standing: Standing,
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
                 "refused_by_peer": [msgspec.structs.asdict(note) for note in manifest.refused],
                 # the headquarters user whose own certified key signed it (app/sync/hq_users.py); absent before
                 **({"signed_by_user": verified.signer_user} if verified.signer_user else {})},
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
