"""``build_report``: the one entry point for PDF reports, for the command line and the GUI alike.

The GUI calls it on its worker thread with a ``progress(fraction, message)`` callback and shows the file when it
returns; errors are ``FieldDeskError``s whose message is written for the user.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from app.reports.docx_report import DocxReport
from app.reports.docx_writer import write_docx
from app.reports.i18n import Translator
from app.reports.kinds import DEFAULT_BLANK_ROWS, DOCX_KINDS, MAX_BLANK_ROWS, REPORT_KINDS, ReportKind
from app.reports.layout import ProgressCallback, Report
from app.reports.letterhead_block import PrintedLetterhead
from app.reports.lookups import Lookups, office_label
from app.services.errors import FieldDeskError
from app.services.privacy import access_log
from app.services.profile import letterhead
from app.services.profile.letterhead import PAPERS
from app.services.store.query import ListQuery
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

class ReportError(FieldDeskError):
    pass


@dataclass(frozen=True)
class ReportResult:
    path: Path | None  # None: written to a stream
    pages: int


def build_report(fd: FieldDesk, kind: str, out_path: str | Path | BinaryIO, *, record_id: str | None = None,
                 lang: str = "en", confidential: bool = False, progress: ProgressCallback | None = None,
                 date_from: date | None = None, date_to: date | None = None, office: str | None = None,
                 country: str | None = None, generated_on: date | None = None, blank_rows: int | None = None,
                 all_days: bool = False, paper: str | None = None, fmt: str = "pdf", theme: str | None = None,
                 sdg: str | None = None, year: int | None = None, overdue: bool = False,
                 cohort: str | None = None) -> ReportResult:
    """Write the ``kind`` report to ``out_path`` (a PDF) and return its path and page count. ``out_path`` may be
    a binary stream instead (``io.BytesIO``): the window previews reports from memory, so an encrypted profile never
    has a report's plain text on disk until the user saves a copy; the result's ``path`` is then None.

    ``record_id`` names the mission or training for mission, training, attendance and certificates, the request
    for assistance (request) or the project (project); ``date_from``, ``date_to`` and ``office`` scope the programme
    summary, and ``office`` the requests ranking and the portfolio (all offices when ``office`` is None at
    headquarters, this office at a field office); ``country`` (ISO code) scopes the follow-up report and the
    implementation matrix, which ``theme`` (a thematic area's code) and ``sdg`` (a target, 16.3) narrow.
    ``cohort`` (its name) narrows the fellowships report.
    ``blank_rows`` (for walk-ins, 3 unless given) and ``all_days`` (weekends too) shape the attendance sheet.
    ``overdue`` keeps only the grants with something overdue (grants, scoped by ``office`` like the portfolio).
    ``paper`` (a4 or letter) overrides the office's paper size. ``fmt="docx"`` writes the mission and training
    reports as editable Word documents instead (the same story; ``pages`` is then the number of blocks)."""
    if kind not in REPORT_KINDS:
        raise ReportError(problem("report.not_report", kind=kind, kinds=", ".join(REPORT_KINDS)))
    entry = REPORT_KINDS[kind]
    module_name, needs_record, is_landscape = entry.module, entry.needs_record, entry.landscape
    if needs_record and not record_id:
        raise ReportError(problem("report.needs_record", kind=kind))
    if blank_rows is not None and not 0 <= blank_rows <= MAX_BLANK_ROWS:
        raise ReportError(problem("report.blank_rows", max=MAX_BLANK_ROWS, rows=blank_rows))
    in_memory = hasattr(out_path, "write")
    out = None if in_memory else Path(out_path)
    if out is not None and not out.parent.is_dir():
        raise ReportError(problem("export.no_folder", path=str(out), folder=str(out.parent)))
    if fmt not in ("pdf", "docx"):
        raise ReportError(problem("report.not_format", format=fmt))
    if fmt == "docx" and in_memory:
        raise ReportError(problem("report.docx_to_file"))
    if fmt == "docx" and kind not in DOCX_KINDS:
        raise ReportError(problem("report.pdf_only", f"The {kind} report is printed as a PDF only; .docx copies are "
                                  f"made of the {' and '.join(DOCX_KINDS)} reports.", kind=kind,
                                  kinds=", ".join(DOCX_KINDS)))
    if paper is not None and paper not in PAPERS:
        raise ReportError(problem("letterhead.not_paper", paper=paper))
    tr = Translator(lang)
    module = importlib.import_module(f"app.reports.{module_name}")
    head = letterhead.letterhead(fd)
    report_class = DocxReport if fmt == "docx" else Report
    report = report_class(tr=tr, title=tr.t(module.TITLE_KEY), office_label=office_label(fd, tr),
                    generated_on=generated_on or date.today(), confidential=confidential, landscape=is_landscape,
                    progress=progress, paper=paper or head.paper,
                    letterhead=printed_letterhead(fd, head, tr, kind, record_id))
    report.report_progress(0.0, report.title)
    if kind == "attendance":
        story, pages = module.build_story(fd, report, record_id, all_days=all_days,
                                          blank_rows=DEFAULT_BLANK_ROWS if blank_rows is None else blank_rows)
    elif needs_record:
        story, pages = module.build_story(fd, report, record_id)
    elif kind == "summary":
        story, pages = module.build_story(fd, report, date_from=date_from, date_to=date_to,
                                          office=_summary_office(fd, office))
    elif kind in ("requests", "portfolio"):
        story, pages = module.build_story(fd, report, office=_summary_office(fd, office))
    elif kind == "grants":
        story, pages = module.build_story(fd, report, office=_summary_office(fd, office), overdue=overdue)
    elif kind == "fellowships":
        story, pages = module.build_story(fd, report, cohort=cohort, office=_summary_office(fd, office))
    elif kind == "review":
        story, pages = module.build_story(fd, report, country=country, theme=theme, date_from=date_from,
                                          date_to=date_to)
    elif kind == "matrix":
        story, pages = module.build_story(fd, report, country=country, theme=theme, sdg=sdg)
    elif kind == "fund":  # ``year``: one year of the Voluntary Fund, or every year
        story, pages = module.build_story(fd, report, year=year)
    else:
        story, pages = module.build_story(fd, report, country=country)
    if fmt == "docx":
        report.report_progress(0.8, report.title)
        count = write_docx(report, story, out)
        report.report_progress(1.0, report.title)
    else:
        count = report.render(story, out_path if in_memory else out, estimated_pages=pages)
    if kind == "subject_access":  # named by the record's id, never by the person's name
        access_log.record(fd, "subject_access", "Subject access report", people=1, target=record_id or "")
    else:
        access_log.record(fd, "report", f"{kind} report ({fmt})",
                          people=people_named(fd, REPORT_KINDS[kind], record_id),
                          target=out.name if out is not None else "preview")
    return ReportResult(out, count)


def people_named(fd: FieldDesk, kind: ReportKind, record_id: str | None) -> int:
    """The participants a report names, for the access record (the catalogue says which: ``ReportKind.names``)."""
    if kind.names == "one":
        return 1
    if kind.names == "fellows":
        return fd.fellowships.count()
    if kind.names == "enrolled" and record_id:
        return fd.enrollments.count(ListQuery(filters={"training_id": record_id}))
    return 0


def printed_letterhead(fd: FieldDesk, head: letterhead.Letterhead, tr: Translator, kind: str,
                       record_id: str | None) -> PrintedLetterhead:
    """What the first page says about the office: its letterhead in the report's language, else the office's name
    as FieldDesk knows it; the symbol for reports on one record."""
    office = fd.site.office
    entry = REPORT_KINDS.get(kind)  # numbered: the symbol's number is its record's place in the office's year
    numbered = letterhead.document_number(fd, entry.record, record_id) if record_id and entry and entry.numbered \
        and entry.record else None
    symbol = head.symbol(office=office, year=numbered[0], kind=kind, n=numbered[1]) if numbered else ""
    return PrintedLetterhead(name=head.name(tr.lang) or office_label(fd, tr), address=head.address(tr.lang),
                             logo=letterhead.logo(fd) if head.has_logo else None, symbol=symbol,
                             signatory=head.signatory())


def _summary_office(fd: FieldDesk, office: str | None) -> str | None:
    """Headquarters sees every office (or the one asked for); a field office reports on itself."""
    if office:
        code = office.strip().upper()
        if not fd.site.is_hq and code != fd.site.office:
            raise ReportError(problem("report.office_itself", own=fd.site.office, office=code))
        if Lookups(fd, Translator("en")).office(code) == code:
            raise ReportError(problem("report.no_office", office=code))
        return code
    return None if fd.site.is_hq else fd.site.office
