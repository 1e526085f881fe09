"""The services' validation messages (English, written for people) in the interface language.

The messages follow a few patterns (see ``app.services.validate``); those are recognised and rebuilt from translated
text and the form's own translated field label. A message that fits no pattern is shown as the services wrote it,
which is still a clear English sentence.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_NUMBER = r"(-?\d+(?:\.\d+)?)"


def problem_text(message: str, label: str) -> str:
    """``message`` about the field shown as ``label`` (already translated)."""
    if message.endswith(" is required."):
        return translate("Problems", "%1 is required.").replace("%1", label)
    if m := re.fullmatch(r".* must have at most (\d+) characters\.", message):
        return translate("Problems", "%1 must have at most %2 characters.").replace("%1", label).replace("%2", m[1])
    if m := re.fullmatch(r".* must have at least (\d+) characters\.", message):
        return translate("Problems", "%1 must have at least %2 characters.").replace("%1", label).replace("%2", m[1])
    if m := re.fullmatch(rf".* must be between {_NUMBER} and {_NUMBER}; .*", message):
        return (translate("Problems", "%1 must be between %2 and %3.")
                .replace("%1", label).replace("%2", m[1]).replace("%3", m[2]))
    if m := re.fullmatch(r"The end date (\S+) is before the start date (\S+)\.", message):
        from app.ui.i18n.formats import format_date

        return (translate("Problems", "The end date %1 is before the start date %2.")
                .replace("%1", format_date(m[1])).replace("%2", format_date(m[2])))
    if m := re.fullmatch(r"An activity can last at most (\d+) days\.", message):
        return translate("Problems", "An activity can last at most %1 days.").replace("%1", m[1])
    if m := re.fullmatch(r".* '(.*)' is already used by another .*\.", message):
        return translate("Problems", "%1 \u201c%2\u201d is already used by another record.").replace(
            "%1", label).replace("%2", m[1])
    if m := re.fullmatch(r".* contains a character that is not allowed: (U\+[0-9A-F]{4,6}.*)\. Remove it\.", message):
        # the character's code and Unicode name (English, as Unicode gives it) in the translated sentence
        return (translate("Problems", "%1 contains a character that is not allowed: %2. Remove it.")
                .replace("%1", label).replace("%2", m[1]))
    fixed = {
        "The mission cannot start before the request was received.":
            translate("Problems", "The mission cannot start before the request was received."),
        "Name a staff member or choose an expert from the roster.":
            translate("Problems", "Name a staff member or choose an expert from the roster."),
        "Contact details may be kept only with the participant's consent.":
            translate("Problems", "Contact details may be kept only with the participant's consent."),
        "This is not an e-mail address.": translate("Problems", "This is not an e-mail address."),
        "This participant is already enrolled in this activity.":
            translate("Problems", "This participant is already enrolled in this activity."),
    }
    return fixed.get(message, message)
