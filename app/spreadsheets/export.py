"""Spreadsheet exports (openpyxl, write-only so large exports stream): one list as filtered, or the whole database
with one sheet per table. Bold, frozen header row with filters; real dates and numbers; widths from the content;
titles and labels in the chosen language."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from app.reports.i18n import Translator
from app.reports.sharing import pseudonym_values, withheld, without_texts
from app.services import ListQuery
from app.services.errors import FieldDeskError
from app.services.privacy import access_log
from app.services.privacy.person_records import TEXTS
from app.services.store.entities import BY_NAME, ENTITIES
from app.spreadsheets.cells import as_text, text_cell
from app.spreadsheets.columns import Exporter, SheetColumn, columns_of, title
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

BATCH = 2000
SAMPLE_FOR_WIDTHS = 200
MAX_WIDTH = 60
DATE_FORMAT = "yyyy-mm-dd"
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")

ExportProgress = Callable[[int, int], None]  # (rows written, rows in all)


class ExportError(FieldDeskError):
    pass


def _check_table(table: str) -> None:
    if table not in BY_NAME:
        raise ExportError(problem("export.not_table", table=table, tables=", ".join(BY_NAME)))


def _check_target(path: Path) -> None:
    if path.suffix.lower() != ".xlsx":
        raise ExportError(problem("export.not_xlsx", file=path.name))
    if not path.parent.is_dir():
        raise ExportError(problem("export.no_folder", path=str(path), folder=str(path.parent)))


def export_list(fd: FieldDesk, table: str, query: ListQuery, path: str | Path, lang: str = "en",
                progress: ExportProgress | None = None) -> int:
    """Write the records of ``table`` that ``query`` selects (in its order; paging ignored) to one sheet.
    Returns the number of rows written."""
    _check_table(table)
    out = Path(path)
    _check_target(out)
    tr = Translator(lang)
    ids = fd.service(table).ids(query.with_(offset=0, limit=None))
    wb = Workbook(write_only=True)
    _write_sheet(wb, fd, tr, table, ids, progress, (0, len(ids)))
    save_workbook(wb, out)
    access_log.record(fd, "spreadsheet", f"{table} list", people=len(ids) if table == "participant" else 0,
                      target=out.name)
    return len(ids)


def export_table(fd: FieldDesk, table: str, path: str | Path, lang: str = "en",
                 progress: ExportProgress | None = None) -> int:
    """Every live record of one table."""
    return export_list(fd, table, ListQuery(), path, lang, progress)


# Headquarters' own records among the programme's: work, not seeded lists, so the whole database includes them.
HQ_RECORDS = frozenset({"donor", "contribution", "exchange_rate", "fund_allocation", "board_session", "board_member"})


def export_database(fd: FieldDesk, path: str | Path, lang: str = "en", progress: ExportProgress | None = None,
                    include_reference: bool = False) -> dict[str, int]:
    """The whole database, one sheet per table (live records). Reference data (countries, thematic areas,
    stakeholder types) is the same everywhere and left out unless ``include_reference``."""
    out = Path(path)
    _check_target(out)
    tr = Translator(lang)
    tables = [e.name for e in ENTITIES if include_reference or e.governance != "programme" or e.name in HQ_RECORDS]
    ids_by_table = {t: fd.service(t).ids() for t in tables}
    total = sum(len(v) for v in ids_by_table.values())
    wb = Workbook(write_only=True)
    done = 0
    for table in tables:
        _write_sheet(wb, fd, tr, table, ids_by_table[table], progress, (done, total))
        done += len(ids_by_table[table])
    save_workbook(wb, out)
    access_log.record(fd, "spreadsheet", "whole database", people=len(ids_by_table.get("participant", [])),
                      target=out.name)
    return {t: len(v) for t, v in ids_by_table.items()}


def save_workbook(wb: Workbook, out: Path) -> None:
    """Save under a temporary name and rename: never a half-written file under the final name."""
    tmp = out.with_name(f".{out.name}.tmp-{os.getpid()}")
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _rows(fd: FieldDesk, table: str, ids: list[str], columns: list[SheetColumn], exporter: Exporter) -> Iterator[list]:
    service = fd.service(table)
    names = [c.name for c in columns]
    private = table == "participant"  # without consent to share the name, the pseudonym leaves the office
    texts = table in TEXTS  # a withheld fellow's fellowship leaves without its personal free text
    wanted = list(dict.fromkeys([*names, "id"])) if private or texts else names
    for start in range(0, len(ids), BATCH):
        batch = service.rows(ids[start : start + BATCH], wanted)
        if texts:
            batch = without_texts(fd, table, batch)
        if private:  # without consent (or under headquarters' policy): app/reports/sharing.py
            hidden = withheld(fd, {row["id"] for row in batch})
            values = pseudonym_values(fd, hidden) if hidden else {}
            batch = [pseudonymised(row, values[row["id"]]) if row["id"] in hidden else row for row in batch]
        exporter.prime(columns, batch)
        for row in batch:
            yield [exporter.value(c, row[c.name]) for c in columns]


def pseudonymised(row: dict, values: dict) -> dict:
    return {**row, **{k: v for k, v in values.items() if k in row}}


def _width(value) -> int:
    if value is None:
        return 0
    if hasattr(value, "isoformat"):
        return 11
    return max((len(part) for part in str(value).split("\n")), default=0)


def _write_sheet(wb: Workbook, fd: FieldDesk, tr: Translator, table: str, ids: list[str],
                 progress: ExportProgress | None, offset: tuple[int, int]) -> None:
    ws = wb.create_sheet(title=tr.t(f"table.{table}")[:31])
    columns = columns_of(table)
    exporter = Exporter(fd, tr)
    headers = [title(tr, table, c) for c in columns]
    rows = _rows(fd, table, ids, columns, exporter)
    sample = [next(rows) for _ in range(min(SAMPLE_FOR_WIDTHS, len(ids)))]
    # widths and panes must be set before the first row: write-only sheets stream their XML in order
    for index, (header, column) in enumerate(zip(headers, columns, strict=True), start=1):
        widest = max([len(header) + 3, *(_width(r[index - 1]) + 2 for r in sample)])
        if column.kind == "id":
            widest = 38
        ws.column_dimensions[get_column_letter(index)].width = min(MAX_WIDTH, max(8, widest))
    ws.freeze_panes = "A2"
    head = []
    for header in headers:
        cell = as_text(WriteOnlyCell(ws, value=header))
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top")
        head.append(cell)
    ws.append(head)
    date_columns = {i for i, c in enumerate(columns) if c.kind == "date"}
    written = 0
    done_before, total = offset

    def emit(values: list) -> None:
        nonlocal written
        values = [text_cell(ws, v) for v in values]  # never a formula from the data
        if date_columns:
            for i in date_columns:
                if values[i] is not None:
                    cell = WriteOnlyCell(ws, value=values[i])
                    cell.number_format = DATE_FORMAT
                    values[i] = cell
        ws.append(values)
        written += 1
        if progress and written % BATCH == 0:
            progress(done_before + written, total)

    for values in sample:
        emit(values)
    for values in rows:
        emit(values)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    if progress:
        progress(done_before + written, total)
