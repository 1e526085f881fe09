"""Reading an export of the Universal Human Rights Index (uhri.ohchr.org), offline: its CSV or its spreadsheet.

A CSV someone hands over is checked before it is parsed: its size, its encoding (UTF-8, with or without the mark
Excel writes, or UTF-16 with its mark; anything else is named, never guessed), NUL bytes (a binary file renamed),
and the number of rows. A spreadsheet goes through the same checks as the .xlsx import (``xlsx_read``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from app.spreadsheets.read import MAX_FILE_BYTES, MAX_ROWS, ImportRefused, Sheet, megabytes, read_sheets

MAX_CELL_CHARS = 100_000


def read_index_export(path: Path) -> Sheet:
    """The export's header and rows (row numbers as a spreadsheet shows them); refuses what cannot be read."""
    if not path.exists():
        raise ImportRefused("no_file", path=str(path))
    if not path.is_file():
        raise ImportRefused("is_folder", path=str(path))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        sheets = read_sheets(path)
        return sheets[0]
    if path.suffix.lower() not in (".csv", ".txt"):
        raise ImportRefused("not_csv_or_xlsx", file=path.name)
    return _read_csv(path)


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ImportRefused("utf16_damaged", file=path.name) from None
    if b"\x00" in data:
        raise ImportRefused("nul_bytes", file=path.name)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportRefused("not_utf8", file=path.name, line=line) from None


def _read_csv(path: Path) -> Sheet:
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused("empty_file", file=path.name)
    if size > MAX_FILE_BYTES:
        raise ImportRefused("csv_too_large", file=path.name, size_mb=megabytes(size), max_mb=megabytes(MAX_FILE_BYTES))
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
                raise ImportRefused("cell_too_long_row", file=path.name, row=number, max_chars=MAX_CELL_CHARS)
            if header is None:
                header = cells
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ImportRefused("csv_too_many_rows", file=path.name, max_rows=MAX_ROWS)
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise ImportRefused("cell_too_long_line", file=path.name, line=reader.line_num,
                                max_chars=csv.field_size_limit()) from None
        raise ImportRefused("csv_unreadable", file=path.name, line=reader.line_num, error=str(exc)) from None
    if header is None:
        raise ImportRefused("csv_no_header", file=path.name)
    return Sheet(path.stem, header, rows)
