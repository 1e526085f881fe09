"""Profiles as an older FieldDesk left them: the schema at an earlier Alembic revision, with the data that release
wrote (identity, seeded reference data, the office, the change log). Used by the upgrade tests and by the packaged
program's smoke test (packaging/smoke_test.py)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

OLD_TABLES = ("local_setting", "country", "thematic_area", "stakeholder_type", "office", "clock_state", "change_log")


def make_old_profile(template: Path, target: Path, revision: str) -> Path:
    """A copy of ``template`` (a profile made by this FieldDesk) whose database is at ``revision``."""
    from alembic import command

    from app.migrations import alembic_config
    from app.services.store.db import Database

    target.mkdir(parents=True)
    (target / "profile.json").write_text((template / "profile.json").read_text())
    db = Database(f"sqlite:///{target / 'fielddesk.db'}")
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    db.dispose()
    src = sqlite3.connect(template / "fielddesk.db")
    dst = sqlite3.connect(target / "fielddesk.db")
    for table in OLD_TABLES:
        cols = [c[1] for c in dst.execute(f"PRAGMA table_info({table})")]
        rows = src.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        dst.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows)
    dst.commit()
    src.close()
    dst.close()
    return target
