"""The fellowship's personal free text, greyed with the reason where it may not be written here: headquarters, about
a fellow their office keeps the name of; any site, about an erased fellow (``app/services/privacy/person_guard.py``
refuses the save too). The editor's fields (notes, the final report's summary) and its parts' (an objective's note,
what a contact says the former fellow does now, and its note) are greyed; a line says why where they are."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from app.ui.i18n.problems import problem_text
from app.ui.widgets.form import RecordForm
from app.ui.widgets.secondary import make_secondary

FELLOWSHIP_TEXTS = ("notes", "report_summary")
PART_TEXTS = {"fellowship_objective": ("note",), "fellowship_contact": ("current_role", "note")}


def reason_label(name: str) -> QLabel:
    label = make_secondary(QLabel())
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def grey_texts(form: RecordForm, keys: tuple[str, ...], reason: str, label: QLabel | None = None) -> None:
    """``reason`` (a problem from the services, or "" when the text may be written) shown and the fields greyed."""
    text = problem_text(reason, None) if reason else ""
    for key in keys:
        widget = form.inputs[key].widget
        widget.setEnabled(not reason)
        widget.setToolTip(text)
    if label is not None:
        label.setText(text)
        label.setVisible(bool(text))


class GreyedTexts:
    """For a fellowship's parts section: its dialogs grey the personal text while ``texts_reason`` is set."""

    texts_reason = ""

    def _open(self, row, title):
        dialog = super()._open(row, title)
        if self.texts_reason and self.writable:
            label = reason_label("textsWithheld")
            dialog.layout().insertWidget(1, label)
            grey_texts(dialog.form, PART_TEXTS[self.table], self.texts_reason, label)
        return dialog
