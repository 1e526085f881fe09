"""A throw-away PostgreSQL server for the tests: initdb in a temporary folder, started on a free loopback port with
trust authentication, stopped at the end. Uses Debian's PostgreSQL binaries (`make test` installs them when missing);
as root it runs the server as the ``postgres`` user, since PostgreSQL refuses to run as root."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

INSTALL_HINT = ("PostgreSQL server binaries are needed for the PostgreSQL tests: "
                "apt-get install -y postgresql (Debian/Ubuntu); `make test` installs them itself as root.")


def find_bin_dir() -> Path | None:
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(candidate, "initdb").exists() and Path(candidate, "pg_ctl").exists():
            return Path(candidate)
    found = shutil.which("initdb")
    return Path(found).parent if found and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    user = "fielddesk"

    def __init__(self):
        self.bin_dir = find_bin_dir()
        if self.bin_dir is None:
            raise RuntimeError(INSTALL_HINT)
        self.root = Path(tempfile.mkdtemp(prefix="fielddesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self.clones: list[str] = []  # the profile copies' databases, in the order made (conftest drops a test's own)
        self._as = []
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        subprocess.run([*self._as, *args], check=True, capture_output=True, cwd=self.root)

    def start(self) -> PostgresServer:
        self._run(str(self.bin_dir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", self.user, "-E", "UTF8",
                  "--no-sync", "--locale=C.UTF-8")
        # autovacuum off: the erasure tests scan the database's files after its VACUUM FULL, which keeps the old row
        # versions a transaction open at that moment may still see; an automatic ANALYZE starting then is one (a
        # CI run found a name left once). docs/SYNC.md says so for a real server.
        options = (f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100 -c autovacuum=off")
        self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.root / "log"),
                  "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{self.user}@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def execute_in(self, database: str, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user={self.user} dbname={database}",
                             autocommit=True) as conn:
            conn.execute(sql)

    def drop_database(self, name: str) -> None:
        """Even when a connection was left open (WITH (FORCE) needs PostgreSQL 13 or newer)."""
        import psycopg

        try:
            self.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        except psycopg.errors.SyntaxError:
            self.execute(f'DROP DATABASE IF EXISTS "{name}"')

    def create_database(self, name: str, template: str | None = None) -> str:
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)
