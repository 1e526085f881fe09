"""The national action plan report: its groups (actions by status, overdue, recommendations no action answers)
against records counted by hand, in English and French; and the implementation matrix naming the plan action that
answers each recommendation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.reports.matrix import matrix_rows
from app.services.programme.action_plans import add_action, create_plan
from app.services.store.seed import country_id
from app.spreadsheets.uhri import commit_recommendations, plan_recommendations
from tests.reports.report_helpers import pdf_text
from tests.test_due import set_today

SAMPLE = Path(__file__).parent.parent / "samples" / "uhri_malawi.csv"


def test_the_plan_report_and_the_matrix_show_the_plan_s_actions(fd, tmp_path):
    commit_recommendations(fd, plan_recommendations(fd, SAMPLE, country="MW"))
    set_today(fd, date(2026, 7, 1))
    _, recs = matrix_rows(fd, country="MW")
    by_symbol = {r["document_symbol"] + r["paragraph"]: r["id"] for r in recs}
    project = fd.projects.create({"code": "MW-JUS", "title": "Justice", "country_id": country_id("MW")})
    plan = create_plan(fd, {"country_id": country_id("MW"), "title": "Malawi NHRAP 2025-2029",
                            "period_start": date(2025, 1, 1), "period_end": date(2029, 12, 31),
                            "status": "being_implemented", "coordinating_body": "Ministry of Justice"})
    for text, status, deadline, answers in (
            ("Enact the anti-torture bill", "in_progress", date(2026, 3, 31), ["CAT/C/MWI/CO/112(b)"]),
            ("Accredit the commission", "done", date(2025, 12, 31), ["A/HRC/46/9117.12"]),
            ("Review pre-trial detention", "delayed", date(2026, 5, 1), []),
            ("Train prison staff", "not_started", date(2027, 6, 30), [])):
        add_action(fd, plan, {"text": text, "status": status, "deadline": deadline, "responsible": "Ministry",
                              "recommendation_ids": [by_symbol[s] for s in answers], "project_ids": [project]})

    out = tmp_path / "plan.pdf"
    build_report(fd, "plan", out, record_id=plan)
    text = " ".join(pdf_text(out).split())
    for words in ("National action plan", "Malawi NHRAP 2025-2029", "Ministry of Justice", "Being implemented",
                  "Not started 1 In progress 1 Done 1 Delayed 1 Dropped 0 Total 4",
                  "Overdue actions", "Enact the anti-torture bill", "CAT/C/MWI/CO/1, ¶ 12(b)",
                  "Recommendations no action answers", "MW-JUS Justice"):
        assert words in text, words
    overdue = text[text.index("Overdue actions"):text.index("Recommendations no action answers")]
    assert "Enact the anti-torture bill" in overdue and "Review pre-trial detention" in overdue
    assert "Accredit the commission" not in overdue and "Train prison staff" not in overdue
    unanswered = text[text.index("Recommendations no action answers"):]
    assert unanswered.count("¶") == len(recs) - 2  # the 6 recommendations less the 2 answered
    build_report(fd, "plan", out, record_id=plan, lang="fr")
    assert "Actions en retard" in " ".join(pdf_text(out).split())

    answered = {r["document_symbol"] + r["paragraph"]: [a["text"] for a in r["actions"]]
                for r in matrix_rows(fd, country="MW")[1] if r["actions"]}
    assert answered == {"CAT/C/MWI/CO/112(b)": ["Enact the anti-torture bill"],
                        "A/HRC/46/9117.12": ["Accredit the commission"]}
    build_report(fd, "matrix", out, country="MW")
    matrix = " ".join(pdf_text(out).split())
    assert "Plan actions" in matrix and "Total 6 2 0 0" in matrix
    build_report(fd, "matrix", out, country="MW", lang="fr")
    matrix = " ".join(pdf_text(out).split())
    assert "Actions du plan" in matrix and "Enact the anti-torture bill (En cours)" in matrix
    empty = create_plan(fd, {"country_id": country_id("MN"), "title": "Mongolia", "period_start": date(2025, 1, 1)})
    build_report(fd, "plan", out, record_id=empty)
    text = " ".join(pdf_text(out).split())
    assert "The plan has no actions yet." in text and "No action is overdue." in text
    assert "No recommendation to Mongolia is recorded." in text
    with pytest.raises(ReportRefused, match="no action plan"):
        build_report(fd, "plan", out, record_id="nope")
