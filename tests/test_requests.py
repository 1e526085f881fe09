"""Requests for assistance: status transitions (dated, with who made them; an invalid jump refused with a message
naming what may follow) and transparent priority scores (weights, evidence from recorded facts, ties parted by
stated rules)."""

from __future__ import annotations

from datetime import date

import pytest

from app.services import NotAllowed, ValidationFailed
from app.services.programme.priorities import rank, rank_requests, score_request, set_score
from app.services.store.check import check_profile
from app.services.store.seed import country_id, country_profile_id, criterion_id, stakeholder_type_id, theme_id
from app.services.store.transitions import history, transition


def new_request(fd, **over) -> str:
    data = {"title": "Support to the national human rights commission", "requesting_authority": "Ministry of Justice",
            "country_id": country_id("GT"), "received_date": date(2026, 1, 12), "theme_ids": [theme_id("nhri")]}
    return fd.requests.create({**data, **over})


def test_a_request_starts_received_and_its_first_status_is_dated_by_its_receipt(fd):
    rid = new_request(fd)
    [first] = history(fd, "assistance_request", rid)
    assert (first["from_status"], first["to_status"], first["transition_date"], first["made_by"]) == \
        (None, "received", date(2026, 1, 12), "tester")


def test_transitions_are_dated_signed_and_noted(fd):
    rid = new_request(fd)
    assert transition(fd, "assistance_request", rid, "under_assessment", on=date(2026, 2, 1), note="Desk review")
    assert transition(fd, "assistance_request", rid, "needs_assessment_planned", on=date(2026, 3, 2))
    assert not transition(fd, "assistance_request", rid, "needs_assessment_planned")  # already there
    steps = [(t["from_status"], t["to_status"], t["transition_date"], t["note"])
             for t in history(fd, "assistance_request", rid)]
    assert steps == [(None, "received", date(2026, 1, 12), ""),
                     ("received", "under_assessment", date(2026, 2, 1), "Desk review"),
                     ("under_assessment", "needs_assessment_planned", date(2026, 3, 2), "")]
    assert fd.requests.get(rid).status == "needs_assessment_planned"
    assert check_profile(fd) == []


def test_an_invalid_jump_is_refused_naming_the_statuses_that_may_follow(fd):
    rid = new_request(fd)
    with pytest.raises(ValidationFailed) as refused:
        transition(fd, "assistance_request", rid, "approved", reasons="Looks good")
    assert refused.value.by_field() == {"status": "A request cannot go from received to approved; from received it "
                                                  "can go to: under assessment, declined, withdrawn."}
    # the same rule holds for a plain update (the editor's Save), and nothing is written
    with pytest.raises(ValidationFailed) as again:
        fd.requests.update(rid, {"status": "project_proposed"})
    assert "from received it can go to: under assessment, declined, withdrawn" in str(again.value)
    assert fd.requests.get(rid).status == "received"
    assert len(history(fd, "assistance_request", rid)) == 1


def test_closed_requests_no_longer_change_and_decisions_need_reasons(fd):
    rid = new_request(fd)
    with pytest.raises(ValidationFailed) as unexplained:
        transition(fd, "assistance_request", rid, "declined", on=date(2026, 2, 3))
    assert "decision_reasons" in unexplained.value.by_field()
    transition(fd, "assistance_request", rid, "declined", on=date(2026, 2, 3),
               reasons="Already covered by the UNDP rule of law programme.")
    declined = fd.requests.get(rid)
    assert (declined.decision_date, declined.decision_reasons) == (date(2026, 2, 3),
                                                                   "Already covered by the UNDP rule of law programme.")
    with pytest.raises(ValidationFailed, match="A request that is declined is closed"):
        transition(fd, "assistance_request", rid, "under_assessment")


def test_a_transition_cannot_be_dated_before_the_last_one(fd):
    rid = new_request(fd)
    with pytest.raises(ValidationFailed) as early:
        transition(fd, "assistance_request", rid, "under_assessment", on=date(2026, 1, 2))
    assert early.value.by_field() == {"transition_date": "The date 2026-01-02 is before the request's last status "
                                                         "change (2026-01-12)."}


def test_an_unknown_status_is_named(fd):
    rid = new_request(fd)
    with pytest.raises(ValidationFailed, match="'finished' is not a status of a request; known: received"):
        transition(fd, "assistance_request", rid, "finished")


def test_projects_move_pipeline_approved_ongoing_completed_closed(fd):
    pid = fd.projects.create({"code": "GT-2026-01", "title": "Support to the PDH"})
    with pytest.raises(ValidationFailed, match="from pipeline it can go to: approved, closed"):
        transition(fd, "project", pid, "ongoing")
    for day, status in [(date(2026, 1, 5), "approved"), (date(2026, 2, 1), "ongoing"),
                        (date(2027, 12, 20), "completed"),
                        (date(2028, 3, 1), "closed")]:
        transition(fd, "project", pid, status, on=day)
    assert [t["to_status"] for t in history(fd, "project", pid)] == ["pipeline", "approved", "ongoing", "completed",
                                                                     "closed"]
    with pytest.raises(ValidationFailed, match="A project that is closed is closed"):
        fd.projects.update(pid, {"status": "ongoing"})


# ------------------------------------------------------------------ scoring

def test_criteria_are_seeded_from_the_report_and_only_headquarters_changes_them(fd, hq):
    codes = [r["code"] for r in fd.priority_criteria.rows(fd.priority_criteria.ids())]
    assert codes == ["transition", "least_developed", "treaty_bodies", "special_procedures", "board_of_trustees",
                     "national_views", "coordination"]
    with pytest.raises(NotAllowed, match="reference data kept by headquarters"):
        fd.priority_criteria.update(criterion_id("transition"), {"weight": 9})
    assert hq.priority_criteria.update(criterion_id("transition"), {"weight": 5})
    with pytest.raises(ValidationFailed, match="Code 'transition' is already used"):
        hq.priority_criteria.create({"code": "transition", "name": "Again"})


def by_code(card):
    return {c.code: c for c in card.criteria}


def test_evidence_comes_from_recorded_recommendations_and_country_facts(fd):
    rid = new_request(fd, country_id=country_id("MW"), theme_ids=[theme_id("justice")])
    rec = fd.recommendations.create({"text": "Establish an independent police complaints mechanism.",
                                     "source": "treaty_body", "country_id": country_id("MW"),
                                     "thematic_area_id": theme_id("justice"), "issued_date": date(2025, 3, 14)})
    fd.recommendations.create({"text": "Ratify OP-CAT.", "source": "treaty_body", "country_id": country_id("MW"),
                               "thematic_area_id": theme_id("education")})  # another area: not evidence
    fd.recommendations.create({"text": "Already done.", "source": "treaty_body", "country_id": country_id("MW"),
                               "thematic_area_id": theme_id("justice"), "status": "implemented"})  # settled
    fd.recommendations.create({"text": "Visit prisons.", "source": "upr", "country_id": country_id("MW"),
                               "thematic_area_id": theme_id("justice")})
    card = by_code(score_request(fd, rid))
    least = card["least_developed"]  # Malawi is on the seeded UN list
    assert (least.suggested, least.score, least.basis, least.evidence[0].kind) == (3, 3, "evidence", "fact_yes")
    treaty = card["treaty_bodies"]
    assert [(e.kind, e.record_id, e.day) for e in treaty.evidence] == [("recommendation", rec, date(2025, 3, 14))]
    assert treaty.suggested == 1
    assert card["special_procedures"].suggested == 1  # the periodic review counts with the Commission's mechanisms
    assert card["transition"].evidence[0].kind == "fact_no" and card["transition"].score == 0
    assert by_code(score_request(fd, new_request(fd)))["transition"].evidence[0].kind == "no_facts"  # Guatemala
    assert card["coordination"].suggested == 0 and card["coordination"].evidence == ()


def test_the_needs_assessment_mission_gives_evidence_of_coordination_and_national_views(fd):
    mission = fd.missions.create({"title": "NAM", "country_id": country_id("GT")})
    for org, kind in [("UNDP", "un_agency"), ("Embassy of Norway", "donor"), ("PDH", "nhri"), ("Police", "police")]:
        fd.meetings.create({"mission_id": mission, "organisation": org,
                            "stakeholder_type_id": stakeholder_type_id(kind)})
    card = by_code(score_request(fd, new_request(fd, mission_id=mission)))
    assert sorted(e.text for e in card["coordination"].evidence) == ["Embassy of Norway", "UNDP"]
    assert card["coordination"].suggested == 2
    assert [e.text for e in card["national_views"].evidence] == ["PDH"]


def test_the_total_is_weighted_and_staff_scores_override_the_evidence(fd):
    rid = new_request(fd, country_id=country_id("MW"))  # least developed: 3 x weight 2 = 6 points
    card = score_request(fd, rid)
    assert card.max_points == 3 * (3 + 2 + 2 + 2 + 1 + 1 + 1)
    assert card.points == 6 and card.total == pytest.approx(100 * 6 / 36)
    set_score(fd, rid, criterion_id("transition"), 2, "Transitional justice law adopted in 2025.")
    set_score(fd, rid, criterion_id("least_developed"), 1, "Graduation recommended.")
    card = by_code(score_request(fd, rid))
    assert (card["transition"].score, card["transition"].basis, card["transition"].note) == \
        (2, "assessed", "Transitional justice law adopted in 2025.")
    assert (card["least_developed"].score, card["least_developed"].suggested) == (1, 3)  # evidence still shown
    assert score_request(fd, rid).points == 2 * 3 + 1 * 2
    set_score(fd, rid, criterion_id("least_developed"), None)  # back to the evidence
    assert score_request(fd, rid).points == 2 * 3 + 3 * 2


def test_headquarters_weights_change_the_ranking(hq):
    a = new_request(hq, title="A", country_id=country_id("MW"))  # least developed
    b = new_request(hq, title="B", country_id=country_id("BA"))
    hq.country_profiles.create({"id": country_profile_id("BA"), "country_id": country_id("BA"), "in_transition": True})
    # transition weighs 3, least developed 2: B first
    assert [r.card.title for r in rank_requests(hq)] == ["B", "A"]
    hq.priority_criteria.update(criterion_id("least_developed"), {"weight": 5})
    assert [r.card.title for r in rank_requests(hq)] == ["A", "B"]
    assert {a, b} == {r.card.request_id for r in rank_requests(hq)}


def test_ties_are_parted_by_the_heaviest_criterion_then_date_then_record_and_explained(fd):
    heavy = new_request(fd, title="Heavy", received_date=date(2026, 3, 1))
    light = new_request(fd, title="Light", received_date=date(2026, 1, 1))
    set_score(fd, heavy, criterion_id("transition"), 1)  # weight 3: 3 points
    set_score(fd, light, criterion_id("national_views"), 3)  # weight 1: 3 points
    ranked = rank_requests(fd)
    assert [r.card.title for r in ranked] == ["Heavy", "Light"]
    assert ranked[0].card.total == ranked[1].card.total
    assert ranked[1].tie.rule == "criterion"
    assert ranked[1].tie.explain() == ("Same total as \u201cHeavy\u201d, which scores higher on \u201cCountry in "
                                       "transition to democracy\u201d (1 against 0).")

    early = new_request(fd, title="Early", received_date=date(2026, 1, 5))
    late = new_request(fd, title="Late", received_date=date(2026, 2, 5))
    twin = new_request(fd, title="Twin", received_date=date(2026, 2, 5))
    order = [r.card.title for r in rank_requests(fd)]
    assert order[-3:] == ["Early", "Late", "Twin"]  # all zero: earlier receipt, then the order recorded
    ranked = {r.card.title: r for r in rank_requests(fd)}
    assert ranked["Late"].tie.rule == "received" and ranked["Twin"].tie.rule == "id"
    assert ranked["Twin"].tie.explain().endswith("which was recorded first.")
    assert {early, late, twin} <= {r.card.request_id for r in rank_requests(fd)}


def test_only_open_requests_are_ranked_unless_asked(fd):
    kept = new_request(fd, title="Open")
    gone = new_request(fd, title="Withdrawn")
    transition(fd, "assistance_request", gone, "withdrawn")
    assert [r.card.request_id for r in rank_requests(fd)] == [kept]
    assert len(rank_requests(fd, include_closed=True)) == 2
    assert rank([]) == []
