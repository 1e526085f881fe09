"""Opening a spreadsheet someone hands over, safely: what is not an .xlsx (an old .xls, a password-protected file,
anything else), what is too large, empty or unreadable gets a message that says so, before anything is read."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.errors import FieldDeskError

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 250 * 1024 * 1024  # a small file that unpacks to gigabytes is refused too
MAX_ROWS = 20_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ImportRefused(FieldDeskError):
    """The file as a whole cannot be imported; nothing was changed."""


@dataclass
class Sheet:
    title: str
    header: list[Any]
    rows: list[tuple[int, list[Any]]]  # (row number in the sheet, cell values)


def _describe_ole(head: bytes) -> str:
    # Office keeps an encrypted .xlsx inside an OLE compound file, with these stream names (UTF-16)
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return ("is password-protected. Open it in Excel, remove the password (File, Info, Protect Workbook, "
                "Encrypt with Password: leave it empty), save it and import it again")
    return "is an old Excel 97-2003 file (.xls). Open it in Excel or LibreOffice and save it as .xlsx"


def check_file(path: Path) -> None:
    if not path.exists():
        raise ImportRefused(f"There is no file {path}.")
    if not path.is_file():
        raise ImportRefused(f"{path} is a folder, not a file.")
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused(f"{path.name} is empty (0 bytes).")
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{path.name} is too large to import ({size / 1024 / 1024:.0f} MB; at most "
                            f"{MAX_FILE_BYTES // 1024 // 1024} MB). Split it into smaller files.")
    with path.open("rb") as fh:
        head = fh.read(min(size, 1 << 20))
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(f"{path.name} {_describe_ole(head if size <= 1 << 20 else path.read_bytes())}.")
    if not head.startswith(ZIP_MAGIC):
        raise ImportRefused(f"{path.name} is not an Excel .xlsx file.")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ImportRefused(f"{path.name} is damaged or is not an Excel .xlsx file.") from None
    if "xl/workbook.xml" not in names:
        raise ImportRefused(f"{path.name} is a zip archive but not an Excel .xlsx workbook.")
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused(f"{path.name} is too large to import (it unpacks to {unpacked / 1024 / 1024:.0f} MB). "
                            "Split it into smaller files.")
    _check_no_dtd(path)


def _check_no_dtd(path: Path) -> None:
    """No part of a spreadsheet Excel or LibreOffice writes has a DTD; one that declares entities is an attack (a
    billion-laughs bomb expands a few hundred bytes to gigabytes, an external entity reads local files). openpyxl
    reads sheets with defusedxml, but some parts with lxml when it is installed: every XML part's prolog is read
    here with defusedxml, forbidding any DTD, before openpyxl sees the file. The prolog ends at the first element,
    so this reads a few bytes of each part."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            try:
                with archive.open(info) as part:
                    for _event, _element in iterparse(part, events=("start",), forbid_dtd=True):
                        break  # the root element: the prolog, where a DTD must be, has passed
            except DefusedXmlException:
                raise ImportRefused(f"{path.name} is not a normal Excel workbook: its part {info.filename} declares "
                                    "XML entities (a DTD), which spreadsheets never do and attacks on the reader do. "
                                    "Nothing was imported.") from None
            except Exception:  # a part that is not XML at all: say so plainly
                raise ImportRefused(f"{path.name} is damaged or is not an Excel .xlsx file (its part {info.filename} "
                                    "is not readable XML). Nothing was imported.") from None


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet's first non-empty row (the header) and the rows below it, empty rows left out."""
    check_file(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; none is for the user
        raise ImportRefused(f"{path.name} could not be read as an Excel workbook ({exc.__class__.__name__}).") from None
    try:
        return _sheets(path, wb)
    except ImportRefused:
        raise
    except Exception as exc:  # openpyxl reads a read-only sheet as it is iterated: a damaged part surfaces here
        raise ImportRefused(f"{path.name} could not be read as an Excel workbook ({exc.__class__.__name__}). "
                            "Nothing was imported.") from None
    finally:
        wb.close()


def _sheets(path: Path, wb) -> list[Sheet]:
    sheets = []
    for ws in wb.worksheets:
        header: list[Any] | None = None
        rows: list[tuple[int, list[Any]]] = []
        for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
            cells = list(values)
            if not any(v is not None and str(v).strip() != "" for v in cells):
                continue
            if header is None:
                header = cells
                continue
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise ImportRefused(f"{path.name} has more than {MAX_ROWS:,} rows in the sheet '{ws.title}'; "
                                    "that is too large to import at once. Split it into smaller files.")
        if header is not None:
            sheets.append(Sheet(ws.title, header, rows))
    if not sheets:
        raise ImportRefused(f"{path.name} is empty: none of its sheets has anything in it.")
    return sheets
