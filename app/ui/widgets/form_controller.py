"""The steps every form that saves a record shares: load a row into it, check it, save it, show what is wrong.

The record editor, a part's dialog, the new participant's dialog and a change of status each hold one
``FormController`` over their ``RecordForm``; they differ in what they check and in what they write, not in how.
A save of an existing record writes only the fields changed, with the values the person started from (``base=``):
when someone else saved the same field in between, this save wins, as the later one would in sync, and the value it
replaced is kept as a conflict to review (``services/store/concurrent.py``), whichever form made the edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel

from app.services import ValidationFailed
from app.services.store.lookups import without_missing
from app.ui.widgets.form import RecordForm


class FormController:
    def __init__(self, form: RecordForm, summary: QLabel):
        self.form, self.summary = form, summary
        self.baseline: dict[str, Any] = {}  # the values loaded (what the person started from)
        self.server: tuple[dict[str, Any], dict[str, str]] = ({}, {})  # the values the database refused, and why
        self.touched = False  # problems show once the person has typed (or tried to save)

    # ----------------------------------------------------------- loading
    def load(self, row: dict[str, Any]) -> None:
        """Show ``row`` (a record's values, or a new one's defaults) as the state to compare edits with."""
        self.form.set_values(row)
        self.baseline = self.form.values()
        self.server = ({}, {})
        self.touched = False

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in values.items() if v != self.baseline.get(k)}

    def is_dirty(self) -> bool:
        # a typed text that is no date reads as None, like an empty field: it still counts as a change to correct
        return self.form.values() != self.baseline or bool(self.form.input_problems())

    # ---------------------------------------------------------- checking
    def with_refusals(self, values: dict[str, Any], found: dict[str, str]) -> dict[str, str]:
        """``found`` and what the database refused, for as long as the refused field keeps the refused value."""
        server_values, server = self.server
        for key, message in server.items():
            if key not in found and values.get(key) == server_values.get(key):
                found[key] = message
        return found

    def show(self, problems: dict[str, str]) -> str:
        """Each problem beside its field, the rest in the summary line (only once the person has typed)."""
        rest = self.form.show_problems(problems if self.touched else {})
        text = " ".join(rest.values()) if self.touched else ""
        self.summary.setText(text)
        self.summary.setToolTip(text)  # the whole of it, when it is longer than the room kept for it
        self.summary.setVisible(bool(text))
        return text

    # ------------------------------------------------------------ saving
    def store(self, table: str, record_id: str | None, values: dict[str, Any],
              data_to_create: dict[str, Any] | None = None) -> Callable[[Any], str]:
        """What the database worker runs to save ``values``: a new record (from ``data_to_create`` when given), or the
        fields changed since loading, with the values the person started from, so another's save is kept."""
        if record_id is None:
            data = without_missing(table, values if data_to_create is None else data_to_create)

            def create(fd) -> str:
                return fd.service(table).create(data)

            return create
        changes = self.changes(values)
        base = {k: self.baseline.get(k) for k in changes}

        def update(fd) -> str:
            fd.service(table).update(record_id, changes, base=base)
            return record_id

        return update

    def refused(self, values: dict[str, Any], error: BaseException) -> bool:
        """A save's failure: the database's objections to fields are kept to show beside them (True), anything else
        is for the caller to show (False)."""
        if not isinstance(error, ValidationFailed):
            return False
        self.server = (values, error.by_field())
        self.touched = True
        return True
