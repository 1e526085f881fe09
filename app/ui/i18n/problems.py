"""Problems in the interface language: the services hand over problems as data (a code and its parameters,
``app.vocabulary.problems``); they are rendered here from the one catalogue with the form's own field label, and
dates and numbers written the interface's way. Nothing is read back out of a sentence. A text that is no problem
of the services (the screen's own, already translated) shows as it is."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from app.ui.i18n.formats import format_date
from app.ui.i18n.vocabulary import language
from app.vocabulary.problems import render_text


def problem_text(message: str, label: str | None) -> str:
    """``message`` about the field shown as ``label`` (already translated; None keeps the services' title)."""
    return render_text(message, language(), title=label, date_text=format_date,
                       number_text=lambda n: QLocale().toString(n))
