"""The thread from a recommendation to what was done: on the demo's chain against the records counted by hand, the
recommendations a project answers, the list's follow-through filter, search by paragraph and SDG target code, and
the request ranking's evidence naming the mechanism, document and paragraph in the six report languages."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from app.reports.i18n import Translator
from app.reports.lookups import Lookups
from app.reports.programme_text import evidence_text
from app.services.programme.priorities import score_request
from app.services.programme.thread import recommendations_answered_by, thread_of
from app.services.programme.thread.follow_through import follow_through_ids
from app.services.store.query import ListQuery
from app.services.store.seed import country_id, sdg_target_id, theme_id, treaty_body_id


def _rows(fd, sql: str, **params) -> list:
    with fd.reading() as c:
        return list(c.execute(text(sql), params))


def test_the_thread_names_the_plan_actions_that_answer_a_recommendation(demo):
    import json

    answering: dict[str, list[tuple[str, str]]] = {}
    for action_id, plan_id, ids in _rows(demo, "SELECT a.id, a.plan_id, a.recommendation_ids FROM plan_action a "
                                               "JOIN action_plan p ON p.id = a.plan_id "
                                               "WHERE a.deleted = 0 AND p.deleted = 0"):
        for rid in json.loads(ids) if isinstance(ids, str) else ids:
            answering.setdefault(rid, []).append((action_id, plan_id))
    assert answering, "the demo's plans answer recommendations"
    rid = max(answering, key=lambda r: len(answering[r]))
    rows = thread_of(demo, rid).section("actions").rows
    assert sorted(r.record_id for r in rows) == sorted(plan for _, plan in answering[rid])  # a row opens its plan
    assert all(r.table == "action_plan" and r.detail for r in rows)  # named with its plan's title
    unanswered = next(r for r in demo.recommendations.ids(ListQuery()) if r not in answering)
    assert thread_of(demo, unanswered).section("actions").rows == ()
    assert rid not in follow_through_ids(demo, "no_action", {}) and unanswered in follow_through_ids(
        demo, "no_action", {})


def test_the_thread_of_a_demo_chain_against_its_records_counted_by_hand(demo):
    import json

    chains = []
    for rid in demo.recommendations.ids(ListQuery(filters={"country_id": country_id("GT")})):
        t = thread_of(demo, rid)
        if t.ids("requests") and t.ids("missions") and t.ids("projects"):
            chains.append((rid, t))
    assert chains, "the demo has a Guatemalan chain"
    rid, t = chains[0]
    [(mission_id, own_projects)] = _rows(demo, "SELECT mission_id, project_ids FROM recommendation WHERE id = :r",
                                         r=rid)
    requests = {r for (r,) in _rows(demo, "SELECT id FROM assistance_request WHERE mission_id = :m AND deleted = 0",
                                    m=mission_id)}
    assert requests <= set(t.ids("requests"))
    assert mission_id in t.ids("missions")
    projects = set(json.loads(own_projects) if isinstance(own_projects, str) else own_projects)
    for (ids,) in _rows(demo, "SELECT project_ids FROM mission WHERE id = :m", m=mission_id):
        projects |= set(json.loads(ids))
    for (ids,) in _rows(demo, "SELECT project_ids FROM assistance_request WHERE mission_id = :m AND deleted = 0",
                        m=mission_id):
        projects |= set(json.loads(ids))
    assert projects <= set(t.ids("projects"))
    indicators = _rows(demo, "SELECT i.id FROM result_indicator i JOIN project_result r ON r.id = i.result_id "
                             "WHERE i.deleted = 0 AND r.deleted = 0 AND r.project_id IN ("
                             + ",".join(f"'{p}'" for p in t.ids("projects")) + ")")
    assert len(t.indicators()) == len(indicators) > 0
    results = _rows(demo, "SELECT id FROM project_result WHERE deleted = 0 AND project_id IN ("
                          + ",".join(f"'{p}'" for p in t.ids("projects")) + ")")
    assert len([r for r in t.section("indicators").rows if r.level == "result"]) == len(results)
    notes = _rows(demo, "SELECT id FROM followup_note WHERE recommendation_id = :r AND deleted = 0", r=rid)
    assert len(t.section("followup").rows) == len(notes)
    assert [s.kind for s in t.sections] == ["requests", "missions", "actions", "projects", "indicators", "followup"]
    for pid in t.ids("projects"):
        assert rid in [r["id"] for r in recommendations_answered_by(demo, pid)]
    # some demo chain has an indicator off track, and the filter finds its recommendation
    off = [r for r, th in chains if "off_track" in [x.status for x in th.indicators()]]
    assert off and set(off) <= set(follow_through_ids(demo, "off_track"))


@pytest.fixture
def malawi(fd):
    mw = country_id("MW")
    cat = fd.recommendations.create({
        "text": "Criminalise torture.", "source": "treaty_body", "treaty_body_id": treaty_body_id("CAT"),
        "country_id": mw, "thematic_area_id": theme_id("justice"), "document_symbol": "CAT/C/MWI/CO/1",
        "paragraph": "12", "issued_date": date(2024, 5, 1), "sdg_target_ids": [sdg_target_id("16.3")]})
    sr = fd.recommendations.create({
        "text": "Protect defenders.", "source": "special_procedure", "mandate": "human rights defenders",
        "country_id": mw, "thematic_area_id": theme_id("justice"), "document_symbol": "A/HRC/55/50/Add.1",
        "paragraph": "88(c)", "issued_date": date(2024, 3, 1), "sdg_target_ids": [sdg_target_id("5.1")]})
    return fd, cat, sr


def test_follow_through_search_and_goal_filters(malawi):
    fd, cat, sr = malawi
    recs = fd.recommendations
    assert set(follow_through_ids(fd, "no_project")) == {cat, sr}
    pid = fd.projects.create({"code": "MW-J", "title": "Justice", "country_id": country_id("MW")})
    mission = fd.missions.create({"title": "Assessment", "country_id": country_id("MW"), "project_ids": [pid]})
    recs.update(sr, {"mission_id": mission})
    assert recs.ids(ListQuery(filters={"follow_through": "no_project"})) == [cat]
    assert recs.ids(ListQuery(filters={"follow_through": "off_track"})) == []
    assert [r["id"] for r in recommendations_answered_by(fd, pid)] == [sr]
    assert recs.ids(ListQuery(search="CAT/C/MWI/CO/1 para. 12")) == [cat]
    assert recs.ids(ListQuery(search="88(c)")) == [sr]
    assert recs.ids(ListQuery(search="16.3")) == [cat]
    assert recs.count(ListQuery(search="defenders")) == 1
    assert recs.ids(ListQuery(filters={"sdg_goal": 5})) == [sr]
    assert recs.ids(ListQuery(filters={"mechanism": "mandate:human rights defenders"})) == [sr]
    assert recs.ids(ListQuery(filters={"mechanism": f"treaty_body:{treaty_body_id('CAT')}"})) == [cat]
    assert recs.ids(ListQuery(filters={"sdg": "goal:16"})) == [cat]
    assert recs.ids(ListQuery(filters={"sdg": f"target:{sdg_target_id('5.1')}"})) == [sr]
    with pytest.raises(ValueError, match="not a follow-through filter"):
        recs.ids(ListQuery(filters={"follow_through": "no_idea"}))


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "CAT, CAT/C/MWI/CO/1 para. 12, 1\u00a0May 2024: Criminalise torture."),
    ("fr", "CAT, CAT/C/MWI/CO/1 par. 12, 1\u00a0mai 2024\u00a0: Criminalise torture."),
    ("es", "CAT, CAT/C/MWI/CO/1 párr. 12"), ("ru", "CAT, CAT/C/MWI/CO/1 п. 12"),
    ("ar", "CAT, CAT/C/MWI/CO/1 الفقرة 12"), ("zh", "CAT, CAT/C/MWI/CO/1 第12段")])
def test_the_ranking_evidence_names_the_mechanism_symbol_and_paragraph(malawi, lang, expected):
    fd, cat, sr = malawi
    rid = fd.requests.create({"title": "Prison staff", "requesting_authority": "Ministry of Justice",
                              "country_id": country_id("MW"), "received_date": date(2026, 1, 12),
                              "theme_ids": [theme_id("justice")]})
    card = score_request(fd, rid)
    cited = {e.record_id: e for c in card.criteria for e in c.evidence if e.kind == "recommendation"}
    assert (cited[cat].mechanism, cited[cat].symbol, cited[cat].paragraph) == ("CAT", "CAT/C/MWI/CO/1", "12")
    assert cited[sr].mechanism == "human rights defenders"
    tr = Translator(lang)
    assert evidence_text(tr, Lookups(fd, tr), cited[cat]).startswith(expected)
    assert rid in thread_of(fd, cat).ids("requests")


def test_the_command_lists_recommendations_by_follow_through(malawi, field_profile, capsys):
    import json as json_module

    from app.cli import main

    fd, cat, sr = malawi
    pid = fd.projects.create({"code": "MW-J", "title": "Justice", "country_id": country_id("MW")})
    fd.recommendations.update(sr, {"project_ids": [pid]})
    argv = ["--profile", str(field_profile), "recommendations", "list"]
    assert main([*argv, "--without", "project", "--country", "mw", "--json"]) == 0
    assert [r["id"] for r in json_module.loads(capsys.readouterr().out)] == [cat]
    assert main([*argv, "--search", "88(c)"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 recommendation.") and "A/HRC/55/50/Add.1 para. 88(c)" in out
    assert main([*argv, "--off-track", "--json"]) == 0 and json_module.loads(capsys.readouterr().out) == []
    assert main([*argv, "--country", "XX"]) != 0
    assert "not an ISO 3166 country code" in capsys.readouterr().err
