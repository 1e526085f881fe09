"""What the main window expects of a page: a title, which of the window's actions it supports, and a chance to
keep the user from leaving with unsaved changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

# The window actions a page may support (see ``shell/actions.py``).
ACTIONS = ("new", "save", "delete", "next", "previous", "search", "export", "import")


class Page(QWidget):
    key = ""
    actions_changed = Signal()
    status_message = Signal(str)
    data_shown = Signal()  # the page shows its data (the start page's signal ends --quit-when-idle)

    def title(self) -> str:
        raise NotImplementedError

    def on_shown(self) -> None:
        """Called each time the page becomes the current one (load data the first time)."""

    def can(self, action: str) -> bool:
        return False

    def request_leave(self, proceed: Callable[[], None]) -> None:
        proceed()

    def has_unsaved_changes(self) -> bool:
        return False

    # Window actions; pages that support them override these.
    def new_record(self) -> None: ...

    def save(self) -> None: ...

    def delete(self) -> None: ...

    def next_record(self) -> None: ...

    def previous_record(self) -> None: ...

    def focus_search(self) -> None: ...

    def export_list(self) -> None: ...

    def import_file(self) -> None: ...
