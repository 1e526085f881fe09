"""Headquarters' private keys at rest (issue 18): a headquarters profile on PostgreSQL keeps its signing and age keys
encrypted under its user's own passphrase, copies them to a second user only with the first user's passphrase,
never decrypts them when moving to PostgreSQL, and an older profile's plain keys are encrypted at the next command
given a passphrase. Before: plain PEM and AGE-SECRET-KEY files, readable by whoever copied the folder or the USB
stick."""

from __future__ import annotations

import json

from app.cli import main

PLAIN_MARKS = (b"PRIVATE KEY", b"AGE-SECRET-KEY")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_keys_unreadable(profile, names=("encryption.key", "signing.key")) -> None:
    keys = sorted((profile / "keys").glob("*.key"))
    assert [k.name for k in keys] == list(names)
    for key in keys:
        raw = key.read_bytes()
        assert not any(mark in raw for mark in PLAIN_MARKS), key
        assert key.stat().st_mode & 0o077 == 0


def passphrase_file(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text + "\n")
    return path


def test_keys_on_postgres_are_encrypted_and_a_second_user_needs_the_first_ones_passphrase(pg_server, tmp_path,
                                                                                         capsys):
    url = pg_server.create_database("hq_keys")
    first, second = tmp_path / "first", tmp_path / "second"
    mine = passphrase_file(tmp_path, "mine", "correct horse battery staple")
    theirs = passphrase_file(tmp_path, "theirs", "another user entirely")
    init = ("--db", url, "init", "--office", "HQ", "--name", "Headquarters", "--role", "hq")

    code, out, err = run(capsys, "--profile", first, *init)
    assert code == 2 and "give its passphrase with --passphrase-file" in err and not first.exists()
    code, out, err = run(capsys, "--profile", first, "--passphrase-file", mine, *init)
    assert code == 0 and "keys in this profile folder are encrypted" in out and "FDRK-" in out, err
    assert_keys_unreadable(first)
    code, out, err = run(capsys, "--profile", first, "keys", "show", "--json")
    assert code == 1 and out == "" and "is encrypted" in err and err.count("\n") == 1, err
    _, card, _ = run(capsys, "--profile", first, "--passphrase-file", mine, "keys", "show", "--json")

    join = (*init, "--keys-from", first)
    code, _, err = run(capsys, "--profile", second, "--passphrase-file", theirs, *join)
    assert code == 2 and "--keys-passphrase-file" in err and not second.exists()
    code, _, err = run(capsys, "--profile", second, "--passphrase-file", theirs, *join, "--keys-passphrase-file",
                       theirs)
    assert code == 1 and "does not open them" in err and not second.exists(), err
    code, out, err = run(capsys, "--profile", second, "--passphrase-file", theirs, *join, "--keys-passphrase-file",
                         mine)
    assert code == 0 and "FDRK-" in out, err
    assert_keys_unreadable(second, ["encryption.key"])  # headquarters' root key is never copied: its public key is
    assert (second / "keys" / "signing.pub").exists()
    code, joined, err = run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "show", "--json")
    assert code == 0 and json.loads(joined) == {**json.loads(card), "root_key_here": False}, err
    assert run(capsys, "--profile", second, "--passphrase-file", mine, "keys", "show")[0] == 1

    # Each user's own signing key, over the shared database (issue 18): encrypted like the others, certified for
    # both users, and the certificates of one user seen by the other.
    assert run(capsys, "--profile", first, "--passphrase-file", mine, "keys", "user", "add", "Alice Mensah")[0] == 0
    # The root key goes offline (issue 18): certifying and revoking take the file and its passphrase.
    root_pass = passphrase_file(tmp_path, "root", "violet tractor harbour seventeen")
    root = ("--root", tmp_path / "root.age", "--root-passphrase-file", root_pass)
    code, out, err = run(capsys, "--profile", first, "--passphrase-file", mine, "keys", "root", "export",
                         tmp_path / "root.age", "--new-passphrase-file", root_pass)
    assert code == 0 and "no longer in this profile folder" in out, err
    assert_keys_unreadable(first, ["encryption.key", "user-signing.key"])
    code, _, err = run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "user", "add", "Bruno Silva")
    assert code == 1 and "does not hold headquarters' root key" in err and err.count("\n") == 1, err
    assert run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "user", "add", "Bruno Silva",
               *root)[0] == 0
    for folder in (first, second):
        raw = (folder / "keys" / "user-signing.key").read_bytes()
        assert not any(mark in raw for mark in PLAIN_MARKS)
    assert run(capsys, "--profile", first, "--passphrase-file", mine, "keys", "user", "revoke", "Bruno Silva",
               *root)[0] == 0
    code, out, err = run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "user", "list")
    assert code == 0 and "Alice Mensah\tcertified" in out and "\tvalid" in out and "\trevoked" in out, err
    code, out, _ = run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "show")
    assert code == 0 and "signed by" not in out  # Bruno's key is revoked: it signs nothing more
    code, _, err = run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "user", "add", "Bruno Silva")
    assert code == 1 and "--root FILE" in err  # a new key for Bruno needs the root again (replacing: test_hq_user_keys)
    third = tmp_path / "third"  # joining from a folder whose root is offline: its public key is enough
    code, _, err = run(capsys, "--profile", third, "--passphrase-file", theirs, *join, "--keys-passphrase-file", mine)
    assert code == 0 and not (third / "keys" / "signing.key").exists(), err
    code, shown, err = run(capsys, "--profile", third, "--passphrase-file", theirs, "keys", "show", "--json")
    assert code == 0 and json.loads(shown)["fingerprint"] == json.loads(card)["fingerprint"], err


def test_moving_an_encrypted_headquarters_to_postgres_never_decrypts_its_keys(pg_server, tmp_path, capsys):
    profile = tmp_path / "HQ"
    secret = passphrase_file(tmp_path, "secret", "a passphrase for the move")
    code, _, err = run(capsys, "--profile", profile, "--passphrase-file", secret, "init", "--office", "HQ", "--name",
                       "Headquarters", "--role", "hq")
    assert code == 0, err
    _, card, _ = run(capsys, "--profile", profile, "--passphrase-file", secret, "keys", "show", "--json")
    code, out, err = run(capsys, "--profile", profile, "--passphrase-file", secret, "hq", "move-to-postgres", "--db",
                         pg_server.create_database("moved_encrypted"))
    assert code == 0 and "identical before and after" in out, err
    assert_keys_unreadable(profile)
    assert (profile / "keyring.json").is_file()
    assert run(capsys, "--profile", profile, "keys", "show")[0] == 1
    code, moved, err = run(capsys, "--profile", profile, "--passphrase-file", secret, "keys", "show", "--json")
    assert code == 0 and json.loads(moved) == json.loads(card), err


def test_an_older_postgres_profiles_plain_keys_are_encrypted_once_a_passphrase_is_given(pg_server, tmp_path, capsys):
    from app.services import FieldDesk
    from app.services.profile.keys import create_identity

    profile = tmp_path / "HQ"
    with FieldDesk.create(profile, office_code="HQ", office_name="Headquarters", role="hq",
                          database_url=pg_server.create_database("older_hq")) as fd:
        create_identity(fd)  # as FieldDesk made it before: plain PEM and AGE-SECRET-KEY files
    assert b"PRIVATE KEY" in (profile / "keys" / "signing.key").read_bytes()
    code, card, err = run(capsys, "--profile", profile, "keys", "show", "--json")
    assert code == 0 and "private keys lie unencrypted" in err and "encrypt" in err, err

    secret = passphrase_file(tmp_path, "secret", "now with a passphrase")
    code, shown, err = run(capsys, "--profile", profile, "--passphrase-file", secret, "keys", "show", "--json")
    assert code == 0 and "are now encrypted with the passphrase given" in err and "FDRK-" in err, err
    assert json.loads(shown) == json.loads(card)
    assert_keys_unreadable(profile)
    code, _, err = run(capsys, "--profile", profile, "keys", "show")
    assert code == 1 and "is encrypted" in err
    code, out, err = run(capsys, "--profile", profile, "--passphrase-file", secret, "encrypt")
    assert code == 0 and "already encrypted" in out, err
