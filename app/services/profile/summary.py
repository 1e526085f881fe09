"""What the window needs to show itself before the profile is opened: its folder, office and role, read cheaply
(``profile.json``, else the plain database with the standard library), without SQLAlchemy or the models."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app.services.profile import PROFILE_FILE


@dataclass(frozen=True)
class ProfileSummary:
    path: Path
    office: str
    role: str

    @property
    def is_hq(self) -> bool:
        return self.role == "hq"


def profile_summary(folder: Path) -> ProfileSummary | None:
    """None when it cannot be known cheaply (the caller then opens the profile first)."""
    try:
        meta = json.loads((Path(folder) / PROFILE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    office, role = meta.get("office"), meta.get("role")
    if office and role:
        return ProfileSummary(Path(folder), office, role)
    database = Path(folder) / "fielddesk.db"
    if (meta.get("database") or {}).get("url") or (Path(folder) / "keyring.json").exists() or not database.exists():
        return None
    try:
        conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            values = dict(conn.execute("SELECT key, value FROM local_setting WHERE key IN ('office_code', 'role')"))
        finally:
            conn.close()
        return ProfileSummary(Path(folder), json.loads(values["office_code"]), json.loads(values["role"]))
    except (sqlite3.Error, KeyError, ValueError):
        return None
