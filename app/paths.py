"""Where a profile lives: --profile, then FIELDDESK_PROFILE, then the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

PROFILE_ENV = "FIELDDESK_PROFILE"


def default_profile_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path("FieldDesk", appauthor=False) / "default"


def resolve_profile_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(PROFILE_ENV)
    if from_env:
        return Path(from_env).expanduser().resolve()
    return default_profile_dir()
