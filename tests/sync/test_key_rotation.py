"""Keys replaced by bundles alone (issue 18): a rotated key is adopted from the next bundle without a phone call, a
bundle signed with a replaced or revoked key is refused with a plain message, and new keys not signed by the pinned
key are refused. Before: no key could be rotated or revoked (create_identity never replaced keys)."""

from __future__ import annotations

import base64

import msgspec

from app.services.profile.keys import load_identity, peer_by_office
from app.sync.container import KeyChange
from app.sync.rotation import rotate, statement_bytes
from tests.sync.craft import craft_bundle


def test_a_rotated_key_is_adopted_from_the_next_bundle_and_the_old_one_is_refused(net):
    net["GT-01"].participants.create({"full_name": "Ana López"})
    signed_before = net.bundle("GT-01", "HQ")
    old_fingerprint = peer_by_office(net["HQ"], "GT-01").fingerprint

    old, new = rotate(net["GT-01"], revoked=False)
    assert old.fingerprint == old_fingerprint and new.fingerprint != old_fingerprint
    assert load_identity(net["GT-01"]).card == new
    to_old_key = net.bundle("HQ", "GT-01")  # headquarters does not know the new key yet
    assert net.deliver(to_old_key, "GT-01").status == "applied"

    result = net.sync("GT-01", "HQ")
    assert any("GT-01 replaced its keys" in w and new.fingerprint in w for w in result.warnings), result.warnings
    assert peer_by_office(net["HQ"], "GT-01").fingerprint == new.fingerprint
    assert "Ana López" in net.dump("HQ")

    refused = net.deliver(signed_before, "HQ")
    assert refused.status == "rejected" and "signed with a key that office GT-01 replaced on" in refused.message
    net.sync("HQ", "GT-01")  # encrypted to the new key now
    net["GT-01"].participants.create({"full_name": "Second after rotation"})
    assert not net.sync("GT-01", "HQ").warnings  # adopted once
    assert "Second after rotation" in net.dump("HQ")


def test_a_revoked_key_is_refused_and_new_keys_need_the_pinned_keys_signature(net):
    stolen = net.bundle("GT-01", "HQ")  # what a thief holding the old key could sign
    _, new = rotate(net["GT-01"], revoked=True)
    result = net.sync("GT-01", "HQ")
    assert any("GT-01 revoked its old key" in w for w in result.warnings)
    refused = net.deliver(stolen, "HQ")
    assert refused.status == "rejected" and "GT-01 revoked on" in refused.message
    assert "check with it what was sent in its name" in refused.message

    # MW-01 claims new keys for GT-01, signing the claim with its own key: not the key headquarters pinned
    impostor = load_identity(net["MW-01"])
    card = new.to_json().replace(new.signing_key, impostor.card.signing_key)
    claim = KeyChange(site_id=new.site_id, old_signing_key=new.signing_key, new_card=card, revoked=False,
                      made_at="2026-01-01T00:00:00.000Z", signature="")
    forged = msgspec.structs.replace(claim, signature=base64.b64encode(impostor.sign(statement_bytes(claim))).decode())
    path = craft_bundle(net, "GT-01", "HQ", [], sequence=5, signer="MW-01",
                        manifest_changes={"key_changes": [forged]})
    refused = net.deliver(path, "HQ")
    assert refused.status == "rejected" and "that the key pinned here did not sign" in refused.message
    assert peer_by_office(net["HQ"], "GT-01").fingerprint == new.fingerprint
