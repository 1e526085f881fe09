"""The questions and error messages every screen asks and shows, in one place (tests patch ``QMessageBox``)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import FieldDeskError, file_in_error, message_of
from app.ui.i18n.problems import problem_text

translate = QCoreApplication.translate


class Leave(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, what: str) -> Leave:
    answer = QMessageBox.question(
        parent, translate("Messages", "Unsaved changes"),
        translate("Messages", "%1 has changes that are not saved. Save them?").replace("%1", what),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return Leave.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Leave.DISCARD
    return Leave.CANCEL


def error_text(error: BaseException) -> str:
    """What to tell the user: the services' own message, or plainly that something unexpected happened."""
    if isinstance(error, FieldDeskError):
        return problem_text(message_of(error), None)  # a problem in the interface's language, other text as it is
    if isinstance(error, OSError):
        where = f" ({file_in_error(error)})" if error.filename else ""
        return translate("Messages", "The file could not be read or written: %1").replace(
            "%1", f"{error.strerror or error}{where}")
    return translate("Messages", "Something unexpected went wrong (%1: %2). Nothing was saved by this step; the "
                                 "details were written to the log.").replace("%1", type(error).__name__).replace(
        "%2", str(error))


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or translate("Messages", "FieldDesk"), error_text(error))


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)
