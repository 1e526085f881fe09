"""Installing a newer FieldDesk over an older one: the first start opens each profile the older version made,
backs it up and upgrades its schema, and the window shows its data."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from app.migrations import HEAD, KNOWN_REVISIONS
from tests.old_profiles import make_old_profile


def test_the_gui_opens_a_profile_from_the_previous_schema_after_a_backup_and_an_upgrade(field_template, tmp_path):
    previous = KNOWN_REVISIONS[-2]
    old = make_old_profile(field_template, tmp_path / "old", previous)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "app", "--profile", str(old), "--quit-when-idle"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    [backup] = (old / "backups").glob(f"*-before-upgrade-from-{previous}.db")
    raw = sqlite3.connect(backup)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == previous
    raw.close()
    from app.services import FieldDesk

    with FieldDesk.open(old) as fd:
        assert fd.schema_revision() == HEAD
        assert fd.offices.count() == 1
