"""Reading an export of the Universal Human Rights Index (uhri.ohchr.org), offline: its CSV or its spreadsheet.

A CSV someone hands over is checked before it is parsed: its size, its encoding (UTF-8, with or without the mark
Excel writes, or UTF-16 with its mark; anything else is named, never guessed), NUL bytes (a binary file renamed),
and the number of rows. A spreadsheet goes through the same checks as the .xlsx import (``xlsx_read``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.reports.xlsx_read import MAX_FILE_BYTES, MAX_ROWS, ImportRefused, Sheet, read_sheets

MAX_CELL_CHARS = 100_000


def read_index_export(path: Path) -> Sheet:
    """The export's header and rows (row numbers as a spreadsheet shows them); refuses what cannot be read."""
    if not path.exists():
        raise ImportRefused(f"There is no file {path}.")
    if not path.is_file():
        raise ImportRefused(f"{path} is a folder, not a file.")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = read_sheets(path)
        return sheets[0]
    if path.suffix.lower() not in (".csv", ".txt"):
        raise ImportRefused(f"{path.name} is neither a CSV file nor an .xlsx workbook (the Index exports both).")
    return _read_csv(path)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRefused(f"{path.name} is damaged: it says it is UTF-16 text but is not.") from None
    if b"\x00" in data:
        raise ImportRefused(f"{path.name} is not a text file (it holds NUL bytes). Nothing was imported.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportRefused(f"{path.name} is not UTF-8 text (line {line} has bytes that are not). Save it as "
                            "'CSV UTF-8' and import it again. Nothing was imported.") from None


def _read_csv(path: Path) -> Sheet:
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused(f"{path.name} is empty (0 bytes).")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{path.name} is too large to import ({size / 1024 / 1024:.0f} MB; at most "
                            f"{MAX_FILE_BYTES // 1024 // 1024} MB). Export fewer recommendations at a time.")
    text = _decode(path, path.read_bytes())
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    header: list[Any] | None = None
    rows: list[tuple[int, list[Any]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        for number, cells in enumerate(reader, start=1):
            if not any(c.strip() for c in cells):
                continue
            if any(len(c) > MAX_CELL_CHARS for c in cells):
                raise ImportRefused(f"{path.name}: row {number} has a cell of more than {MAX_CELL_CHARS:,} characters; "
                                    "that is not a recommendation. Nothing was imported.")
            if header is None:
                header = cells
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ImportRefused(f"{path.name} has more than {MAX_ROWS:,} rows; that is too large to import at once. "
                                    "Export fewer recommendations at a time.")
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportRefused(f"{path.name}: line {reader.line_num} has a cell of more than "
                                f"{csv.field_size_limit():,} characters; that is not a recommendation. "
                                "Nothing was imported.") from None
        raise ImportRefused(f"{path.name} is not a readable CSV file (line {reader.line_num}: {exc}). "
                            "Nothing was imported.") from None
    if header is None:
        raise ImportRefused(f"{path.name} is empty: it has no header row.")
    return Sheet(path.stem, header, rows)
