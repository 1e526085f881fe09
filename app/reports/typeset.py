"""Typesetting rules every report follows: no word or number is broken across lines, and columns are as wide as
their longest word needs.

ReportLab breaks lines at spaces (and, unless told otherwise, inside a word longer than its column). A word only
ever wraps whole here: table columns are widened from their neighbours' slack until their longest word fits, and
numbers and amounts hold their parts together with no-break spaces (U+00A0; ReportLab breaks at the narrow
no-break space U+202F, so French groups thousands with U+00A0 too)."""

from __future__ import annotations

import re
from collections.abc import Sequence

NBSP = "\u00a0"
# ReportLab's break points among the spaces: plain spaces and the like, not U+00A0
BREAKS = re.compile(r"[ \t\n\r\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000]+")
HAN = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")
# French puts a no-break space before ; : ! ? and » and after «, so the sign never starts a line alone
_FRENCH_BEFORE = re.compile(r"[ \u202f]+([;:!?»])")
_FRENCH_AFTER = re.compile(r"(«)[ \u202f]+")


def words(text: str) -> list[str]:
    """The pieces a line may break between (no-break spaces hold theirs together)."""
    return [w for w in BREAKS.split(text) if w]


def french_spacing(text: str) -> str:
    return _FRENCH_AFTER.sub("\\1" + NBSP, _FRENCH_BEFORE.sub(NBSP + "\\1", text))


def unbreakable(text: str) -> str:
    """An amount or a number with its unit, kept on one line."""
    return BREAKS.sub(NBSP, text)


def date_breaks(text: str, year: str) -> str:
    """A date that may break only before its year: the day with its month, the year with what goes with it ("de"
    before it in Spanish, "г." after it in Russian), so a narrow column never leaves "г." or "2026" alone."""
    at = text.find(year)
    if at <= 0:
        return text
    head, tail = words(text[:at]), words(text[at:])
    if len(head) >= 3:  # "2 de marzo de": the last word is the year's preposition
        head, tail = head[:-1], [head[-1], *tail]
    return f"{NBSP.join(head)} {NBSP.join(tail)}" if head else NBSP.join(tail)


def longest_word(texts, font: str, size: float, rtl: bool = False) -> float:
    """The width of the widest word among ``texts`` (Chinese characters may break anywhere: they do not count)."""
    candidates: list[str] = []
    for text in texts:
        if isinstance(text, str) and text:
            candidates += [w for w in words(text) if not HAN.search(w)]
    if not candidates:
        return 0.0
    from reportlab.pdfbase.pdfmetrics import stringWidth  # here: the catalogue's spacing rules need no ReportLab

    # imported here: it loads reportlab (with reports.text)
    from app.reports.text import has_rtl, visual

    candidates.sort(key=len, reverse=True)
    shown = (visual(w, rtl) if rtl or has_rtl(w) else w for w in candidates[:4])  # the longest by characters
    return max(stringWidth(w, font, size) for w in shown)


def content_widths(widths: Sequence[float], needs: Sequence[float]) -> list[float]:
    """Column widths that give each column at least what its longest word needs, taken from the columns with room
    to spare in proportion to it; the total is kept. When the spare room is not enough, each short column gets its
    share of it (the body's font is then made smaller where a word still does not fit)."""
    widths = list(widths)
    deficit = sum(max(0.0, n - w) for w, n in zip(widths, needs, strict=True))
    if deficit <= 0.01:
        return widths
    slack = [max(0.0, w - n) for w, n in zip(widths, needs, strict=True)]
    spare = sum(slack)
    if spare <= 0.01:
        return widths
    given = min(1.0, spare / deficit)  # the share of each short column's need that can be met
    taken = min(1.0, deficit / spare)  # the share of each roomy column's slack that is taken
    return [w + (n - w) * given if n > w else w - s * taken for w, n, s in zip(widths, needs, slack, strict=True)]
