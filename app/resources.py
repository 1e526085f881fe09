"""Where the shipped resources (fonts, compiled translations, icons, licence texts) live: inside the installed
package (``app/shipped/``, put there by the package build, see setup.py; read with importlib.resources), in a
PyInstaller build (``sys._MEIPASS``), or in a checkout and an editable install (``resources/`` beside ``app``)."""

from __future__ import annotations

import sys
from importlib.resources import as_file, files
from pathlib import Path

SHIPPED = "shipped"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    shipped = files("app") / SHIPPED
    if shipped.is_dir():
        # an installed wheel: a folder on disk (as_file gives its path; FieldDesk is never run from a zip)
        with as_file(shipped) as path:
            return Path(path)
    return Path(__file__).resolve().parent.parent / "resources"


def license_file() -> Path:
    """FieldDesk's LICENSE: beside resources/ in a checkout and a PyInstaller build, inside it when installed."""
    inside = resources_dir() / "LICENSE"
    return inside if inside.exists() else resources_dir().parent / "LICENSE"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
