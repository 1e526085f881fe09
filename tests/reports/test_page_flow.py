"""How a report's story flows over its pages: a heading keeps with the start of what follows it, never with all of
it (a long table is not pushed whole to the next page while it can start on this one)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from pypdf import PdfReader

from app.reports import build_report
from app.reports.i18n import Translator
from app.reports.layout import Report


def pages_text(report: Report, story: list, path) -> list[str]:
    report.render(story, path)
    return [page.extract_text() for page in PdfReader(str(path)).pages]


def story_under(report: Report, filler_lines: int, heading: str, rows: int) -> list:
    filler = [report.para(f"Filler paragraph {n}.") for n in range(filler_lines)]
    table = report.table(["Column A", "Column B"], [[f"row {n}", str(n)] for n in range(rows)], [0.5, 0.5])
    return [*filler, report.heading(heading), table]


def test_a_long_table_starts_under_its_heading_on_the_same_page(tmp_path):
    report = Report(Translator("en"), "Flow", "Office", date(2026, 1, 1))
    pages = pages_text(report, story_under(report, 20, "Projects heading", 80), tmp_path / "flow.pdf")
    assert "Projects heading" in pages[0] and "row 0" in pages[0], "the table was pushed whole to the next page"
    assert "Column A" in pages[1], "the table's header row repeats on the next page"


def test_a_heading_with_no_room_for_its_table_moves_with_it(tmp_path):
    report = Report(Translator("en"), "Flow", "Office", date(2026, 1, 1))
    pages = pages_text(report, story_under(report, 36, "Lonely heading", 30), tmp_path / "flow.pdf")
    assert "Lonely heading" not in pages[0]
    heading_page = next(i for i, text in enumerate(pages) if "Lonely heading" in text)
    assert "row 0" in pages[heading_page], "a heading was left alone at the foot of a page"


def test_a_split_table_leaves_no_row_alone_on_either_page(tmp_path):
    report = Report(Translator("en"), "Flow", "Office", date(2026, 1, 1))
    for filler in range(30, 42):
        filled = [report.para(f"Filler paragraph {n}.") for n in range(filler)]
        rows = [[f"row {n}", str(n)] for n in range(8)] + [["Total row", "28"]]
        story = [*filled, report.table(["Column A", "Column B"], rows, [0.5, 0.5], total_row=True)]
        pages = pages_text(report, story, tmp_path / f"split-{filler}.pdf")
        counts = [len(re.findall(r"\brow \d\b", text)) + ("Total row" in text) for text in pages]
        assert all(count == 0 or count >= 2 for count in counts), (filler, counts)


def lowest_body_text(path) -> list[float]:
    """Each page's lowest line of text above the page footer, as a share of the page's height."""
    shares = []
    for page in PdfReader(str(path)).pages:
        heights: list[float] = []

        def visit(text, cm, tm, font, size, heights=heights):
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > 17 * 72 / 25.4:  # the footer's line sits lower
                heights.append(y)

        page.extract_text(visitor_text=visit)
        shares.append(min(heights) / float(page.mediabox.height))
    return shares


@pytest.mark.parametrize("lang,tie", [("fr", "Même total"), ("zh", "总分")])
def test_the_scores_explained_flow_on_rather_than_take_a_page_each(demo, tmp_path, lang, tie):
    out = tmp_path / f"requests-{lang}.pdf"
    build_report(demo, "requests", out, lang=lang)  # French explanations are too long for two on a page
    shares = lowest_body_text(out)
    half_empty = [n for n, share in enumerate(shares[:-1], start=1) if share > 0.4]
    assert half_empty == [], f"pages left less than 60 % full: {half_empty}"
    alone = [n for n, page in enumerate(PdfReader(str(out)).pages, start=1) if page.extract_text().startswith(tie)]
    assert alone == [], f"a tie's note left at the head of page {alone}, away from its request"


def test_a_bar_charts_names_are_cut_only_when_longer_than_half_its_width():
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    from app.reports import fonts
    from app.reports.charts import bar_chart

    fonts.register_fonts()
    names = ["Ministarstvo pravde Bosne i Hercegovine", "Sud Bosne i Hercegovine"]
    chart = next(c for c in bar_chart(names, [5, 1], 300).contents if isinstance(c, HorizontalBarChart))
    assert list(reversed(chart.categoryAxis.categoryNames)) == names  # 154 of 300 points at 7.5 pt
