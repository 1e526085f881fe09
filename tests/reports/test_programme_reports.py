"""Programme management reports (text read back with pypdf): the requests ranking with each score explained, the
one-page assessment sheet of a request, a project's progress report and the portfolio overview; their commands."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import REPORT_DAY, pdf_pages, pdf_text

from app.cli import main
from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.services import ListQuery
from app.services.programme.priorities import rank_requests, score_request, set_score
from app.services.programme.results import results_framework
from app.services.store.seed import country_id, criterion_id, theme_id
from app.services.store.transitions import transition


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_ranking_lists_open_requests_in_order_and_explains_each_score(demo, tmp_path):
    out = tmp_path / "requests.pdf"
    result = build_report(demo, "requests", out, generated_on=REPORT_DAY)
    text = flat(out)
    ranked = rank_requests(demo)
    assert result.pages >= 3
    assert "Requests for assistance: priority ranking" in text
    assert f"Guatemala office (GT-01): {len(ranked)} open requests" in text
    assert "Criteria and weights" in text and "Country in transition to democracy 3" in text
    assert "Equal totals are parted by the scores on the criteria from the heaviest weight down" in text
    first, second = ranked[0].card, ranked[1].card
    assert text.index(f"1. {first.title} \u2013 {first.total:.1f}") < text.index(f"2. {second.title}")
    # a score from the evidence names the evidence; a staff score carries its note
    assert ("Special procedure: Special Rapporteur on the situation of human rights defenders, A/HRC/59/50/Add.1 "
            "para. 84, 20 June 2025: Strengthen") in text  # the mechanism, document and paragraph
    assert "Assessed by staff: UN country team and donors consulted; no overlap found." in text
    tied = [r for r in ranked if r.tie]
    assert tied and "Same total" in text  # the demo has equal totals, and says how each was parted
    closed = demo.requests.list(ListQuery(filters={"status": ["approved", "declined", "withdrawn"]})).rows
    assert closed and all(f"{r.requesting_authority}, " not in text or r.title in text for r in closed)


def test_the_ranking_in_french(demo, tmp_path):
    out = tmp_path / "requests-fr.pdf"
    build_report(demo, "requests", out, lang="fr")
    text = flat(out)
    assert "Demandes d'assistance : classement par priorité" in text
    assert "Pays en transition vers la démocratie" in text and "Pondération" in text


def open_request(fd, **over) -> str:
    data = {"title": "Training of prison staff", "requesting_authority": "Ministry of Justice",
            "country_id": country_id("MW"), "received_date": date(2026, 1, 12), "theme_ids": [theme_id("justice")],
            "reference": "MJ/2026/14", "channel": "note_verbale", "summary": "Standard minimum rules."}
    return fd.requests.create({**data, **over})


def test_the_assessment_sheet_is_one_page_with_scores_rank_and_history(fd, tmp_path):
    rid = open_request(fd)
    fd.recommendations.create({"text": "Improve conditions of detention.", "source": "treaty_body",
                               "country_id": country_id("MW"), "thematic_area_id": theme_id("justice"),
                               "issued_date": date(2025, 3, 14)})
    set_score(fd, rid, criterion_id("coordination"), 2, "UNODC prison reform project consulted.")
    transition(fd, "assistance_request", rid, "under_assessment", on=date(2026, 2, 2), note="Desk review")
    out = tmp_path / "request.pdf"
    result = build_report(fd, "request", out, record_id=rid)
    assert result.pages == 1
    text = flat(out)
    card = score_request(fd, rid)
    for needle in ("Request for assistance: assessment", "Training of prison staff", "Ministry of Justice",
                   "Note verbale from the permanent mission \u2013 MJ/2026/14", "Administration of justice",
                   "On the UN list of least developed countries.", "Treaty body, 14 March 2025: Improve conditions",
                   "Assessed by staff: UNODC prison reform project consulted.",
                   f"Ranked 1 of 1 open requests, with a total of {card.total:.1f} out of 100.",
                   "12 January 2026 \u2014 Received",
                   "2 February 2026 Received Under assessment Guatemala office (GT-01) Desk review"):
        assert needle in text, needle


def test_a_decided_request_shows_its_decision_and_is_not_ranked(fd, tmp_path):
    rid = open_request(fd)
    transition(fd, "assistance_request", rid, "declined", on=date(2026, 1, 20), reasons="Covered by UNDP.")
    out = tmp_path / "declined.pdf"
    build_report(fd, "request", out, record_id=rid, lang="es")
    text = flat(out)
    assert "Rechazada el 20 de enero de 2026. Covered by UNDP." in text
    assert "ya no se clasifica" in text


def test_a_project_report_has_results_with_progress_activities_budget_and_risks(demo, tmp_path):
    pid = demo.projects.ids(ListQuery(filters={"code": "MW-2024-01"}))[0]
    out = tmp_path / "project.pdf"
    build_report(demo, "project", out, record_id=pid)
    pages = pdf_pages(out)
    text = " ".join(" ".join(pages).split())
    framework = results_framework(demo, pid)
    indicator = framework[1].indicators[0]
    assert "Project progress report" in text and "MW-2024-01 \u2013 Strengthening" in text
    assert "National partner Malawi Human Rights Commission" in text
    assert framework[1].statement in text and indicator.name in text
    assert f"{100 * indicator.progress.share:.0f} % \u2013 {indicator.progress.status.label}" in text
    assert "Progress of each indicator" in text and "Bars: the share of the way from baseline to target" in text
    for needle in ("Activities", "of which", "Budget execution", "Expenditure USD", "Risks", "Likelihood",
                   "Status history", "Project document drafted.", "No evaluation recorded yet."):
        assert needle in text, needle


def test_a_completed_project_report_has_its_evaluation(demo, tmp_path):
    pid = demo.projects.ids(ListQuery(filters={"code": "GT-2021-00"}))[0]
    out = tmp_path / "done.pdf"
    build_report(demo, "project", out, record_id=pid, lang="ru")
    text = flat(out)
    assert "Отчёт о ходе проекта" in text and "Итоговая оценка проекта" in text
    assert "Plan the hand-over from the first year" in text


def test_the_portfolio_at_headquarters_covers_every_office_or_one(hq, tmp_path):
    from app.services.demo import load_demo

    load_demo(hq, "small", seed=7)
    out = tmp_path / "portfolio.pdf"
    build_report(hq, "portfolio", out)
    text = flat(out)
    assert "Portfolio overview All offices" in text
    for needle in ("Requests for assistance by status", "Projects by stage", "Indicators on and off track",
                   "Budget execution by year and funding source", "Sustainability", "BA-2024-01", "RU-2025-02"):
        assert needle in text, needle
    one = tmp_path / "portfolio-mw.pdf"
    build_report(hq, "portfolio", one, office="mw-01")
    text = flat(one)
    assert "Lilongwe office (MW-01)" in text and "MW-2024-01" in text and "BA-2024-01" not in text


def test_report_commands_for_programme_management(demo_profile, demo, tmp_path, capsys):
    rid = demo.requests.ids(ListQuery(filters={"status": "assessed"}))[0]
    pid = demo.projects.ids(ListQuery(filters={"code": "GT-2024-01"}))[0]
    p = ["--profile", str(demo_profile)]
    for argv, needle in [(["report", "requests"], "priority ranking"),
                         (["report", "request", rid, "--lang", "fr"], "Demande d'assistance : évaluation"),
                         (["report", "project", pid], "Project progress report"),
                         (["report", "portfolio"], "Portfolio overview")]:
        out = tmp_path / f"{argv[1]}.pdf"
        assert main([*p, *argv, "--out", str(out)]) == 0
        assert f"Wrote {out}" in capsys.readouterr().err
        assert needle in flat(out)
    assert main([*p, "report", "project", "nope", "--out", str(tmp_path / "x.pdf")]) == 1
    assert capsys.readouterr().err.strip() == "fielddesk: There is no project with id nope."
    assert main([*p, "report", "portfolio", "--office", "MW-01", "--out", str(tmp_path / "y.pdf")]) == 1
    assert "A field office reports on itself only (GT-01), not on office MW-01." in capsys.readouterr().err


def test_a_deleted_request_is_refused(fd, tmp_path):
    rid = open_request(fd)
    fd.requests.delete(rid)
    with pytest.raises(ReportRefused, match="was deleted; restore it"):
        build_report(fd, "request", tmp_path / "x.pdf", record_id=rid)
