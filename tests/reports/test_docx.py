"""Editable copies: the mission and training reports as .docx hold the PDF's headings and narrative text, the
letterhead and the metadata; Arabic paragraphs run right to left; other reports refuse the format plainly."""

from __future__ import annotations

import pytest
from docx import Document
from report_helpers import completed_training, pdf_text, reported_mission

from app.cli import main
from app.reports import build_report
from app.reports.build import ReportError
from app.services.profile import letterhead

HEADING_STYLES = {"Title", "Subtitle", "Heading 1", "Heading 2"}


def squash(text: str) -> str:
    return " ".join(text.split())


def body_paragraphs(document) -> list:
    return [p for p in document.paragraphs if p.text.strip()]


@pytest.mark.parametrize("kind,lang", [("mission", "en"), ("training", "fr"), ("mission", "zh")])
def test_the_docx_has_the_pdfs_headings_and_text(demo, tmp_path, kind, lang):
    letterhead.update(demo, names={"en": "Office in Guatemala"}, symbol_pattern="{office}/{year}/{kind}/{n}")
    record = reported_mission(demo) if kind == "mission" else completed_training(demo)
    pdf, docx_path = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.docx"
    build_report(demo, kind, pdf, record_id=record, lang=lang)
    build_report(demo, kind, docx_path, record_id=record, lang=lang, fmt="docx")
    document = Document(str(docx_path))
    printed = squash(pdf_text(pdf)).replace(" ", "")  # Chinese lines break anywhere: compare without spaces
    headings = [p.text for p in body_paragraphs(document) if p.style.name in HEADING_STYLES]
    narrative = [p.text for p in body_paragraphs(document) if p.style.name not in HEADING_STYLES]
    assert len(headings) >= 5 and narrative
    for text in headings + narrative:
        assert squash(text).replace(" ", "") in printed, f"in the .docx, not in the PDF: {text!r}"
    pdf_headings = {"en": "Termsofreference", "fr": "Participants", "zh": "职权范围"}[lang]
    assert any(pdf_headings in h.replace(" ", "") for h in headings)
    first = document.tables[0]
    assert "Office in Guatemala" in first.rows[0].cells[1].text, "the letterhead opens the document"
    assert f"/{kind.upper()}/" in first.rows[0].cells[2].text, "with the document symbol"
    table_text = " ".join(c.text for t in document.tables[1:] for r in t.rows for c in r.cells)
    assert table_text.strip(), "the tables are there too"
    props = document.core_properties
    assert props.author == "Office in Guatemala" and props.language == lang and props.title


def test_arabic_paragraphs_run_right_to_left(demo, tmp_path):
    out = tmp_path / "mission-ar.docx"
    build_report(demo, "mission", out, record_id=reported_mission(demo), lang="ar", fmt="docx")
    document = Document(str(out))
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == "تقرير بعثة تقييم الاحتياجات" and title._p.pPr.find(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}bidi") is not None


def test_other_reports_are_pdf_only(demo, tmp_path, capsys):
    with pytest.raises(ReportError, match="printed as a PDF only"):
        build_report(demo, "summary", tmp_path / "x.docx", fmt="docx")
    assert main(["--profile", str(demo.folder.path), "report", "summary", "--format", "docx", "--out",
                 str(tmp_path / "x.docx")]) == 2
    assert "unrecognized arguments: --format" in capsys.readouterr().err
