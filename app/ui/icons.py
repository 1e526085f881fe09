"""The application icon (resources/icons), drawn at every size it is shipped in so Qt picks a sharp one for the
title bar, the task bar and the About dialog."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.resources import resource

ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512]
# The name of the .desktop entry (packaging/linux/fielddesk.desktop): Wayland matches windows to it by this name.
DESKTOP_FILE_NAME = "fielddesk"


def app_icon() -> QIcon:
    """Each size is read when Qt first draws it (given its size, ``addFile`` need not open the file)."""
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"fielddesk-{size}.png")
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    return icon
