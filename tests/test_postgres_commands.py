"""The headquarters commands on a real PostgreSQL server (tests/pg_server.py): `hq move-to-postgres`, a second user
joining with `init --db ... --keys-from`, `keys untrust`, and a server that cannot be reached or refuses."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def closed_port() -> int:
    """A loopback port nothing listens on."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def exported(capsys, profile, passphrase_file=None) -> str:
    unlock = ("--passphrase-file", passphrase_file) if passphrase_file else ()
    code, out, err = run(capsys, "--profile", profile, *unlock, "export", "json", "--out", "-")
    assert code == 0, err
    return out


def test_move_to_postgres_copies_everything_and_the_profile_uses_it_from_then_on(pg_server, tmp_path, capsys):
    from app.services import FieldDesk

    profile = tmp_path / "HQ"
    assert run(capsys, "--profile", profile, "init", "--office", "HQ", "--name", "Headquarters", "--role", "hq",
               "--plain")[0] == 0
    with FieldDesk.open(profile) as hq:
        people = hq.participants.create_many([{"full_name": f"Person {n}", "organisation": "Ministry"}
                                              for n in range(30)])
    assert run(capsys, "--profile", profile, "participants", "erase", people[0])[0] == 0
    before = exported(capsys, profile)
    _, fingerprint, _ = run(capsys, "--profile", profile, "keys", "show", "--json")
    url = pg_server.create_database("moved_hq")
    code, _, err = run(capsys, "--profile", profile, "hq", "move-to-postgres", "--db",
                       f"postgresql://fielddesk@127.0.0.1:{closed_port()}/moved_hq")
    assert code == 1 and err.count("\n") == 1 and "connection refused. Check that the server is running" in err, err
    assert (profile / "fielddesk.db").exists() and not json.loads((profile / "profile.json").read_text())["database"]

    code, out, err = run(capsys, "--profile", profile, "hq", "move-to-postgres", "--db", url)
    assert code == 0 and "identical before and after" in out and "fielddesk.db.moved-to-postgres" in out, err
    assert json.loads((profile / "profile.json").read_text())["database"]["url"].endswith("/moved_hq")
    assert not (profile / "fielddesk.db").exists() and (profile / "fielddesk.db.moved-to-postgres").exists()
    assert exported(capsys, profile) == before
    assert run(capsys, "--profile", profile, "check")[0] == 0
    code, shown, err = run(capsys, "--profile", profile, "keys", "show", "--json")
    assert shown == fingerprint and "private keys lie unencrypted" in err and "encrypt" in err
    code, _, err = run(capsys, "--profile", profile, "participants", "erase", people[0])  # the erasure moved too
    assert code == 1 and "already erased" in err
    assert run(capsys, "--profile", profile, "participants", "erase", people[1])[0] == 0  # its record continues
    code, out, _ = run(capsys, "--profile", profile, "access", "list", "--kind", "erasure", "--json")
    assert [e["target"] for e in json.loads(out)] == [people[1], people[0]]

    code, _, err = run(capsys, "--profile", profile, "hq", "move-to-postgres", "--db", url)
    assert code == 1 and "not in SQLite" in err and err.count("\n") == 1

    other = tmp_path / "HQ2"
    assert run(capsys, "--profile", other, "init", "--office", "HQ", "--name", "Headquarters", "--role", "hq",
               "--plain")[0] == 0
    code, _, err = run(capsys, "--profile", other, "hq", "move-to-postgres", "--db", url)
    assert code == 1 and "not empty" in err and (other / "fielddesk.db").exists()

    field = tmp_path / "GT"
    assert run(capsys, "--profile", field, "init", "--office", "GT-01", "--name", "Guatemala office")[0] == 0
    code, _, err = run(capsys, "--profile", field, "hq", "move-to-postgres", "--db",
                       pg_server.create_database("field_target"))
    assert code == 1 and "Only a headquarters profile" in err and (field / "fielddesk.db").exists()


def test_a_second_user_joins_the_shared_database_with_the_first_users_keys(pg_server, tmp_path, capsys):
    url = pg_server.create_database("shared_hq")
    first, second = tmp_path / "first", tmp_path / "second"
    mine, theirs = tmp_path / "first.pass", tmp_path / "second.pass"
    mine.write_text("first user's long passphrase\n")
    theirs.write_text("second user's other passphrase\n")
    code, out, err = run(capsys, "--profile", first, "--db", url, "init", "--office", "HQ", "--name", "Headquarters",
                         "--role", "hq", "--passphrase-file", mine)
    assert code == 0 and "PostgreSQL" in out, err
    _, first_keys, _ = run(capsys, "--profile", first, "--passphrase-file", mine, "keys", "show", "--json")

    code, out, err = run(capsys, "--profile", second, "--passphrase-file", theirs, "--db", url, "init", "--office",
                         "HQ", "--name", "Headquarters", "--role", "hq", "--keys-from", first,
                         "--keys-passphrase-file", mine)
    assert code == 0 and f"Joined the headquarters database as HQ in {second}" in out, err
    assert json.loads(run(capsys, "--profile", second, "--passphrase-file", theirs, "keys", "show", "--json")[1]) \
        == {**json.loads(first_keys), "root_key_here": False}  # the root key is never copied (issue 18)

    from app.services import FieldDesk

    with FieldDesk.open(first, secret=mine.read_text()) as fd:
        fd.participants.create({"full_name": "Seen by both"})
    assert exported(capsys, first, mine) == exported(capsys, second, theirs)

    code, _, err = run(capsys, "--profile", tmp_path / "third", "--passphrase-file", theirs, "--db", url, "init",
                       "--office", "XX-01", "--name", "Elsewhere", "--role", "hq", "--keys-from", first,
                       "--keys-passphrase-file", mine)
    assert code == 1 and "belongs to HQ" in err and not (tmp_path / "third" / "profile.json").exists()
    code, _, err = run(capsys, "--profile", tmp_path / "fourth", "--passphrase-file", theirs, "--db", url, "init",
                       "--office", "HQ", "--name", "Headquarters", "--role", "hq", "--keys-from", tmp_path / "nowhere")
    assert code == 1 and "holds no FieldDesk keys" in err
    code, _, err = run(capsys, "--profile", tmp_path / "fifth", "init", "--office", "HQ", "--name", "Headquarters",
                       "--role", "hq", "--keys-from", first)
    assert code == 2 and "give it with --db" in err


def test_keys_untrust_stops_bundles_until_the_card_is_trusted_again(net, tmp_path, capsys):
    net["GT-01"].participants.create({"full_name": "Ana López"})
    bundle = net.bundle("GT-01", "HQ")
    hq, gt = net.root / "HQ", net.root / "GT-01"
    net.close()
    card = tmp_path / "gt.card"
    assert run(capsys, "--profile", gt, "keys", "export", "--out", card)[0] == 0

    code, out, _ = run(capsys, "--profile", hq, "keys", "untrust", "gt-01")
    assert code == 0 and out.startswith("GT-01 is no longer trusted")
    code, _, err = run(capsys, "--profile", hq, "keys", "untrust", "GT-01")
    assert code == 1 and "No office with code GT-01 is trusted here." in err
    before = exported(capsys, hq)
    code, out, err = run(capsys, "--profile", hq, "bundle", "import", bundle)
    assert code != 0 and "GT-01" in out + err and exported(capsys, hq) == before

    assert run(capsys, "--profile", hq, "keys", "trust", card)[0] == 0
    code, out, err = run(capsys, "--profile", hq, "bundle", "import", bundle)
    assert code == 0, out + err
    assert "Ana López" in exported(capsys, hq)


@pytest.mark.parametrize("where, reason", [
    ("127.0.0.1:{closed}/hq", "connection refused"),
    ("127.0.0.1:{port}/no_such_database", 'database "no_such_database" does not exist'),
    ("nobody@127.0.0.1:{port}/postgres", 'role "nobody" does not exist'),
])
def test_a_server_that_cannot_be_reached_or_refuses_is_one_plain_line(pg_server, tmp_path, capsys, where, reason):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    address = where.format(closed=closed, port=pg_server.port)
    url = f"postgresql://{address}" if "@" in address else f"postgresql://fielddesk@{address}"
    database = address.rsplit("/", 1)[1]
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("a passphrase long enough\n")
    code, out, err = run(capsys, "--profile", tmp_path / "P", "--passphrase-file", passphrase, "--db", url, "init",
                         "--office", "HQ", "--name", "HQ", "--role", "hq")
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert f'Cannot connect to the PostgreSQL database "{database}" on 127.0.0.1:' in err and reason in err, err
    assert "Check that the server is running" in err and "sqlalche.me" not in err and "unexpected" not in err
    assert not (tmp_path / "P" / "profile.json").exists()


def test_opening_a_profile_whose_server_is_gone_is_one_plain_line(pg_server, tmp_path, capsys):
    import socket

    profile = tmp_path / "HQ"
    url = pg_server.create_database("gone_hq")
    passphrase = tmp_path / "passphrase"
    passphrase.write_text("a passphrase long enough\n")
    code, _, err = run(capsys, "--profile", profile, "--passphrase-file", passphrase, "--db", url, "init", "--office",
                       "HQ", "--name", "HQ", "--role", "hq")
    assert code == 0, err
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    meta = json.loads((profile / "profile.json").read_text())
    meta["database"]["url"] = url.replace(f":{pg_server.port}/", f":{closed}/")
    (profile / "profile.json").write_text(json.dumps(meta))
    code, out, err = run(capsys, "--profile", profile, "--passphrase-file", passphrase, "info")
    assert code == 1 and out == "" and err.count("\n") == 1, err
    assert f'"gone_hq" on 127.0.0.1:{closed} as fielddesk: connection refused. Check that the server' in err
