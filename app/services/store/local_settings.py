"""The profile's own settings (table ``local_setting``: a key and its JSON value, never sent to another site), which
the facade, the letterhead, retention, the office's pseudonyms and the import's decisions write."""

from __future__ import annotations

from sqlalchemy import Connection, select

from app.models.local_setting import LocalSetting

SETTINGS = LocalSetting.__table__


def put_setting(conn: Connection, key: str, value) -> None:
    exists = conn.execute(select(SETTINGS.c.key).where(SETTINGS.c.key == key)).first()
    if exists:
        conn.execute(SETTINGS.update().where(SETTINGS.c.key == key).values(value=value))
    else:
        conn.execute(SETTINGS.insert().values(key=key, value=value))
