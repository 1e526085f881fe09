"""Headquarters users sign with keys of their own (issue 18). Before: every headquarters user signed with the one
headquarters key, so a stolen copy signed bundles every office applied, and revoking it meant new keys for everyone.
Now a user's key is certified by headquarters' pinned (root) key, named by the bundle, and revoked alone."""

from __future__ import annotations

import base64

import msgspec
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.services.profile.keys import IdentityError, read_private
from app.sync import hq_users
from app.sync.container import UserStatement
from app.sync.importer import verify
from tests.sync.craft import craft_bundle


def _thief_copy(hq) -> Ed25519PrivateKey:
    path = hq.folder.keys_dir / hq_users.USER_KEY_FILE
    return serialization.load_pem_private_key(read_private(hq, path), password=None)


def _signed_by(net, key, statements, sequence):
    public = hq_users._public_b64(key)
    return craft_bundle(net, "HQ", "GT-01", [], sequence=sequence, sign_with=key,
                        manifest_changes={"signer": public, "user_statements": statements})


def test_a_users_key_signs_is_named_and_is_revoked_alone(net, capsys):
    hq, gt = net["HQ"], net["GT-01"]
    alice = hq_users.add_user(hq, "Alice Mensah")
    path = net.bundle("HQ", "GT-01")
    verified = verify(gt, path)
    assert verified.signer_user == "Alice Mensah" and verified.opened.manifest.signer == alice.signing_key
    assert verified.opened.manifest.format_version == 2  # an older FieldDesk says "update", not "bad signature"
    from app.cli import main

    assert main(["--profile", str(gt.folder.path), "bundle", "inspect", str(path)]) == 0
    assert "Signed by HQ, user Alice Mensah (a key headquarters certified)" in capsys.readouterr().out
    assert net.deliver(path, "GT-01").status == "applied"
    from sqlalchemy import select

    from app.models.sync import BundleRecord

    with gt.reading() as conn:  # the office's record of the bundle names who signed it
        summaries = conn.execute(select(BundleRecord.__table__.c.summary).where(
            BundleRecord.__table__.c.bundle_id == verified.opened.manifest.bundle_id)).scalars().all()
    assert summaries == [summaries[0]] and summaries[0]["signed_by_user"] == "Alice Mensah"

    # a key headquarters never certified, with a certificate it signed itself: refused
    stranger = Ed25519PrivateKey.generate()
    forged = UserStatement(kind="certify", site_id=hq.site.site_id, user="Alice Mensah",
                           signing_key=hq_users._public_b64(stranger), made_at="2026-01-01T00:00:00Z", signature="")
    forged = msgspec.structs.replace(forged, signature=base64.b64encode(
        stranger.sign(hq_users.statement_bytes(forged))).decode())
    refused = net.deliver(_signed_by(net, stranger, [forged], 5), "GT-01")
    assert refused.status == "rejected" and "has not certified" in refused.message

    stolen = _thief_copy(hq)  # Alice's laptop is stolen, passphrase and all
    hq_users.revoke_user(hq, "Alice Mensah")
    with pytest.raises(IdentityError, match="was revoked on"):  # her key signs nothing more here either
        net.bundle("HQ", "GT-01")
    bruno = hq_users.add_user(hq, "Bruno Silva")  # a new key replaces the revoked one in this folder
    sent = net.sync("HQ", "GT-01")  # signed by Bruno, carrying the revocation
    assert sent.status == "applied"
    # the thief's bundle carries Alice's certificate and leaves the revocation out: GT-01 remembers it
    refused = net.deliver(_signed_by(net, stolen, [alice], 9), "GT-01")
    assert refused.status == "rejected" and "revoked" in refused.message
    assert verify(gt, net.bundle("HQ", "GT-01")).signer_user == "Bruno Silva"  # only Alice's key is refused
    assert bruno.signing_key != alice.signing_key

    from app.sync.rotation import rotate

    rotate(hq, revoked=False)  # headquarters' own key replaced: its users' keys are certified by the new one
    assert net.sync("HQ", "GT-01").status == "applied"
    refused = net.deliver(_signed_by(net, stolen, [alice], 12), "GT-01")
    assert refused.status == "rejected" and "revoked" in refused.message


def test_the_user_key_commands(hq_profile, field_profile, capsys):
    from app.cli import main

    assert main(["--profile", str(hq_profile), "keys", "user", "add", "Alice Mensah"]) == 0
    assert "certified by headquarters' key" in capsys.readouterr().out
    assert main(["--profile", str(hq_profile), "keys", "show"]) == 0
    assert "signed by Alice Mensah's own key" in capsys.readouterr().out
    assert main(["--profile", str(hq_profile), "keys", "user", "add", "Bruno Silva"]) == 1  # one key per folder
    assert "already holds" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "keys", "user", "revoke", "Alice Mensah"]) == 0
    assert main(["--profile", str(hq_profile), "keys", "user", "list"]) == 0
    assert "Alice Mensah\tcertified" in capsys.readouterr().out.split("\n", 1)[1]
    assert main(["--profile", str(hq_profile), "keys", "user", "revoke", "Alice Mensah"]) == 1
    assert main(["--profile", str(field_profile), "keys", "user", "add", "Ana"]) == 1
    assert "Only headquarters" in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "keys", "user", "add", "Eve\u202eexe.pdf"]) == 1  # a bidi override
    assert ("fielddesk: The user's name contains a character that is not allowed: U+202E (RIGHT-TO-LEFT OVERRIDE). "
            "Remove it.") in capsys.readouterr().err
    assert main(["--profile", str(hq_profile), "keys", "user", "list"]) == 0
    assert "Eve" not in capsys.readouterr().out  # nothing was certified


def test_a_damaged_user_key_is_named_and_replaced(hq_profile, capsys):
    """A user's key file that cannot be read stops the export with a line naming the file and what to do, not a
    traceback; ``keys user add`` replaces it."""
    from app.cli import main
    from app.services import FieldDesk
    from app.services.profile.keys import IdentityError
    from app.sync.hq_users import signing_key

    assert main(["--profile", str(hq_profile), "keys", "user", "add", "Alice Mensah"]) == 0
    key_file = hq_profile / "keys" / "user-signing.key"
    key_file.write_bytes(b"garbage")
    with FieldDesk.open(hq_profile) as fd, pytest.raises(IdentityError, match="cannot be read: it is damaged"):
        signing_key(fd)
    capsys.readouterr()
    assert main(["--profile", str(hq_profile), "keys", "user", "add", "Alice Mensah"]) == 0
    with FieldDesk.open(hq_profile) as fd:
        assert signing_key(fd) is not None
