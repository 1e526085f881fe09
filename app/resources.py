"""Where the shipped resources (fonts, compiled translations, icons, licence texts) live: inside the installed
package (``app/shipped/``, put there by the package build, see setup.py), in a PyInstaller build
(``sys._MEIPASS``), or in a checkout and an editable install (``resources/`` beside ``app``)."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

SHIPPED = "shipped"


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return _package_resources()


@cache
def _package_resources() -> Path:
    """Found once. The package is a folder on disk (FieldDesk is never run from a zip), so its ``shipped/`` is found
    beside this module, where importlib.resources would find it; asking importlib.resources took a few milliseconds
    a call, and start-up asks for a dozen files (the icons, the catalogues)."""
    package = Path(__file__).resolve().parent
    shipped = package / SHIPPED
    if shipped.is_dir():  # an installed wheel
        return shipped
    return package.parent / "resources"


def license_file() -> Path:
    """FieldDesk's LICENSE: beside resources/ in a checkout and a PyInstaller build, inside it when installed."""
    inside = resources_dir() / "LICENSE"
    return inside if inside.exists() else resources_dir().parent / "LICENSE"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
