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


def reason_under(form: RecordForm, key: str, name: str) -> QLabel:
    """A line, under the field ``key``, that says why it is greyed (hidden while it is not)."""
    label = make_secondary(QLabel())
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    box = form.inputs[key].widget.parentWidget().layout()
    box.insertWidget(box.indexOf(form.inputs[key].widget) + 1, label)
    return label


def grey_texts(form: RecordForm, keys: tuple[str, ...], reason: str, labels: tuple[QLabel, ...] = ()) -> None:
    """``reason`` (a problem from the services, or "" when the text may be written) shown and the fields greyed."""
    text = problem_text(reason, None) if reason else ""
    for key in keys:
        widget = form.inputs[key].widget
        widget.setEnabled(not reason)
        widget.setToolTip(text)
    for label in labels:
        label.setText(text)
        label.setVisible(bool(text))


class GreyedTexts:
    """For a fellowship's parts section: its dialogs grey the personal text while ``texts_reason`` is set."""

    texts_reason = ""

    def _open(self, row, title):
        dialog = super()._open(row, title)
        if self.texts_reason and self.writable:
            keys = PART_TEXTS[self.table]
            grey_texts(dialog.form, keys, self.texts_reason, (reason_under(dialog.form, keys[-1], "textsWithheld"),))
        return dialog
