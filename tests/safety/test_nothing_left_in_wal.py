"""Nothing of an erased or deleted record survives in the profile's database files (issue 18). Before: SQLite as
Python's builds for Windows and macOS ship it left deleted content in free pages of the database and of SQLCipher's,
and the -wal file kept every page written while the profile stayed open in another program."""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

from app.services import FieldDesk
from app.services.privacy.erasure import erase_participant

NAME = b"Xochitl Quetzalcoatl"


@pytest.fixture
def default_build():
    """Freed space left as it was, as those builds do (Debian's zeroes it by default, which would hide a missing
    setting): set before FieldDesk's own settings of each connection."""

    def off(dbapi_connection, _record):
        if type(dbapi_connection).__module__.split(".")[0] in ("sqlite3", "sqlcipher3"):
            dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(Engine, "connect", off, insert=True)
    yield
    event.remove(Engine, "connect", off)


def _holding(profile) -> list[str]:
    files = [profile / f"fielddesk.db{suffix}" for suffix in ("", "-wal", "-shm")]
    return [p.name for p in files if p.exists() and NAME in p.read_bytes()]


def test_an_erased_name_is_in_none_of_the_database_files(default_build, field_profile):
    other = FieldDesk.open(field_profile)  # the window, open beside the command that erases
    try:
        with FieldDesk.open(field_profile) as fd:
            with fd.reading() as conn:
                assert conn.execute(text("PRAGMA secure_delete")).scalar() == 1
            pid = fd.participants.create({"full_name": "Xochitl Quetzalcoatl", "organisation": "Quetzalcoatl Lawyers"})
            fd.participants.update(pid, {"full_name": "Xochitl Quetzalcoatl Ixcot"})
            assert other.participants.get(pid).organisation == "Quetzalcoatl Lawyers"
            assert _holding(field_profile)  # the scan finds it before
            erase_participant(fd, pid, reason="Asked in writing on 3 May")
            assert _holding(field_profile) == []
            assert other.participants.get(pid).organisation == ""
            fd.participants.create({"full_name": "Ana Lucía"})
        # closed while the window keeps the profile open: the WAL is emptied all the same
        assert (field_profile / "fielddesk.db-wal").stat().st_size == 0
    finally:
        other.close()
    assert _holding(field_profile) == []
