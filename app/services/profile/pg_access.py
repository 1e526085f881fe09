"""How FieldDesk reaches a headquarters' PostgreSQL server: certificate-verified TLS by default, and never a
password in the address.

- TLS: libpq's default (``prefer``) takes any certificate, and falls back to plain text silently. FieldDesk asks for
  ``sslmode=verify-full`` (the server's certificate must chain to a trusted authority and name the host) unless the
  address names an ``sslmode`` itself, or the server is this computer (loopback or a Unix socket, where nothing
  travels). The authority is libpq's ``~/.postgresql/root.crt`` (``%APPDATA%\\postgresql\\root.crt`` on Windows), or
  the one named in the address: ``postgresql://ana@db.example.org/fielddesk_hq?sslrootcert=/path/to/ca.crt``
  (``sslrootcert=system`` takes the operating system's authorities).
- Passwords: an address holding one is refused (it would be stored in ``profile.json`` and seen in the process
  list). libpq reads it from the password file (``~/.pgpass``, ``%APPDATA%\\postgresql\\pgpass.conf``, or
  ``$PGPASSFILE``). A profile made before kept it in ``profile.json``: it is moved to the password file when the
  profile opens.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.engine import make_url

from app.services.errors import FieldDeskError
from app.vocabulary.problems import problem

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


def tls_options(url: str) -> dict[str, str]:
    """What the connection adds to the address: verify-full unless the address says otherwise or stays local."""
    parsed = make_url(url)
    if "sslmode" in parsed.query:
        return {}
    host = (parsed.host or "").strip("[]")
    if not host or host.startswith("/") or host in LOOPBACK:
        return {}
    return {"sslmode": "verify-full"}


def refuse_password(url: str) -> None:
    if make_url(url).password is not None:
        raise FieldDeskError(problem("pg.password_in_address"))


def without_password(url: str) -> tuple[str, str | None]:
    parsed = make_url(url)
    if parsed.password is None:
        return url, None
    from sqlalchemy.engine import URL

    bare = URL.create(parsed.drivername, username=parsed.username, host=parsed.host, port=parsed.port,
                      database=parsed.database, query=parsed.query)
    return bare.render_as_string(hide_password=False), str(parsed.password)


def password_file() -> Path:
    if os.environ.get("PGPASSFILE"):
        return Path(os.environ["PGPASSFILE"])
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def remember_password(url: str, password: str) -> Path:
    """Add the password to the password file (owner-only), unless a line for this server, database and user is
    there already."""

    def field(value) -> str:
        return str(value).replace("\\", "\\\\").replace(":", "\\:")

    parsed = make_url(url)
    key = ":".join(field(v) for v in (parsed.host or "localhost", parsed.port or 5432, parsed.database or "*",
                                       parsed.username or "*"))
    path = password_file()
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    if not any(line.startswith(key + ":") for line in existing.splitlines()):
        path.parent.mkdir(parents=True, exist_ok=True)
        text = existing + ("" if not existing or existing.endswith("\n") else "\n") + f"{key}:{field(password)}\n"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as fh:
            fh.write(text)
    if os.name == "posix":
        os.chmod(path, 0o600)  # libpq ignores a password file others can read
    return path


def tls_hint(reason: str) -> str:
    if "certificate" in reason or "SSL" in reason or "ssl" in reason:
        return (" FieldDesk verifies the server's certificate (sslmode=verify-full): name its certificate authority "
                "with ?sslrootcert=/path/to/ca.crt at the end of the address, or put it in ~/.postgresql/root.crt.")
    return ""
