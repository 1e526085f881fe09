"""Issue 21's whole walk, as its "done when" tells it: a Malawi office, offline, imports the Universal Human Rights
Index's recommendations for Malawi (the dry run counts new and already recorded ones), links its national action
plan's actions and a project to them, prints the implementation matrix in French, and after the next bundle
headquarters (SQLite or PostgreSQL) sees which recommendations have no action, no project, or a project whose
indicators are off track, and the thread of one of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from app.reports import build_report
from app.services.programme.action_plans import add_action, create_plan
from app.services.programme.thread import thread_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from app.spreadsheets.uhri import EXISTING, commit_recommendations, plan_recommendations
from tests.reports.report_helpers import pdf_text

SAMPLE = Path(__file__).parent.parent / "samples" / "uhri_malawi.csv"
MW = country_id("MW")


def found(fd, kind: str) -> set[str]:
    return set(fd.recommendations.ids(ListQuery(filters={"follow_through": kind, "country_id": MW})))


def test_from_the_index_to_headquarters_seeing_what_no_action_or_project_answers(net, tmp_path):
    hq, mw = net["HQ"], net["MW-01"]
    known = mw.recommendations.create({"text": "Abolish the death penalty.", "country_id": MW,
                                       "document_symbol": "A/HRC/46/9", "paragraph": "117.3"})
    plan = plan_recommendations(mw, SAMPLE, country="MW")
    assert plan.summary_line() == "5 new, 2 already recorded, 1 for another country (left out)."
    assert commit_recommendations(mw, plan) == 5
    assert plan_recommendations(mw, SAMPLE, country="MW").count(EXISTING) == 7  # a second import adds nothing
    by_symbol = {r["document_symbol"].strip() + " " + r["paragraph"]: r["id"]
                 for r in mw.recommendations.matching_rows(ListQuery(filters={"country_id": MW}),
                                                           ["document_symbol", "paragraph"])}
    cat, nhri = by_symbol["CAT/C/MWI/CO/1 12(b)"], by_symbol["A/HRC/46/9 117.12"]

    project = mw.projects.create({"code": "MW-JUS", "title": "Justice for detainees", "country_id": MW,
                                  "start_date": date(2025, 1, 1), "end_date": date(2027, 12, 31)})
    result = mw.service("project_result").create({"project_id": project, "statement": "Detainees see a lawyer"})
    indicator = mw.service("result_indicator").create({"result_id": result, "name": "Detainees assisted",
                                                        "baseline": 0, "target": 500})
    mw.service("indicator_value").create({"indicator_id": indicator, "period": "2026",
                                          "measured_on": date(2026, 6, 30), "value": 20})
    mw.recommendations.update(cat, {"project_ids": [project]})
    nap = create_plan(mw, {"country_id": MW, "title": "Malawi National Human Rights Action Plan 2024-2028",
                           "period_start": date(2024, 1, 1), "period_end": date(2028, 12, 31),
                           "status": "being_implemented"})
    add_action(mw, nap, {"text": "Table the legal aid bill", "recommendation_ids": [cat], "project_ids": [project],
                         "deadline": date(2026, 3, 31)})
    add_action(mw, nap, {"text": "Give the commission its own budget line", "recommendation_ids": [nhri]})

    out = tmp_path / "matrice.pdf"
    build_report(mw, "matrix", out, country="MW", lang="fr")
    text = " ".join(pdf_text(out).split())
    for words in ("Matrice de mise en œuvre", "CAT/C/MWI/CO/1, ¶ 12(b)", "Table the legal aid bill",
                  "MW-JUS Justice for detainees"):
        assert words in text, words

    net.sync("MW-01", "HQ")
    every = set(hq.recommendations.ids(ListQuery(filters={"country_id": MW})))
    assert len(every) == 6
    assert found(hq, "no_action") == every - {cat, nhri}
    assert found(hq, "no_project") == every - {cat}
    assert found(hq, "off_track") == {cat}  # 20 of 500 detainees by mid-2026
    thread = thread_of(hq, cat)
    assert thread.ids("projects") == [project] and thread.ids("actions") == [nap]
    assert [r.status for r in thread.indicators()] == ["off_track"]
    assert known in found(hq, "no_action")
