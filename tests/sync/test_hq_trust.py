"""Headquarters' keys, the last items of issue 18, written as the attacks. Before: every rotation of headquarters'
key appended a signed copy of every user statement, and an office capping the list kept the oldest (a thief's
bundle could push the newest revocations out)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.profile.keys import read_private
from app.sync import hq_users
from app.sync.rotation import own_changes, rotate
from tests.sync.craft import craft_bundle


def _user_key(hq) -> Ed25519PrivateKey:
    return serialization.load_pem_private_key(read_private(hq, hq.folder.keys_dir / hq_users.USER_KEY_FILE),
                                              password=None)


def _signed_by(net, key, statements, sequence, changes=()):
    return craft_bundle(net, "HQ", "GT-01", list(changes), sequence=sequence, sign_with=key,
                        manifest_changes={"signer": hq_users._public_b64(key), "user_statements": statements})


def test_rotations_keep_one_statement_per_key_and_a_capped_list_keeps_the_revocations(net, monkeypatch):
    hq = net["HQ"]
    hq_users.add_user(hq, "Alice Mensah")
    stolen = _user_key(hq)
    hq_users.revoke_user(hq, "Alice Mensah")
    hq_users.add_user(hq, "Bruno Silva")
    for _ in range(3):
        rotate(hq, revoked=False)
    made = hq_users.own_statements(hq)
    assert sorted((s.kind, s.user) for s in made) == [("certify", "Alice Mensah"), ("certify", "Bruno Silva"),
                                                      ("revoke", "Alice Mensah")]
    with hq.reading() as conn:
        assert len(hq_users._get(conn, hq_users.OWN_STATEMENTS)) == 3  # not 3 + 3 x 3
    assert net.sync("HQ", "GT-01").status == "applied"  # three rotations adopted from one bundle
    refused = net.deliver(_signed_by(net, stolen, [], 20), "GT-01")
    assert refused.status == "rejected" and "revoked" in refused.message

    # An office that has not heard of the revocation, given a list longer than it keeps: the revocation (the
    # newest statement) stays, and so do the newest certificates.
    monkeypatch.setattr(hq_users, "MAX_STATEMENTS", 3)
    bruno = _user_key(hq)
    padding = [hq_users._signed(hq, "certify", f"Temp {i}", hq_users._public_b64(Ed25519PrivateKey.generate()))
               for i in range(5)]
    alice_cert = hq_users._signed(hq, "certify", "Alice Mensah", hq_users._public_b64(stolen))
    revocation = next(s for s in made if s.kind == "revoke")
    carried = [*padding, alice_cert, next(s for s in made if s.user == "Bruno Silva"), revocation]
    kept = hq_users.capped(carried)
    assert [s.kind for s in kept] == ["certify", "certify", "revoke"] and kept[-1] == revocation
    keys = {"key_changes": own_changes(hq)}  # MW-01 pinned headquarters' first key: it follows the three rotations
    sent = craft_bundle(net, "HQ", "MW-01", [], sequence=1, sign_with=bruno,
                        manifest_changes={**keys, "signer": hq_users._public_b64(bruno), "user_statements": carried})
    assert net.deliver(sent, "MW-01").status == "applied"
    thief = craft_bundle(net, "HQ", "MW-01", [], sequence=2, sign_with=stolen,
                         manifest_changes={**keys, "signer": hq_users._public_b64(stolen),
                                           "user_statements": [alice_cert]})
    refused = net.deliver(thief, "MW-01")
    assert refused.status == "rejected" and "revoked" in refused.message


def test_offices_told_to_require_user_signed_bundles_refuse_one_signed_by_the_root_alone(net, monkeypatch):
    from app.services.profile.keys import IdentityError
    from app.sync import hq_policy

    hq = net["HQ"]
    hq_policy.set_users_required(hq, True)
    with pytest.raises(IdentityError, match="holds no user key: no bundle was made"):
        net.bundle("HQ", "GT-01")  # headquarters itself makes no bundle the offices would refuse
    hq_users.add_user(hq, "Alice Mensah")
    assert net.sync("HQ", "GT-01").status == "applied"  # signed by Alice, carrying the setting

    user_key = hq.folder.keys_dir / hq_users.USER_KEY_FILE
    aside = user_key.with_name("aside")
    user_key.rename(aside)  # a folder with the root key and no user key (an old laptop, a copied stick)...
    monkeypatch.setattr(hq_policy, "check_export", lambda fd, statements: None)  # ...and a FieldDesk that ignores it
    hq.thematic_areas.create({"code": "ROOTONLY", "name": "Sent under the root key alone"})
    before = net.dump("GT-01")
    refused = net.deliver(net.bundle("HQ", "GT-01"), "GT-01")
    assert refused.status == "rejected" and "signed by headquarters' root key alone" in refused.message
    assert net.dump("GT-01") == before

    aside.rename(user_key)
    hq_policy.set_users_required(hq, False)
    assert net.sync("HQ", "GT-01").status == "applied"  # the setting lifted, signed by the root, carried by Alice
    user_key.rename(aside)
    assert net.sync("HQ", "GT-01").status == "applied"
    assert "Sent under the root key alone" in net.dump("GT-01")


def test_the_author_of_a_headquarters_change_is_the_certified_user_who_signed_it(net):
    from sqlalchemy import select

    from app.models.local import ChangeLog
    from app.services import FieldDesk
    from app.services.profile.keys import IdentityError, load_identity
    from app.sync import hq_root

    hq, gt = net["HQ"], net["GT-01"]
    root_key = load_identity(hq).signing
    hq_root.remove_root(hq)  # the root key goes offline: this folder keeps its public key only
    with pytest.raises(IdentityError, match="holds no certified user key, and headquarters' root key is kept"):
        net.bundle("HQ", "GT-01")
    with pytest.raises(IdentityError, match="does not hold headquarters' root key"):
        hq_users.add_user(hq, "Alice Mensah")
    hq._borrowed_root = root_key  # as 'borrow_root' lends it from its file for one command (tests/test_hq_root.py)
    hq_users.add_user(hq, "Alice Mensah")
    assert not (hq.folder.keys_dir / "signing.key").exists()
    with FieldDesk.open(hq.folder.path) as again:  # at headquarters, the profile's author is its certified user
        assert again.author == "Alice Mensah"
    hq.author = "Mallory Claimed"  # a sender that writes another name (a modified FieldDesk, an edited database)
    area = hq.thematic_areas.create({"code": "CLAIMED", "name": "Claimed by another"})
    assert net.sync("HQ", "GT-01").status == "applied"
    log = ChangeLog.__table__
    with gt.reading() as conn:
        authors = set(conn.execute(select(log.c.author).where(log.c.record_id == area)).scalars())
    assert authors == {"Alice Mensah"}
    row = gt.thematic_areas.get(area)
    assert (row.created_by, row.updated_by) == ("Alice Mensah", "Alice Mensah")



def test_a_bundle_signed_by_the_root_alone_records_the_root_not_the_name_the_sender_wrote(net):
    from sqlalchemy import select

    from app.models.local import ChangeLog

    hq, gt = net["HQ"], net["GT-01"]
    hq.author = "Mallory Claimed"  # no user key here: the root key signs; the name is the sender's word alone
    area = hq.thematic_areas.create({"code": "ROOTNAME", "name": "Made under the root key"})
    hq.thematic_areas.update(area, {"name": "Renamed under the root key"})
    assert net.sync("HQ", "GT-01").status == "applied"
    log = ChangeLog.__table__
    with gt.reading() as conn:
        authors = set(conn.execute(select(log.c.author).where(log.c.record_id == area)).scalars())
    assert authors == {hq_users.ROOT_AUTHOR}
    row = gt.thematic_areas.get(area)
    assert (row.created_by, row.updated_by) == (hq_users.ROOT_AUTHOR, hq_users.ROOT_AUTHOR)
    from app.reports.i18n import Translator
    from app.reports.lookups import Lookups

    assert Lookups(gt, Translator("fr")).author(row.created_by, "HQ") == "siège (clé racine)"  # on paper


def test_adding_a_user_key_leaves_the_author_of_the_running_process_and_the_printed_name_follows(net):
    from app.services import FieldDesk
    from app.services.profile.site_settings import author_names, set_author_name

    hq = net["HQ"]
    account = hq.author  # the computer account's name (FIELDDESK_USER)
    set_author_name(hq, "María López")  # the report settings' "name on printed histories", saved before user keys
    hq.author = "Root Holder"  # whoever runs 'keys user add' for the folder's user
    hq_users.add_user(hq, "Alice Mensah")
    assert hq.author == "Root Holder"
    area = hq.thematic_areas.create({"code": "AFTERADD", "name": "Made after the key was added"})
    assert hq.thematic_areas.get(area).created_by == "Root Holder"
    hq.author = account
    with FieldDesk.open(hq.folder.path, author=account) as again:  # under its certified user from its next opening
        assert again.author == "Alice Mensah"
        assert author_names(again) == {account: "María López", "Alice Mensah": "María López"}
        set_author_name(again, "")  # the user clears it: it stays cleared
    with FieldDesk.open(hq.folder.path, author=account) as again:
        assert author_names(again) == {account: "María López"}
