"""Making bundles by hand, as an attacker or a buggy peer would: any changes, any manifest, any signer."""

from __future__ import annotations

import uuid
from pathlib import Path

import msgspec

from app import __version__
from app.migrations import HEAD
from app.services.profile.keys import load_identity, peer_by_office
from app.services.store.wire import encode_changes
from app.sync import container
from app.sync.bundle_write import entry, publish, write_bundle
from app.sync.container import CHANGES, BundleParty, Manifest, file_entry


def craft_bundle(net, sender: str, recipient: str, changes, *, sequence: int = 1, signer: str | None = None,
                 files: dict[str, bytes] | None = None, manifest_changes: dict | None = None,
                 raw_changes: tuple[bytes, int] | None = None, encrypt_to: str | None = None,
                 sign_with=None) -> Path:
    """``sign_with``: a private key that signs instead of ``signer``'s site key (a headquarters user's, a thief's)."""
    sender_fd = net[sender]
    recipient_peer = peer_by_office(sender_fd, recipient)
    blob, size = raw_changes or encode_changes(list(changes))
    all_files = {CHANGES: blob, **(files or {})}
    manifest = Manifest(
        format=container.BUNDLE_FORMAT, format_version=1, schema_version=HEAD, app_version=__version__,
        bundle_id=str(uuid.uuid4()), created_at="2026-01-01T00:00:00.000Z",
        sender=BundleParty(sender_fd.site.site_id, sender_fd.site.office, sender_fd.site.role),
        recipient=BundleParty(recipient_peer.site_id, recipient_peer.office_code, recipient_peer.role),
        sequence=sequence,
        full=False, covers_from=0, covers_to=0, received={}, clock_min=min((c.hlc for c in changes), default=0),
        clock_max=max((c.hlc for c in changes), default=0), change_count=len(changes), changes_size=size,
        files=[file_entry(n, d) for n, d in sorted(all_files.items())],
    )
    if manifest_changes:
        manifest = msgspec.structs.replace(manifest, **manifest_changes)
    signing = sign_with or load_identity(net[signer or sender])
    signature = signing.sign(container.manifest_bytes(manifest))
    net.counter += 1
    path = net.root / "bundles" / f"{net.counter:03d}-crafted.fdb"
    path.parent.mkdir(exist_ok=True)
    written, _ = write_bundle(path, manifest, signature, [entry(n, d) for n, d in all_files.items()],
                              encrypt_to or recipient_peer.encryption_key)
    publish(written, path)
    return path
