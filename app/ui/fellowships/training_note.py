"""On a training activity of form "Fellowship" (how fellowships were recorded before schema 0022), a note that
fellowships now have a page of their own; the form stays for the activities recorded before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from app.models.enums import TrainingForm
from app.ui.widgets.secondary import make_secondary


def add_fellowship_note(editor) -> QLabel:
    """Below the activity's form (nothing under it moves): shown while its form is Fellowship."""
    note = QLabel(QCoreApplication.translate(
        "FellowshipNote", "Fellowships are now recorded on the Fellowships page, with the placement, final report "
                          "and follow-up. This form stays for the activities recorded before."))
    note.setObjectName("fellowshipNote")
    note.setWordWrap(True)
    make_secondary(note)
    field = editor.form.inputs["form"]

    def show() -> None:
        note.setVisible(field.value() == TrainingForm.FELLOWSHIP.value)

    field.changed.connect(show)
    editor.loaded.connect(show)
    editor.details_footer.addWidget(note)
    show()
    return note
