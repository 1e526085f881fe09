"""Opening a spreadsheet someone hands over, safely: what is not an .xlsx (an old .xls, a password-protected file,
anything else), what is too large, empty or unreadable gets a message that says so, before anything is read."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.services.errors import FieldDeskError
from app.vocabulary.problems import ProblemText, problem

MAX_FILE_BYTES = 25 * 1024 * 1024
MAX_UNPACKED_BYTES = 250 * 1024 * 1024  # a small file that unpacks to gigabytes is refused too
MAX_ROWS = 20_000
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"


class ImportRefused(FieldDeskError):
    """The file as a whole cannot be imported; nothing was changed. It carries a problem, ``problem.import.<code>``
    with its parameters (``problem.import.*`` in app/locale): ``str()`` is the English sentence (the command line's),
    and each import window renders it in the interface's language (``error_text``)."""

    def __init__(self, code: str, /, **params: Any):
        super().__init__(code if isinstance(code, ProblemText) else problem(f"import.{code}", **params))

    @property
    def problem(self) -> ProblemText:
        return self.args[0]


@dataclass
class Sheet:
    title: str
    header: list[Any]
    rows: list[tuple[int, list[Any]]]  # (row number in the sheet, cell values)


def _ole_code(head: bytes) -> str:
    # Office keeps an encrypted .xlsx inside an OLE compound file, with these stream names (UTF-16)
    if "EncryptedPackage".encode("utf-16-le") in head or "EncryptionInfo".encode("utf-16-le") in head:
        return "password_protected"
    return "old_xls"


def megabytes(size: int) -> int:
    return round(size / 1024 / 1024)


def check_file(path: Path) -> None:
    if not path.exists():
        raise ImportRefused("no_file", path=str(path))
    if not path.is_file():
        raise ImportRefused("is_folder", path=str(path))
    size = path.stat().st_size
    if size == 0:
        raise ImportRefused("empty_file", file=path.name)
    if size > MAX_FILE_BYTES:
        raise ImportRefused("too_large", file=path.name, size_mb=megabytes(size), max_mb=megabytes(MAX_FILE_BYTES))
    with path.open("rb") as fh:
        head = fh.read(min(size, 1 << 20))
    if head.startswith(OLE_MAGIC):
        raise ImportRefused(_ole_code(head if size <= 1 << 20 else path.read_bytes()), file=path.name)
    if not head.startswith(ZIP_MAGIC):
        raise ImportRefused("not_xlsx", file=path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise ImportRefused("damaged", file=path.name) from None
    if "xl/workbook.xml" not in names:
        raise ImportRefused("zip_not_xlsx", file=path.name)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRefused("unpacks_too_large", file=path.name, size_mb=megabytes(unpacked))
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
                raise ImportRefused("dtd", file=path.name, part=info.filename) from None
            except Exception:  # a part that is not XML at all: say so plainly
                raise ImportRefused("part_not_xml", file=path.name, part=info.filename) from None


def read_sheets(path: Path) -> list[Sheet]:
    """Every sheet's first non-empty row (the header) and the rows below it, empty rows left out."""
    check_file(path)
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on a damaged file; none is for the user
        raise ImportRefused("unreadable", file=path.name, error=exc.__class__.__name__) from None
    try:
        return _sheets(path, wb)
    except ImportRefused:
        raise
    except Exception as exc:  # openpyxl reads a read-only sheet as it is iterated: a damaged part surfaces here
        raise ImportRefused("unreadable_sheet", file=path.name, error=exc.__class__.__name__) from None
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
                raise ImportRefused("too_many_rows_sheet", file=path.name, max_rows=MAX_ROWS, sheet=ws.title)
        if header is not None:
            sheets.append(Sheet(ws.title, header, rows))
    if not sheets:
        raise ImportRefused("empty_workbook", file=path.name)
    return sheets
