"""Schema history: the known chain matches Alembic's scripts, older profiles are backed up and upgraded with their
data, and a profile from a newer FieldDesk is refused without being touched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from app import __version__
from app.migrations import HEAD, KNOWN_REVISIONS, alembic_config
from app.services import FieldDesk, ProfileTooNew
from app.services.store.check import check_profile
from app.services.store.db import Database
from app.services.store.seed import country_id


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_known_revisions_match_alembic_scripts():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert chain == KNOWN_REVISIONS
    assert script.get_current_head() == HEAD


def test_every_constraint_has_a_name(field_profile):
    """Unnamed SQLite constraints cannot be dropped by later batch migrations (apache/superset#531)."""
    from sqlalchemy import inspect

    db = Database(f"sqlite:///{field_profile / 'fielddesk.db'}")
    inspector = inspect(db.engine)
    unnamed = []
    for table in inspector.get_table_names():
        if (table.endswith(("_fts", "_fts_data", "_fts_idx", "_fts_docsize", "_fts_config"))
                or table == "alembic_version"):
            continue
        if not inspector.get_pk_constraint(table).get("name"):
            unnamed.append(f"{table} primary key")
        unnamed += [f"{table} foreign key {fk['constrained_columns']}" for fk in inspector.get_foreign_keys(table)
                    if not fk.get("name")]
        unnamed += [f"{table} unique {uq['column_names']}" for uq in inspector.get_unique_constraints(table)
                    if not uq.get("name")]
    db.dispose()
    assert unnamed == []


def test_an_older_profile_is_backed_up_then_upgraded_with_its_data(field_profile, tmp_path):
    """Build a profile at the first revision with data, then open it with this FieldDesk."""
    from alembic import command

    old = tmp_path / "old-profile"
    old.mkdir()
    (old / "profile.json").write_text((field_profile / "profile.json").read_text())
    db = Database(f"sqlite:///{old / 'fielddesk.db'}")
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, KNOWN_REVISIONS[0])
    db.dispose()
    # Data as the first release wrote it: identity, seed data, an office, a participant, all logged.
    src = sqlite3.connect(field_profile / "fielddesk.db")
    dst = sqlite3.connect(old / "fielddesk.db")
    for table in ("local_setting", "country", "thematic_area", "stakeholder_type", "office", "clock_state",
                  "change_log"):
        cols = [c[1] for c in dst.execute(f"PRAGMA table_info({table})")]
        rows = src.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        dst.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows)
    dst.commit()
    src.close()
    dst.close()

    with FieldDesk.open(old) as fd:
        assert fd.schema_revision() == HEAD
        pid = fd.participants.create({"full_name": "Ana López", "country_id": country_id("GT")})
        assert fd.participants.get(pid).full_name == "Ana López"
        assert fd.offices.count() == 1
        fd.offices.delete(fd.offices.ids()[0])
        assert fd.offices.count() == 0  # counted with the deleted rows' index the upgrade made (0005)
        assert check_profile(fd) == []
    raw = sqlite3.connect(old / "fielddesk.db")
    indexes = {name for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    raw.close()
    assert {"ix_participant_deleted_rows", "ix_office_deleted_rows", "ix_training_deleted_rows"} <= indexes
    backups = list((old / "backups").glob("*.db")) if (old / "backups").exists() else []
    if KNOWN_REVISIONS[0] != HEAD:
        assert len(backups) == 1 and f"before-upgrade-from-{KNOWN_REVISIONS[0]}" in backups[0].name
        raw = sqlite3.connect(backups[0])
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == KNOWN_REVISIONS[0]
        raw.close()
    else:
        assert backups == []  # nothing to upgrade, so nothing to back up


def test_a_profile_from_a_newer_fieldDesk_is_refused_and_left_untouched(field_profile):
    db_file = field_profile / "fielddesk.db"
    raw = sqlite3.connect(db_file)
    raw.execute("UPDATE alembic_version SET version_num = '0099'")
    raw.execute("UPDATE local_setting SET value = '\"7.3.0\"' WHERE key = 'schema_written_by'")
    raw.commit()
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = file_hash(db_file)
    with pytest.raises(ProfileTooNew) as caught:
        FieldDesk.open(field_profile)
    message = str(caught.value)
    assert "FieldDesk 7.3.0" in message and f"this is FieldDesk {__version__}" in message
    assert "Nothing was changed" in message
    assert file_hash(db_file) == before
    assert not (field_profile / "backups").exists()


def test_the_migrations_build_exactly_the_tables_the_models_declare(field_profile):
    """Autogenerate against a migrated profile finds nothing to do (FTS5 tables left aside, as env.py does)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    from app.models import load_all

    load_all()

    def include_object(obj, name, type_, reflected, compare_to) -> bool:  # env.py's filter
        if type_ == "index" and name and name.endswith("_deleted_rows"):
            return False
        return not (type_ == "table" and name and "_fts" in name)

    db = Database(f"sqlite:///{field_profile / 'fielddesk.db'}")
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        diffs = compare_metadata(context, SQLModel.metadata)
    db.dispose()
    assert diffs == []


def test_a_profile_of_schema_0002_gets_programme_management_and_keeps_its_projects(field_profile, tmp_path):
    """0003 adds columns to projects without rebuilding the table: search still finds them, and the seeded
    priority criteria and country facts arrive when the profile opens."""
    from alembic import command

    old = tmp_path / "profile-0002"
    old.mkdir()
    (old / "profile.json").write_text((field_profile / "profile.json").read_text())
    db = Database(f"sqlite:///{old / 'fielddesk.db'}")
    with db.engine.begin() as conn:
        cfg = alembic_config(db.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    db.dispose()
    src = sqlite3.connect(field_profile / "fielddesk.db")
    dst = sqlite3.connect(old / "fielddesk.db")
    for table in ("local_setting", "country", "thematic_area", "stakeholder_type", "office", "clock_state",
                  "change_log"):
        cols = [c[1] for c in dst.execute(f"PRAGMA table_info({table})")]
        rows = src.execute(f"SELECT {', '.join(cols)} FROM {table}").fetchall()
        dst.executemany(f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                        rows)
    dst.execute("INSERT INTO project (id, owner_office, created_at, created_by, updated_at, updated_by, deleted, code, "
                "title, theme_ids, funding_source, status, description) VALUES ('p-1', 'GT-01', 't', 'a', 't', 'a', 0, "
                "'GT-2024-01', 'Strengthening the ombudsman', '[]', 'regular_budget', 'ongoing', '')")
    dst.commit()
    src.close()
    dst.close()

    from app.services import ListQuery

    with FieldDesk.open(old) as fd:
        assert fd.schema_revision() == HEAD
        project = fd.projects.get("p-1")
        assert (project.title, project.national_partner, project.exit_plan, project.exit_date) == \
            ("Strengthening the ombudsman", "", "", None)
        assert fd.projects.ids(ListQuery(search="ombuds")) == ["p-1"]
        assert fd.priority_criteria.count() == 7 and fd.country_profiles.count() == 44
        rid = fd.requests.create({"title": "Ombudsman law", "requesting_authority": "Congress",
                                  "country_id": country_id("GT"), "received_date": "2026-02-02"})
        assert fd.requests.ids(ListQuery(search="ombudsman")) == [rid]
        problems = check_profile(fd)
    assert [p for p in problems if "p-1" not in p] == []  # the hand-made project has no change-log entry


def test_every_shared_table_indexes_its_deleted_rows(field_profile):
    """The partial indexes that count a list without reading its table are made by the migrations only (0005), not
    declared on the models: a shared table added later needs its own in its revision."""
    from sqlmodel import SQLModel

    from app.models import load_all

    load_all()
    shared = {t.name for t in SQLModel.metadata.sorted_tables if "deleted" in t.c and "owner_office" in t.c}
    raw = sqlite3.connect(field_profile / "fielddesk.db")
    indexes = dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"))
    raw.close()
    assert len(shared) >= 28
    missing = sorted(t for t in shared if f"ix_{t}_deleted_rows" not in indexes)
    assert missing == []
    assert indexes["ix_participant_deleted_rows"].endswith("WHERE deleted = 1")
