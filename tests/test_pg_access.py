"""Reaching headquarters' PostgreSQL server (issue 18): no password in the address or in profile.json, and TLS that
verifies the server's certificate by default. Before: the password given in --db was stored verbatim in
profile.json (0644) and TLS was opportunistic, unverified, and fell back to plain text silently."""

from __future__ import annotations

import json
import stat

from app.cli import main
from app.services.profile.pg_access import tls_options


def test_a_password_in_the_address_is_refused_and_one_kept_by_an_older_profile_moves_to_the_password_file(
        pg_server, tmp_path, capsys, monkeypatch):
    from app.services import FieldDesk

    url = pg_server.create_database("hq_access")
    secret = tmp_path / "secret"
    secret.write_text("a long passphrase for the keys")
    with_password = url.replace("fielddesk@", "fielddesk:s3cret:x@")
    code = main(["--profile", str(tmp_path / "new"), "--passphrase-file", str(secret), "--db", with_password, "init",
                 "--office", "HQ", "--name", "HQ", "--role", "hq"])
    err = capsys.readouterr().err
    assert code == 1 and "must not hold the password" in err and "pgpass" in err and "s3cret" not in err
    assert not (tmp_path / "new" / "profile.json").exists()

    profile = tmp_path / "older"
    FieldDesk.create(profile, office_code="HQ", office_name="HQ", role="hq", database_url=url).close()
    meta = json.loads((profile / "profile.json").read_text())
    meta["database"]["url"] = meta["database"]["url"].replace("fielddesk@", "fielddesk:s3cret:x@")
    (profile / "profile.json").write_text(json.dumps(meta))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    FieldDesk.open(profile).close()
    assert "s3cret" not in (profile / "profile.json").read_text()
    assert stat.S_IMODE((profile / "profile.json").stat().st_mode) == 0o600
    line = (tmp_path / "pgpass").read_text()
    assert line == f"127.0.0.1:{pg_server.port}:hq_access:fielddesk:s3cret\\:x\n"
    assert stat.S_IMODE((tmp_path / "pgpass").stat().st_mode) == 0o600


def test_tls_verifies_the_certificate_unless_the_server_is_this_computer(pg_server, tmp_path, capsys):
    assert tls_options("postgresql+psycopg://ana@db.example.org/hq") == {"sslmode": "verify-full"}
    assert tls_options("postgresql+psycopg://ana@db.example.org/hq?sslmode=require") == {}
    assert tls_options("postgresql+psycopg://ana@127.0.0.1:5432/hq") == {}
    assert tls_options("postgresql+psycopg://ana@/hq?host=/var/run/postgresql") == {}

    secret = tmp_path / "secret"
    secret.write_text("a long passphrase for the keys")
    url = pg_server.create_database("hq_tls") + "?sslmode=verify-full"  # this server has no certificate
    code = main(["--profile", str(tmp_path / "P"), "--passphrase-file", str(secret), "--db", url, "init",
                 "--office", "HQ", "--name", "HQ", "--role", "hq"])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Cannot connect" in err and "sslrootcert=" in err, err


def test_a_headquarters_user_with_the_documented_role_works_without_owning_anything(pg_server, tmp_path):
    """README: a role per user with only the rights the application needs; the owner creates the schema."""
    import re
    from pathlib import Path

    from app.services import FieldDesk
    from app.services.store.check import check_profile

    url = pg_server.create_database("hq_roles")
    FieldDesk.create(tmp_path / "owner", office_code="HQ", office_name="HQ", role="hq", database_url=url).close()
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    grants = re.search(r"```sql\n(.*?)```", readme, re.S).group(1)
    for statement in grants.replace("fielddesk_hq", "hq_roles").replace("PASSWORD '...' ", "").split(";\n"):
        if statement.strip():
            pg_server.execute_in("hq_roles", statement)
    as_ana = tmp_path / "ana"
    as_ana.mkdir()
    (as_ana / "profile.json").write_text(json.dumps({"format": 1, "database": {"url": url.replace("fielddesk@",
                                                                                                    "ana@")}}))
    with FieldDesk.open(as_ana) as fd:
        fd.participants.create({"full_name": "Written by Ana"})
        assert not check_profile(fd)
