"""Which plural form a count takes: the catalogue's gettext plural entries, whose forms follow each language's
``Plural-Forms`` (written from CLDR's rules by Babel: English "1 day" / "2 days"; French "0 jour", "1 jour";
Russian 1 / 2-4 / 5-20; Arabic's six forms), chosen here with the standard library alone."""

from __future__ import annotations


def _whole(n) -> int | None:
    """A count as a whole number: an int, or a count already written out ("1,250", "12 500", "12.500"); a
    fraction or anything else is no count."""
    if isinstance(n, bool):
        return None
    if isinstance(n, int):
        return n
    if isinstance(n, str):
        digits = "".join(ch for ch in n if ch not in ",.\u00a0\u202f ")
        if digits.isdigit() and not any(ch in n for ch in ".,") or _grouped(n):
            return int(digits)
    return None


def _grouped(text: str) -> bool:
    """'1,250' or '12.500' (groups of three after the first), not '1.5' or '1,5'."""
    for sep in (",", ".", "\u00a0", "\u202f", " "):
        parts = text.split(sep)
        if len(parts) > 1 and all(p.isdigit() for p in parts) and all(len(p) == 3 for p in parts[1:]) \
                and 1 <= len(parts[0]) <= 3:
            return True
    return False


class Plural(dict):
    """A catalogue entry whose words depend on a count: a gettext plural entry (``app.vocabulary.catalogue``), its
    forms by index in the order of the language's ``Plural-Forms`` (English 2, French 3, Russian 3, Arabic 6,
    Chinese 1), chosen by the count in the parameter ``param`` with the catalogue's plural ``rule``. A count that
    is no whole number (1.5, or none) takes the last form, CLDR's "other"."""

    def __init__(self, param: str, forms, rule):
        super().__init__(enumerate(forms))
        self.param = param
        self.rule = rule

    def form(self, n, lang: str | None = None) -> str:
        """The form for the count ``n`` (an int, or a count already written out: "1,250", "12 500")."""
        whole = _whole(n)
        if whole is None:
            return self[len(self) - 1]
        index = self.rule(abs(whole))
        return self.get(index, self[len(self) - 1])


def english_count(n: int, one: str, other: str) -> str:
    """``n`` with the words that follow it in English, singular or plural by CLDR's English rule ("1 row was",
    "3 rows were"): for the command line's English-only lines, which are in no catalogue."""
    return f"{n} {one if n == 1 else other}"
