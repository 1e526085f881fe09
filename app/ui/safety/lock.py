"""The idle lock: after some minutes without a key press or mouse move, every FieldDesk window is covered (its
content hidden, not closed: unsaved changes stay as they were) and an application-modal dialog asks for the
passphrase again, checked against the profile's key file. Only an encrypted profile locks: with a plain one there is
nothing a passphrase could be checked against, and its data is readable on disk anyway.

Activity is watched on the windows (``QWindow``), not on every widget, so the lock costs nothing while typing or
scrolling. Idle time is measured on both the monotonic and the wall clock, so a laptop that slept for an hour locks
as soon as it wakes (monotonic clocks stop during sleep on some systems)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QToolTip, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from app.services.profile.throttle import UnlockThrottle
from app.ui.settings.options import LOCK_MINUTES
from app.ui.tasks.taskman import TaskManager

if TYPE_CHECKING:
    from app.ui.context import AppContext
    from app.ui.safety.unlock_dialog import UnlockDialog

ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
            QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
CHECK_EVERY_MS = 15_000  # the longest a check waits, so waking from sleep is noticed soon
SWEEP_MS = 200
# while locked: cover windows that appear (a late error message) and keep the dialog on top
COVER_COLOUR, COVER_TEXT = "#27313d", "#f2f4f7"


class Cover(QWidget):
    """Put over a window while FieldDesk is locked; the window's own widgets are hidden until it is removed."""

    def __init__(self, window: QWidget, office: str = ""):
        super().__init__(window)
        self.setObjectName("lockCover")
        self.target = window
        self.setAutoFillBackground(True)
        palette = self.palette()  # a dark cover in any theme: plainly not the window at work, and the dialog stands out
        palette.setColor(QPalette.ColorRole.Window, QColor(COVER_COLOUR))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(COVER_TEXT))
        self.setPalette(palette)
        self.hidden = [child for child in window.findChildren(QWidget,
                                                              options=Qt.FindChildOption.FindDirectChildrenOnly)
                       if child is not self and not child.isWindow() and child.isVisibleTo(window)]
        for child in self.hidden:
            child.hide()
        title = QLabel(self.tr("FieldDesk is locked"))
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * (2.0 if isinstance(window, QMainWindow) else 1.4))
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title)
        if isinstance(window, QMainWindow):
            note = QLabel(self.tr("Office %1. Type the passphrase to go on: the windows come back as they were.")
                          .replace("%1", office))
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            layout.addStretch(4)  # the dialog sits in the middle: the words above it
        else:
            layout.addStretch(1)
        window.installEventFilter(self)
        self.setGeometry(window.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        elif watched is self.target and event.type() == QEvent.Type.ChildAdded:
            QTimer.singleShot(0, self._stay_on_top)
        return False

    def _stay_on_top(self) -> None:
        if Shiboken.isValid(self):
            self.raise_()

    def remove(self) -> None:
        if not Shiboken.isValid(self):
            return
        if Shiboken.isValid(self.target):
            self.target.removeEventFilter(self)
            for child in self.hidden:
                if Shiboken.isValid(child):
                    child.show()
        self.hide()
        self.deleteLater()


class IdleLock(QObject):
    locked_changed = Signal(bool)

    def __init__(self, ctx: AppContext, main_window: Callable[[], QWidget | None],
                 throttle: UnlockThrottle | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.main_window = ctx, main_window
        self.throttle = throttle or UnlockThrottle()
        self.locked = False
        self.dialog: UnlockDialog | None = None
        self.covers: list[Cover] = []
        self.timeout_ms = 0
        self._focus: QWidget | None = None
        self._key_tasks: TaskManager | None = None
        self._watched: set[int] = set()
        self._touch()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.sweeper = QTimer(self)
        self.sweeper.setInterval(SWEEP_MS)
        self.sweeper.timeout.connect(self.cover_new_windows)
        app = QGuiApplication.instance()
        app.focusWindowChanged.connect(self._watch)
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)
        self.reload()

    # -------------------------------------------------------- settings
    @property
    def active(self) -> bool:
        """Whether the window may lock: a time is set and the profile is encrypted."""
        return self.timeout_ms > 0 and self.ctx.fd is not None and self.ctx.fd.vault is not None

    def reload(self) -> None:
        self.set_timeout_ms(max(0, self.ctx.settings.get(LOCK_MINUTES)) * 60_000)

    def set_timeout_ms(self, ms: int) -> None:
        self.timeout_ms = ms
        self._touch()
        self._arm()

    # ------------------------------------------------------- watching
    def _touch(self) -> None:
        self._last = (time.monotonic(), time.time())

    def idle_ms(self) -> float:
        mono, wall = self._last
        return max(time.monotonic() - mono, time.time() - wall) * 1000

    def _arm(self) -> None:
        if self.locked or self.timeout_ms <= 0:
            self.timer.stop()
            return
        self.timer.start(int(min(max(self.timeout_ms - self.idle_ms(), 0), CHECK_EVERY_MS)))

    def check(self) -> None:
        if self.locked:
            return
        if self.active and self.idle_ms() >= self.timeout_ms:
            self.lock()
        else:
            if not self.active:
                self._touch()  # a plain profile encrypted later starts counting then
            self._arm()

    def _watch(self, window: QWindow | None) -> None:
        if window is not None and id(window) not in self._watched:
            self._watched.add(id(window))
            window.installEventFilter(self)
            window.destroyed.connect(lambda _obj=None, key=id(window): self._watched.discard(key))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            if self.active and self.idle_ms() >= self.timeout_ms:
                self.lock()  # back after a sleep the timer has not noticed yet: this key press is not let through
                return True
            self._touch()
        return False

    # --------------------------------------------------------- locking
    def lock(self) -> None:
        if self.locked or self.ctx.fd is None or self.ctx.fd.vault is None:
            return
        self.locked = True
        self.timer.stop()
        focus = QApplication.focusWidget()
        self._focus = focus
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        # only now: a plain profile never locks, and the lock is made while the first screen loads
        # imported here: start-up: the first screen (participants) does not load services.profile.vault
        from app.services.profile.vault import Keyring

        # imported here: start-up: the first screen (participants) does not load ui.safety.unlock_dialog
        from app.ui.safety.unlock_dialog import UnlockDialog

        if self._key_tasks is None:
            self._key_tasks = TaskManager(self)
        folder = self.ctx.fd.folder.path
        self.dialog = UnlockDialog(self._key_tasks, lambda secret: Keyring(folder).unlock(secret), self.throttle,
                                   locked=True, parent=self.main_window())
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.unlocked.connect(self._unlocked)
        self.cover_new_windows()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.sweeper.start()
        self.locked_changed.emit(True)

    def cover_new_windows(self) -> None:
        covered = {id(c.target) for c in self.covers if Shiboken.isValid(c)}
        for widget in QApplication.topLevelWidgets():
            if (widget is self.dialog or not widget.isVisible() or id(widget) in covered
                    or widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)):
                continue
            self.covers.append(Cover(widget, self.ctx.office))
        dialog = self.dialog
        on_top = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and on_top is not None and on_top is not dialog:
            dialog.hide()  # a dialog opened since the lock (an error message) would be above it: come back on top
            dialog.show()

    def _unlocked(self, _key) -> None:
        self.sweeper.stop()
        for cover in self.covers:
            cover.remove()
        self.covers.clear()
        dialog, self.dialog = self.dialog, None
        recovery = dialog.recovery_used if dialog is not None else None
        if dialog is not None:
            dialog.deleteLater()
        self.locked = False
        window = self.main_window()
        page = getattr(window, "current_page", None)
        if page is not None:
            page.on_shown()  # what changed on the worker while it was hidden is drawn again
        if self._focus is not None and Shiboken.isValid(self._focus):
            self._focus.setFocus()
        self._focus = None
        self._touch()
        self._arm()
        self.locked_changed.emit(False)
        if recovery:
            # imported here: start-up: the first screen (participants) does not load ui.safety.flows
            from app.ui.safety.flows import new_passphrase_after_recovery

            new_passphrase_after_recovery(self._key_tasks, self.ctx.fd.folder.path, recovery, window)

    def shutdown(self) -> None:
        self.timer.stop()
        self.sweeper.stop()
        if self._key_tasks is not None:
            self._key_tasks.shutdown()
