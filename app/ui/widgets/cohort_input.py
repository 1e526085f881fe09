"""A cohort's name, typed, with the cohorts recorded already offered as it is typed (the same spelling keeps a cohort
together in the list's filter and the report): the fellowship's editor and the Reports page's cohort."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter

from app.ui.widgets.fields import TextInput


class CohortInput(TextInput):
    def __init__(self):
        super().__init__(200)
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(lambda _text: self.changed.emit())
        self.widget.setCompleter(completer)

    def set_names(self, names: list[str]) -> None:
        self.names.setStringList(names)
