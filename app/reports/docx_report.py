"""An editable copy of a report: ``DocxReport`` stands in for ``layout.Report`` while a report module builds its story,
so the .docx has the same headings, text and tables as the PDF (one story, two outputs), and ``docx_writer`` turns
what it collected into a Word document.

The blocks keep text in logical order: Word shapes Arabic and orders right-to-left text itself, so nothing is
reshaped or reversed here (``text.visual`` is for the PDF only)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reportlab.lib.units import mm

from app.reports import fonts
from app.reports.i18n import Translator
from app.reports.layout import MARGIN_X, ProgressCallback, page_size
from app.reports.letterhead_block import PrintedLetterhead


@dataclass
class Block:
    """One thing in the document: a paragraph (``style``: title, subtitle, h1, h2, body, small), a table (``header``
    and ``rows``, ``numeric`` columns, a ``total_row``), label and value pairs (``facts``), lines to sign (``sign``),
    a chart (``drawing``), or ``group``: blocks shown side by side in the PDF, one after the other here."""

    kind: str
    text: str = ""
    style: str = "body"
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    numeric: list[int] = field(default_factory=list)
    total_row: bool = False
    children: list[Any] = field(default_factory=list)
    drawing: Any = None


def _text(value: Any) -> str:
    if isinstance(value, Block):
        return value.text
    return "" if value is None else str(value)


@dataclass
class DocxReport:
    """The ``Report`` helpers a mission or training report uses, collecting blocks instead of flowables."""

    tr: Translator
    title: str
    office_label: str
    generated_on: date
    confidential: bool = False
    landscape: bool = False
    subject: str = ""
    progress: ProgressCallback | None = None
    plain_pages: bool = False
    letterhead: PrintedLetterhead | None = None
    paper: str = "a4"
    family: fonts.Family = field(init=False)

    def __post_init__(self):
        self.family = fonts.family(self.tr.lang)  # the charts drawn into the document are set in the report's font

    @property
    def pagesize(self) -> tuple[float, float]:
        return page_size(self.paper, self.landscape)

    @property
    def frame_width(self) -> float:
        return self.pagesize[0] - 2 * MARGIN_X

    @property
    def header_text(self) -> str:
        return f"{self.title}: {self.subject}" if self.subject else self.title

    def report_progress(self, fraction: float, message: str) -> None:
        if self.progress:
            self.progress(max(0.0, min(1.0, fraction)), message)

    def para(self, text: str, style: str = "body") -> Block:
        return Block("para", text=text or "", style=style)

    def heading(self, text: str, level: int = 1) -> Block:
        return Block("para", text=text, style="h1" if level == 1 else "h2")

    def spacer(self, height_mm: float = 4) -> Block:
        return Block("spacer")

    def cell(self, value: Any, width: float = 0, style: str = "cell") -> str:
        return _text(value)

    def two_line_cell(self, text: str, detail: str) -> str:
        return f"{text}\n{detail}"

    def table(self, header: Sequence[Any], rows: Sequence[Sequence[Any]], widths: Sequence[float], *,
              numeric: Sequence[int] = (), total_row: bool = False, **_layout) -> Block:
        return Block("table", header=[_text(h) for h in header], rows=[[_text(v) for v in row] for row in rows],
                     numeric=list(numeric), total_row=total_row)

    def facts(self, pairs: Sequence[tuple[str, str]], label_width: float = 0.28) -> Block:
        return Block("facts", rows=[[label, value or "—"] for label, value in pairs])

    def side_by_side(self, left: Any, right: Any) -> Block:
        return Block("group", children=[self._block(left), self._block(right)])

    def sign_lines(self, labels: Sequence[str], label_width: float = 28 * mm) -> Block:
        return Block("sign", header=list(labels))

    def _block(self, item: Any) -> Any:
        """A chart (a ReportLab drawing) is kept to be drawn as a picture; blocks stay as they are."""
        return item if isinstance(item, Block) else Block("drawing", drawing=item)


def flatten(story: Sequence[Any]) -> list[Block]:
    """The story's blocks in reading order: groups (KeepTogether in the PDF, side by side) opened up, page breaks
    kept, ReportLab's own spacers dropped."""
    out: list[Block] = []
    for item in story:
        if isinstance(item, Block):
            out += flatten(item.children) if item.kind == "group" else [item]
        elif type(item).__name__ == "KeepTogether":
            out += flatten(item._content)
        elif type(item).__name__ == "PageBreak":
            out.append(Block("pagebreak"))
        elif type(item).__name__ == "Drawing":
            out.append(Block("drawing", drawing=item))
    return out
