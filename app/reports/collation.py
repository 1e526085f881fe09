"""Sorting people's names the way a reader expects, without a collation library.

FieldDesk depends on neither Babel nor PyICU, and the C library's ``locale`` collation depends on which locales the
machine has installed (a field laptop often has only one). So the key is locale-independent: the text decomposed
(NFKD), its accents and other combining marks dropped, then casefolded. "Édgar" sorts with the E's (before
"Tomás"), "Ёлкин" with the Е's, "Ávila" before "Baca". It is not a language's full collation (Spanish "ch" and
"ll" and Swedish "å" after "z" are not honoured), but it is the same on every machine.
"""

from __future__ import annotations

import unicodedata


def collation_key(text: str) -> tuple[str, str]:
    """Accents and case ignored first; the exact text then parts names that differ only by them."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return base.casefold(), (text or "").casefold()


def surname_key(full_name: str) -> tuple:
    """Sort by surname, then by the whole name. Participants are recorded with one full name, so the surname is
    taken to be its last word: right for "Tomás Zapata", a fair guess for double surnames ("Ana Chávez López" sorts
    under López)."""
    words = (full_name or "").split()
    return collation_key(words[-1] if words else ""), collation_key(full_name)
