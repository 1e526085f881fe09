"""Headquarters' root key kept offline (issue 18), on the command line. Before: the root key sat in every
headquarters user's profile folder, and a copy of any folder could certify keys, revoke users and sign bundles every
office applied. (The shared-database flow, a second user joining with the root's public key only, is in
tests/test_hq_keys.py.)"""

from __future__ import annotations


def test_the_root_key_goes_offline_and_a_folder_without_it_refuses_what_only_the_root_does(hq_profile, field_profile,
                                                                                         tmp_path, capsys):
    from app.cli import main

    def run(profile, *argv):
        code = main(["--profile", str(profile), *map(str, argv)])
        out, err = capsys.readouterr()
        return code, out + err

    weak, strong = tmp_path / "weak", tmp_path / "strong"
    weak.write_text("12345678\n")
    strong.write_text("violet tractor harbour seventeen\n")
    root_file, keys = tmp_path / "root.age", hq_profile / "keys"
    fingerprint = run(hq_profile, "keys", "show")[1].split("Fingerprint:")[1].split()[0]
    code, said = run(hq_profile, "keys", "root", "export", root_file, "--new-passphrase-file", weak)
    assert code == 1 and "too easy to guess" in said and (keys / "signing.key").exists() and not root_file.exists()
    code, said = run(hq_profile, "keys", "root", "export", root_file, "--new-passphrase-file", strong)
    assert code == 0 and "no longer in this profile folder" in said and fingerprint in said
    assert not (keys / "signing.key").exists() and b"PRIVATE KEY" not in root_file.read_bytes()
    assert root_file.stat().st_mode & 0o077 == 0
    for argv in (("keys", "user", "add", "Alice Mensah"), ("keys", "rotate"),
                 ("keys", "require-user-signatures", "on")):
        code, said = run(hq_profile, *argv)
        assert code == 1 and "does not hold headquarters' root key" in said and "Traceback" not in said, argv
    code, said = run(hq_profile, "keys", "user", "add", "Alice Mensah", "--root", root_file, "--root-passphrase-file",
                     weak)
    assert code == 1 and "does not open the root key" in said
    code, said = run(hq_profile, "keys", "user", "add", "Alice Mensah", "--root", root_file, "--root-passphrase-file",
                     strong)
    assert code == 0 and not (keys / "signing.key").exists()
    shown = run(hq_profile, "keys", "show")[1]
    assert fingerprint in shown and "root key: kept offline" in shown  # the same card, from the public key
    assert run(hq_profile, "keys", "root", "import", root_file, "--root-passphrase-file", strong)[0] == 0
    assert run(hq_profile, "keys", "user", "revoke", "Alice Mensah")[0] == 0  # the holder of the root, as before
    code, said = run(field_profile, "keys", "root", "export", root_file, "--new-passphrase-file", strong)
    assert code == 1 and "Only headquarters has a root key" in said
    code, said = run(field_profile, "keys", "root", "import", root_file, "--root-passphrase-file", strong)
    assert code == 1 and "Only headquarters has a root key" in said
