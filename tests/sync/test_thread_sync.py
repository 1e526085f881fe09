"""Headquarters sees after the next bundle which recommendations no project answers and which are answered by a
project whose indicators are off track: the office's new project, its result, indicator and value arrive, and the
follow-through filter at headquarters changes with them; headquarters' search finds a recommendation by its
document, paragraph and SDG target (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from app.services.store.query import ListQuery
from app.services.store.seed import country_id, sdg_target_id


def found(fd, kind: str) -> set[str]:
    return set(fd.recommendations.ids(ListQuery(filters={"follow_through": kind})))


def test_a_project_answering_a_recommendation_leaves_no_project_at_headquarters(net):
    hq, mw = net["HQ"], net["MW-01"]
    rid = mw.recommendations.create({"text": "Train prison staff on the Nelson Mandela Rules.",
                                     "source": "treaty_body", "country_id": country_id("MW"),
                                     "document_symbol": "CAT/C/MWI/CO/1", "paragraph": "12",
                                     "sdg_target_ids": [sdg_target_id("16.3")]})
    other = mw.recommendations.create({"text": "Publish detention statistics.", "country_id": country_id("MW")})
    net.sync("MW-01", "HQ")
    assert {rid, other} <= found(hq, "no_project")
    # headquarters finds it by document and paragraph, by target code and by goal, on either engine
    for search in ("CAT/C/MWI/CO/1 para. 12", "16.3", "Mandela 12"):
        assert hq.recommendations.ids(ListQuery(search=search)) == [rid], search
    assert hq.recommendations.ids(ListQuery(filters={"sdg_goal": 16, "country_id": country_id("MW")})) == [rid]

    pid = mw.projects.create({"code": "MW-PRI", "title": "Prison reform", "country_id": country_id("MW"),
                              "start_date": date(2025, 1, 1), "end_date": date(2026, 12, 31)})
    result = mw.service("project_result").create({"project_id": pid, "statement": "Staff trained"})
    indicator = mw.service("result_indicator").create({"result_id": result, "name": "Officers trained",
                                                        "baseline": 0, "target": 200})
    mw.service("indicator_value").create({"indicator_id": indicator, "period": "2026",
                                          "measured_on": date(2026, 6, 30), "value": 10})
    mw.recommendations.update(rid, {"project_ids": [pid]})
    net.sync("MW-01", "HQ")

    assert rid not in found(hq, "no_project") and other in found(hq, "no_project")
    assert rid in found(hq, "off_track") and other not in found(hq, "off_track")
    assert hq.recommendations.count(ListQuery(filters={"follow_through": "no_project",
                                                       "country_id": country_id("MW")})) == 1
