"""Write the blocks a ``DocxReport`` collected as a Word document (python-docx): the letterhead at the top of the
first page, Word's own Title and Heading styles (so the navigation pane and a table of contents find the sections),
tables with their header row repeated on each page, charts as pictures, and the page header and footer."""

from __future__ import annotations

import io
from pathlib import Path

from app.reports.docx_report import Block, DocxReport, flatten
from app.services.profile import write_file_atomically

STYLES = {"title": "Title", "subtitle": "Subtitle", "h1": "Heading 1", "h2": "Heading 2", "body": None,
          "small": None, "center": None, "cell": None}


def write_docx(report: DocxReport, story: list, out_path: Path | str) -> int:
    """Write the document atomically; returns its number of blocks (Word paginates it when it opens)."""
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    _page(doc, report)
    props = doc.core_properties
    props.title = report.header_text
    props.author = report.letterhead.name if report.letterhead else report.office_label
    props.subject = report.subject or report.title
    props.language = report.tr.lang
    props.comments = "FieldDesk"
    normal = doc.styles["Normal"]
    normal.font.size = Pt(10)
    _language(normal.element, report.tr.lang)
    if report.letterhead is not None:
        _letterhead(doc, report)
    blocks = flatten(story)
    for block in blocks:
        _write_block(doc, report, block)
    buffer = io.BytesIO()
    doc.save(buffer)
    write_file_atomically(Path(out_path), buffer.getvalue())
    return len(blocks)


def _page(doc, report: DocxReport) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    width, height = report.pagesize
    section.page_width, section.page_height = Pt(width), Pt(height)
    section.orientation = WD_ORIENT.LANDSCAPE if report.landscape else WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(20), Mm(18)
    tr = report.tr
    header = section.header.paragraphs[0]
    header.text = f"{report.office_label}\t\t{report.header_text}"
    if report.confidential:
        header.text = f"{tr.t('confidential')}  {header.text}"
    footer = section.footer.paragraphs[0]
    footer.text = tr.t("generated", date=tr.date(report.generated_on))
    for paragraph in (header, footer):
        _direction(paragraph, report)
        for run in paragraph.runs:
            run.font.size = Pt(8)


def _letterhead(doc, report: DocxReport) -> None:
    """Logo, the office's name and address, and the document symbol, in a borderless table across the page."""
    from docx.shared import Mm, Pt

    head = report.letterhead
    table = doc.add_table(rows=1, cols=3)
    logo_cell, text_cell, symbol_cell = table.rows[0].cells
    if report.tr.rtl:
        logo_cell, symbol_cell = symbol_cell, logo_cell
    if head.logo:
        logo_cell.paragraphs[0].add_run().add_picture(io.BytesIO(head.logo), height=Mm(16))
    name = text_cell.paragraphs[0].add_run(head.name)
    name.bold = True
    name.font.size = Pt(12)
    for line in head.address.split("\n"):
        if line:
            text_cell.add_paragraph(line).runs[0].font.size = Pt(8.5)
    if head.symbol:
        symbol_cell.paragraphs[0].add_run(report.tr.t("letterhead.symbol")).font.size = Pt(8.5)
        symbol_cell.add_paragraph().add_run(head.symbol).bold = True
    for cell in (logo_cell, text_cell, symbol_cell):
        for paragraph in cell.paragraphs:
            _direction(paragraph, report)
    doc.add_paragraph()


def _write_block(doc, report: DocxReport, block: Block) -> None:
    if block.kind == "para":
        _paragraph(doc, report, block)
    elif block.kind in ("table", "facts"):
        _table(doc, report, block)
    elif block.kind == "sign":
        _sign_lines(doc, report, block.header)
    elif block.kind == "drawing":
        _drawing(doc, block.drawing)
    elif block.kind == "pagebreak":
        doc.add_page_break()


def _paragraph(doc, report: DocxReport, block: Block) -> None:
    from docx.shared import Pt

    style = STYLES.get(block.style)
    lines = block.text.split("\n")
    paragraph = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()
        if block.style == "small":
            run.font.size = Pt(8)
    _direction(paragraph, report)


def _table(doc, report: DocxReport, block: Block) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    facts = block.kind == "facts"
    rows = block.rows if facts else [block.header, *block.rows]
    if not rows:
        return
    ncols = len(rows[0])
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    if report.tr.rtl:
        _rtl_table(table)
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = table.cell(r, c)
            paragraph = cell.paragraphs[0]
            lines = str(value).split("\n")
            for i, line in enumerate(lines):
                run = paragraph.add_run(line)
                run.bold = (facts and c == 0) or (not facts and r == 0) or (block.total_row and r == len(rows) - 1)
                if i < len(lines) - 1:
                    run.add_break()
            _direction(paragraph, report)
            if c in block.numeric and not report.tr.rtl:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if not facts:
        _repeat_header(table.rows[0])
    doc.add_paragraph()


def _sign_lines(doc, report: DocxReport, labels: list[str]) -> None:
    """Each label, then a ruled blank to sign or write on, as in the PDF."""
    table = doc.add_table(rows=1, cols=2 * len(labels))
    if report.tr.rtl:
        _rtl_table(table)
    for i, label in enumerate(labels):
        label_cell, blank = table.rows[0].cells[2 * i], table.rows[0].cells[2 * i + 1]
        label_cell.paragraphs[0].add_run(label).bold = True
        _direction(label_cell.paragraphs[0], report)
        borders = _element("w:tcBorders")
        borders.append(_element("w:bottom", val="single", sz="6", space="0", color="1F2933"))
        blank._tc.get_or_add_tcPr().append(borders)
    doc.add_paragraph()


def _drawing(doc, drawing) -> None:
    """A chart as a picture at its size in the PDF. ReportLab draws bitmaps only with a renderer FieldDesk does not
    ship (rlPyCairo or rl_renderPM); without one the chart is left out, and the table beside it in the PDF, which
    the document has, holds the same figures."""
    from docx.shared import Pt
    from reportlab.graphics import renderPM
    from reportlab.graphics.utils import RenderPMError

    try:
        png = renderPM.drawToString(drawing, fmt="PNG", dpi=150)
    except (RenderPMError, ImportError):
        return
    doc.add_picture(io.BytesIO(png), width=Pt(drawing.width))


def _element(tag: str, **attributes):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _direction(paragraph, report: DocxReport) -> None:
    """Right-to-left paragraphs (and runs) for Arabic, so Word orders and aligns them itself."""
    if not report.tr.rtl:
        return
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph._p.get_or_add_pPr().append(_element("w:bidi"))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for run in paragraph.runs:
        run._r.get_or_add_rPr().append(_element("w:rtl"))


def _rtl_table(table) -> None:
    table._tbl.tblPr.append(_element("w:bidiVisual"))


def _repeat_header(row) -> None:
    row._tr.get_or_add_trPr().append(_element("w:tblHeader"))


def _language(style_element, lang: str) -> None:
    """The document's language, for spelling and hyphenation in Word (Chinese and Arabic in their own slots)."""
    rpr = style_element.get_or_add_rPr()
    code = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES", "ru": "ru-RU", "ar": "ar-SA", "zh": "zh-CN"}[lang]
    rpr.append(_element("w:lang", val=code, eastAsia="zh-CN" if lang == "zh" else "en-GB",
                        bidi="ar-SA" if lang == "ar" else "en-GB"))
