"""Currency codes, checked in one place: contributions and rates (the Fund), grants and partners' activities all
hold an ISO 4217 code in capitals that pycountry knows."""

from __future__ import annotations

from app.vocabulary.problems import ProblemError


def currency_code(text: str) -> str:
    """What a form or a spreadsheet cell holds, as the code is stored: ``" eur"`` -> ``"EUR"``."""
    return (text or "").strip().upper()


def known_currency(code: str) -> bool:
    """An ISO 4217 code, in capitals (EUR, CHF, NOK...)."""
    if not (len(code or "") == 3 and code.isascii() and code.isupper()):
        return False
    import pycountry

    return pycountry.currencies.get(alpha_3=code) is not None


def check_currency(code: str, field: str = "currency") -> None:
    """Refuses, in words, a code that is not a known currency."""
    if not known_currency(code):
        raise ProblemError(field, "not_a_currency", input=code)
