"""Programme management across sites: priority criteria, weights and country facts are headquarters' reference data
sent to every office; requests (with their scores and status changes) and projects' results travel under the
office's ownership, and every site ranks them the same way."""

from __future__ import annotations

from datetime import date

from app.services.programme.priorities import rank_requests, score_request, set_score
from app.services.programme.results import results_framework
from app.services.store.seed import country_id, country_profile_id, criterion_id, theme_id
from app.services.store.transitions import history, transition


def ranking(fd) -> list[tuple[str, float]]:
    return [(r.card.title, round(r.card.total, 6)) for r in rank_requests(fd)]


def test_criteria_weights_and_country_facts_go_from_headquarters_to_every_office(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    hq.priority_criteria.update(criterion_id("coordination"), {"weight": 4})
    new = hq.priority_criteria.create({"code": "nhri_status", "name": "National institution to be accredited",
                                       "weight": 2, "sort_order": 10})
    hq.country_profiles.create({"id": country_profile_id("GT"), "country_id": country_id("GT"), "in_transition": True,
                                "as_of": date(2026, 1, 1), "notes": "Peace accords implementation."})
    net.sync("HQ", "GT-01")
    net.sync("HQ", "MW-01")
    for office in (gt, mw):
        assert office.priority_criteria.get(criterion_id("coordination")).weight == 4
        assert office.priority_criteria.get(new).name == "National institution to be accredited"
        assert office.country_profiles.get(country_profile_id("GT")).in_transition
    # the office scores its requests with headquarters' criteria and facts
    rid = gt.requests.create({"title": "Ombudsman law", "requesting_authority": "Congress",
                              "country_id": country_id("GT"), "received_date": "2026-02-02"})
    card = {c.code: c for c in score_request(gt, rid).criteria}
    assert card["transition"].score == 3 and card["transition"].evidence[0].text == "Peace accords implementation."
    assert card["nhri_status"].weight == 2


def test_an_offices_requests_scores_and_transitions_reach_headquarters_and_rank_the_same(net):
    hq, gt = net["HQ"], net["GT-01"]
    first = gt.requests.create({"title": "Police training", "requesting_authority": "Ministry of the Interior",
                                "country_id": country_id("GT"), "received_date": "2026-01-10",
                                "theme_ids": [theme_id("justice")]})
    second = gt.requests.create({"title": "Victims' reparation", "requesting_authority": "Presidency",
                                 "country_id": country_id("GT"), "received_date": "2026-02-10"})
    gt.recommendations.create({"text": "Train police on the use of force.", "source": "treaty_body",
                               "country_id": country_id("GT"), "thematic_area_id": theme_id("justice")})
    set_score(gt, second, criterion_id("transition"), 2, "Peace accords.")
    transition(gt, "assistance_request", first, "under_assessment", on=date(2026, 2, 1), note="Desk review")
    result = net.sync("GT-01", "HQ")
    assert result.conflicts == 0 and result.held == 0
    assert ranking(hq) == ranking(gt) and [t for t, _ in ranking(hq)] == ["Victims' reparation", "Police training"]
    assert [t["to_status"] for t in history(hq, "assistance_request", first)] == ["received", "under_assessment"]
    assert hq.requests.get(first).owner_office == "GT-01"

    # headquarters decides; the decision and its record go back to the office
    transition(hq, "assistance_request", second, "under_assessment", on=date(2026, 3, 1))
    transition(hq, "assistance_request", second, "declined", on=date(2026, 3, 9), reasons="Covered by UNDP.")
    net.sync("HQ", "GT-01")
    declined = gt.requests.get(second)
    assert (declined.status, declined.decision_reasons, declined.decision_date) == \
        ("declined", "Covered by UNDP.", date(2026, 3, 9))
    steps = history(gt, "assistance_request", second)
    assert [(t["to_status"], t["made_by"]) for t in steps][-1] == ("declined", "tester")
    assert ranking(gt) == ranking(hq) == [("Police training", round(100 * 2 / 36, 6))]  # one treaty body rec.


def test_another_offices_requests_stay_away(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    rid = gt.requests.create({"title": "Police training", "requesting_authority": "Ministry of the Interior",
                              "country_id": country_id("GT"), "received_date": "2026-01-10"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "MW-01")
    assert hq.requests.exists(rid) and not mw.requests.exists(rid)


def test_project_results_made_at_headquarters_reach_the_office_that_owns_the_project(net):
    hq, gt = net["HQ"], net["GT-01"]
    pid = hq.projects.create({"code": "GT-2026-01", "title": "Support to the PDH", "start_date": "2026-01-01",
                              "end_date": "2027-12-31"}, owner_office="GT-01")
    result = hq.project_results.create({"project_id": pid, "statement": "PDH accredited with A status"})
    indicator = hq.indicators.create({"result_id": result, "name": "Accreditation status", "target": 1})
    net.sync("HQ", "GT-01")
    gt.indicator_values.create({"indicator_id": indicator, "period": "2026", "measured_on": "2026-12-31",
                                "value": 0.5})
    transition(gt, "project", pid, "approved", on=date(2026, 1, 15))
    net.sync("GT-01", "HQ")
    [view] = results_framework(hq, pid)
    assert view.indicators[0].progress.share == 0.5
    assert [t["to_status"] for t in history(hq, "project", pid)] == ["pipeline", "approved"]


def test_a_status_conflict_can_be_resolved_either_way_and_the_change_is_recorded(net):
    from app.sync.conflicts import list_conflicts, resolve_conflict

    hq, gt = net["HQ"], net["GT-01"]
    rid = gt.requests.create({"title": "Police training", "requesting_authority": "Ministry of the Interior",
                              "country_id": country_id("GT"), "received_date": "2026-01-10"})
    net.sync("GT-01", "HQ")
    transition(gt, "assistance_request", rid, "under_assessment", on=date(2026, 2, 2))
    transition(hq, "assistance_request", rid, "declined", on=date(2026, 2, 3), reasons="Covered by UNDP.")
    net.sync("GT-01", "HQ")
    # one conflict: the request's creation, sent again before headquarters' acknowledgement came back, is not one
    [conflict] = list_conflicts(hq)
    assert conflict.winner == "local" and hq.requests.get(rid).status == "declined"  # the later change won
    resolve_conflict(hq, conflict.id, "theirs")  # declined is final in the flow, yet a resolution may undo it
    assert hq.requests.get(rid).status == "under_assessment"
    assert [t["to_status"] for t in history(hq, "assistance_request", rid)][-1] == "under_assessment"
    net.sync("HQ", "GT-01")
    assert gt.requests.get(rid).status == "under_assessment"


def test_a_change_sent_again_before_its_acknowledgement_is_not_a_conflict(net):
    """An office re-sends what headquarters has not acknowledged yet; headquarters' own later edits of those records
    are not in conflict with what it had already applied."""
    from app.services.store.export import export_json_text
    from app.sync.conflicts import list_conflicts

    hq, gt = net["HQ"], net["GT-01"]
    person = gt.participants.create({"full_name": "Ana López", "position": "Judge"})
    net.sync("GT-01", "HQ")
    hq.participants.update(person, {"position": "Supreme Court judge"})
    gt.participants.create({"full_name": "Juan Pérez"})
    result = net.sync("GT-01", "HQ")  # the same creation again: headquarters' acknowledgement has not gone back
    assert (result.created, result.updated, result.skipped) == (1, 0, result.changes - 1) and result.skipped >= 1
    assert result.conflicts == 0 and list_conflicts(hq) == []
    assert hq.participants.get(person).position == "Supreme Court judge"
    before = export_json_text(hq)
    again = net.deliver(net.bundle("GT-01", "HQ"), "HQ")  # both sent once more: nothing changes at all
    assert again.status == "applied" and (again.created, again.updated, again.skipped) == (0, 0, again.changes)
    assert again.changes >= 2
    assert export_json_text(hq) == before
