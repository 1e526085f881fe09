"""The Board pack of a session: the cover, the contents with the page each section starts on, the session's members
and decisions, the Fund's position (rows given by the test; "not recorded" without the Fund's module), the portfolio
by status and country with budget by funding source, the follow-up of a recommendation adopted at an earlier session
(its latest note), and the open requests ranked; in French too, and from the command line with --session; in no
language a word broken across lines or a font left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from report_helpers import pdf_pages

from app.reports import board_fund, board_pack, build_report
from app.services.programme import board
from app.services.store.seed import country_id


@dataclass(frozen=True)
class Row:  # the fields of app.services.programme.fund.FundYear
    year: int
    pledged_usd: float
    received_usd: float
    allocated_usd: float
    spent_usd: float
    balance_usd: float
    regular_budget_usd: float
    missing_rates: tuple[str, ...] = ()


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def sessions(hq):
    gt = hq.projects.create({"code": "GT-2026-07", "title": "Judicial training", "country_id": country_id("GT"),
                             "status": "pipeline"})
    hq.project_budgets.create({"project_id": gt, "year": 2026, "funding_source": "voluntary_fund",
                               "budget_usd": 250000.0})
    hq.project_budgets.create({"project_id": gt, "year": 2026, "funding_source": "regular_budget",
                               "budget_usd": 40000.0})
    hq.requests.create({"title": "Training of prison officials", "requesting_authority": "Ministry of Justice",
                        "country_id": country_id("MW"), "received_date": date(2026, 1, 5)})
    earlier = board.create_session(hq, {"number": 40, "title": "Fortieth session", "start_date": date(2025, 2, 10),
                                        "end_date": date(2025, 2, 14), "place": "Geneva"})
    rec = hq.recommendations.create({"text": "Open regional offices of the national institution.",
                                     "source": "board_of_trustees", "country_id": country_id("GT"),
                                     "issued_date": date(2025, 2, 14)})
    board.adopt(hq, earlier, rec)
    hq.followup_notes.create({"recommendation_id": rec, "note_date": date(2025, 9, 1), "status": "in_progress",
                              "note": "Two offices opened."})
    hq.followup_notes.create({"recommendation_id": rec, "note_date": date(2026, 1, 20), "status": "in_progress",
                              "note": "Four offices opened; two planned."})
    now = board.create_session(hq, {"number": 41, "title": "Forty-first session", "start_date": date(2026, 2, 9),
                                    "end_date": date(2026, 2, 13), "place": "Geneva", "agenda": "The Fund."})
    board.add_member(hq, now, {"full_name": "Amara Diallo", "country_id": country_id("SN"), "role": "chair"})
    board.add_member(hq, now, {"full_name": "Ingrid Solberg", "country_id": country_id("NO")})
    board.record_decision(hq, now, {"project_id": gt, "decision": "endorsed", "amount_usd": 200000.0,
                                    "note": "Endorsed as proposed."})
    return now


def test_the_pack_has_every_section_with_its_content(hq, sessions, tmp_path, monkeypatch):
    monkeypatch.setattr(board_pack, "fund_rows", lambda fd: [
        Row(2025, 1_000_000, 800_000, 500_000, 450_000, 300_000, 2_000_000, ("EUR 2025-06-30",)),
        Row(2026, 1_200_000, 900_000, 700_000, 200_000, 500_000, 2_100_000)])
    out = tmp_path / "pack.pdf"
    build_report(hq, "board-pack", out, record_id=sessions)
    pages = [flat(p) for p in pdf_pages(out)]
    assert "Board pack" in pages[0] and "Forty-first session" in pages[0]
    assert "Session 41, 9 February 2026 to 13 February 2026, Geneva" in pages[0]
    assert "Chair: Amara Diallo (Senegal)" in pages[0]
    contents = pages[1]
    assert "Contents" in contents
    numbered = {title: next(n for n, p in enumerate(pages, start=1) if n > 2 and f"{i}. {title}" in p)
                for i, title in enumerate(["The session", "The Fund's position", "The portfolio",
                                           "Follow-up of the Board's earlier recommendations",
                                           "Requests for assistance ranked by priority"], start=1)}
    for title, page in numbered.items():
        assert f"{title} {page}" in contents, (title, page, contents)
    text = " ".join(pages[2:])
    for needle in ("Amara Diallo Senegal Chair", "Ingrid Solberg Norway Member", "GT-2026-07 Judicial training",
                   "Endorsed", "USD 200,000", "Endorsed as proposed."):
        assert needle in text, needle
    # the Fund's position: the rows as given, totals summed, the balance carried from the last year
    assert "2025 1,000,000 800,000 500,000 450,000 300,000 2,000,000" in text
    assert "2026 1,200,000 900,000 700,000 200,000 500,000 2,100,000" in text
    assert "Total 2,200,000 1,700,000 1,200,000 650,000 500,000 4,100,000" in text
    assert "No operational rate of exchange recorded for EUR 2025-06-30" in text
    # the portfolio: by status and country, budget by funding source
    assert "Projects: 1; countries: 1." in text
    assert "Pipeline Guatemala 1 40,000 250,000 0 290,000" in text
    # the earlier session's recommendation, with its latest note
    assert "Open regional offices of the national institution." in text and "Fortieth session" in text
    assert "20 January 2026: Four offices opened; two planned." in text and "Two offices opened." not in text
    assert "Recommendations adopted at earlier sessions: 1; implemented: 0." in text
    # the requests ranked
    assert "Open requests for assistance: 1" in text and "Training of prison officials" in text


def test_the_pack_in_french_with_the_funds_own_position(hq, sessions, tmp_path):
    """No contribution recorded: the pack's Fund section reads the position from the records (fund_position):
    nothing received or allocated, the regular budget beside it."""
    [year] = board_pack.fund_rows(hq)
    assert (year.year, year.received_usd, year.allocated_usd, year.regular_budget_usd) == (2026, 0, 0, 40_000)
    out = tmp_path / "pack-fr.pdf"
    build_report(hq, "board-pack", out, record_id=sessions, lang="fr")
    text = flat(" ".join(pdf_pages(out)))
    assert "Dossier du Conseil" in text and "2. La situation du Fonds" in text
    assert "Présidence : Amara Diallo (Sénégal)" in text
    assert "Président(e)" in text and "Approuvé" in text  # the role and the decision in the vocabulary's words


def test_the_fund_section_takes_its_rows():
    from app.reports.i18n import Translator
    from app.reports.layout import Report

    report = Report(tr=Translator("en"), title="t", office_label="HQ", generated_on=date(2026, 3, 1))
    assert len(board_fund.section(report, [])) == 2  # heading, "none recorded"
    assert len(board_fund.section(report, [Row(2026, 1, 1, 1, 0, 0, 0)])) == 3  # heading, text, table


def test_the_command_line_names_the_session(hq_profile, tmp_path):
    from app.cli import main
    from app.services import FieldDesk

    with FieldDesk.open(hq_profile) as fd:
        sid = board.create_session(fd, {"number": 7, "title": "Seventh session", "start_date": date(2026, 2, 9),
                                        "end_date": date(2026, 2, 9)})
    out = tmp_path / "cli.pdf"
    assert main(["--profile", str(hq_profile), "report", "board-pack", "--session", sid, "--out", str(out)]) == 0
    assert "Seventh session" in flat(" ".join(pdf_pages(out)))
    out.unlink()
    assert main(["--profile", str(hq_profile), "report", "board-pack", "--session", "7", "--out", str(out)]) == 0
    assert "Seventh session" in flat(" ".join(pdf_pages(out)))  # by its number too
    assert main(["--profile", str(hq_profile), "report", "board-pack", "--session", "nope", "--out",
                 str(out)]) != 0


def test_no_language_breaks_a_word_or_leaves_a_font_out(hq, sessions, tmp_path):
    from typesetting import broken_words, fonts_not_embedded, layout_lines, vocabulary

    from app import vocabulary as catalogue
    from app.reports.i18n import LANGUAGES, _country_names, _messages
    from app.services.store.export import export_json_text

    problems = []
    data = export_json_text(hq)
    for lang in sorted(LANGUAGES):
        out = tmp_path / f"pack-{lang}.pdf"
        build_report(hq, "board-pack", out, record_id=sessions, lang=lang)
        words = vocabulary(data, *_messages(lang).values(), *_messages("en").values(), *_country_names(lang).values(),
                           *catalogue.words(lang).values())
        problems += [f"{lang}: broken word {b}" for b in broken_words(layout_lines(out), words)]
        problems += [f"{lang}: font not embedded {f}" for f in fonts_not_embedded(out)]
    assert problems == []


def test_the_portfolio_counts_the_countries_projects_cover_and_names_a_global_one(hq, sessions, tmp_path):
    """A global project covers no country: it is its own "Global" row, and the count of countries stays the
    countries covered (it was counted as one more, shown as a dash)."""
    hq.projects.create({"code": "GLO-2026-01", "title": "Global fellowship fund", "scope": "global"})
    out = tmp_path / "pack.pdf"
    build_report(hq, "board-pack", out, record_id=sessions)
    text = flat(" ".join(pdf_pages(out)))
    assert "Projects: 2; countries: 1." in text
    assert "Pipeline Global 1" in text and "Pipeline Guatemala 1 40,000 250,000 0 290,000" in text
