"""Which plural form a count takes in a language: CLDR's rules through Babel (English "1 day" / "2 days"; French
"0 jour", "1 jour"; Russian 1 / 2-4 / 5-20; Arabic's six forms). Babel is imported on first use, never on the way
to the first screen."""

from __future__ import annotations

from functools import cache


@cache
def _locale(lang: str):
    from babel import Locale

    return Locale.parse(lang)


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


def plural_category(n, lang: str) -> str:
    """'zero', 'one', 'two', 'few', 'many' or 'other' for the count ``n`` in ``lang`` ('other' for a fraction)."""
    whole = _whole(n)
    if whole is None:
        return "other"
    try:
        return _locale(lang).plural_form(whole)
    except (ValueError, LookupError):
        return "other"


class Plural(dict):
    """A catalogue entry whose words depend on a count: its forms by CLDR category ('zero', 'one', 'two', 'few',
    'many', 'other'; 'other' always), chosen by the parameter ``param`` when the message is rendered
    (``app.vocabulary.problems.render``). A language lists only the categories it has: English one and other,
    Russian one, few, many and other, Arabic all six."""

    def __init__(self, param: str = "count", /, **forms: str):
        if "other" not in forms:
            raise ValueError("a plural entry needs its 'other' form")
        super().__init__(forms)
        self.param = param

    def form(self, n, lang: str) -> str:
        """The form for the count ``n`` in ``lang`` ('other' when the language's category is not listed)."""
        return self.get(plural_category(n, lang)) or self["other"]


def plural(param: str = "count", /, **forms: str) -> Plural:
    """``plural(one="{count} change", other="{count} changes")``; ``plural("rows", ...)`` counts ``rows``."""
    return Plural(param, **forms)


def english_count(n: int, one: str, other: str) -> str:
    """``n`` with the words that follow it in English, singular or plural by CLDR's English rule ("1 row was",
    "3 rows were"): for the command line's English-only lines, which are in no catalogue."""
    return f"{n} {plural(one=one, other=other).form(n, 'en')}"
