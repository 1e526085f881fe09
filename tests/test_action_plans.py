"""National action plans: the plan's and its actions' rules (period order, ids that exist, the plan's country, a
deadline outside the period warns), who owns a plan recorded at headquarters, and the questions other parts ask
(actions answering a recommendation, recommendations some action answers, the monitor's groups counted by hand)."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.validation import ValidationFailed
from app.services.programme.action_plans import (
    actions_answering,
    add_action,
    create_plan,
    monitor,
    recommendation_ids_with_actions,
)
from app.services.store.query import ListQuery
from app.services.store.seed import country_id

GT, MW = country_id("GT"), country_id("MW")


def plan_with_links(fd):
    recs = [fd.recommendations.create({"text": f"Recommendation {n}", "country_id": GT,
                                       "document_symbol": "CAT/C/GTM/CO/7",
                                       "paragraph": str(n)}) for n in range(1, 5)]
    project = fd.projects.create({"code": "GT-09", "title": "Justice", "country_id": GT})
    plan = create_plan(fd, {"country_id": GT, "title": "Plan nacional 2025-2027", "period_start": date(2025, 1, 1),
                            "period_end": date(2027, 12, 31), "status": "being_implemented"})
    return plan, recs, project


def test_an_action_answers_recommendations_of_its_plan_s_country_only(fd):
    plan, recs, project = plan_with_links(fd)
    action, warnings = add_action(fd, plan, {"text": "Reform the prison law", "recommendation_ids": recs[:2],
                                             "project_ids": [project], "deadline": date(2026, 6, 30)})
    assert warnings == [] and fd.plan_actions.get_row(action)["sort_order"] == 0
    malawian = fd.recommendations.create({"text": "Other country", "country_id": MW})
    with pytest.raises(ValidationFailed) as caught:
        add_action(fd, plan, {"text": "Wrong", "recommendation_ids": [malawian]})
    assert [p.message.code for p in caught.value.problems] == ["plan_other_country_recommendation"]
    with pytest.raises(ValidationFailed) as caught:
        add_action(fd, plan, {"text": "Unknown", "project_ids": ["no-such-project"]})
    assert [p.message.code for p in caught.value.problems] == ["no_such_record"]
    with pytest.raises(ValidationFailed):
        fd.plan_actions.update(action, {"recommendation_ids": [recs[0], malawian]})
    assert fd.plan_actions.get_row(action)["recommendation_ids"] == recs[:2]
    with pytest.raises(ValidationFailed) as caught:  # the plan moved to another country under its actions
        fd.action_plans.update(plan, {"country_id": MW})
    assert [p.message.code for p in caught.value.problems] == ["plan_country_has_actions"]
    fd.action_plans.update(plan, {"title": "Plan nacional (revisado)"})


def test_a_period_in_order_and_a_deadline_outside_it_warns(fd):
    with pytest.raises(ValidationFailed) as caught:
        create_plan(fd, {"country_id": GT, "title": "Backwards", "period_start": date(2027, 1, 1),
                         "period_end": date(2025, 1, 1)})
    assert caught.value.problems[0].field == "period_end"
    plan, _recs, _project = plan_with_links(fd)
    _, late = add_action(fd, plan, {"text": "Late", "deadline": date(2028, 3, 1)})
    _, early = add_action(fd, plan, {"text": "Early", "deadline": date(2024, 3, 1)})
    assert [w.code for w in late + early] == ["deadline_after_plan", "deadline_before_plan"]
    assert fd.plan_actions.count() == 2  # warned, not refused


def test_headquarters_records_a_plan_for_the_office_of_its_country(hq):
    hq.offices.create({"code": "MW-01", "name": "Malawi office", "country_id": MW, "role": "field"})
    plan = create_plan(hq, {"country_id": MW, "title": "Malawi NAP", "period_start": date(2024, 1, 1)})
    action, _ = add_action(hq, plan, {"text": "Train police"})
    assert hq.action_plans.get_row(plan)["owner_office"] == "MW-01"
    assert hq.plan_actions.get_row(action)["owner_office"] == "MW-01"
    other = create_plan(hq, {"country_id": GT, "title": "No office there", "period_start": date(2024, 1, 1)})
    assert hq.action_plans.get_row(other)["owner_office"] == "HQ"


def test_what_answers_a_recommendation_and_what_the_monitor_counts(fd):
    plan, recs, project = plan_with_links(fd)
    today = date(2026, 7, 1)
    rows = [("A", "done", date(2026, 1, 1), recs[:1]), ("B", "in_progress", date(2026, 3, 1), recs[:2]),
            ("C", "delayed", date(2026, 5, 1), []), ("D", "not_started", date(2026, 12, 1), []),
            ("E", "dropped", date(2025, 5, 1), [recs[2]]), ("F", "not_started", None, [])]
    ids = {text: add_action(fd, plan, {"text": text, "status": status, "deadline": deadline,
                                       "recommendation_ids": answers})[0]
           for text, status, deadline, answers in rows}
    assert [a.text for a in actions_answering(fd, recs[0])] == ["A", "B"]
    assert recommendation_ids_with_actions(fd) == set(recs[:3])
    assert recommendation_ids_with_actions(fd, MW) == set()
    seen = monitor(fd, plan, today)
    assert {s: [a["text"] for a in v] for s, v in seen.by_status.items() if v} == {
        "done": ["A"], "in_progress": ["B"], "delayed": ["C"], "not_started": ["D", "F"], "dropped": ["E"]}
    assert [a["text"] for a in seen.overdue] == ["B", "C"]  # past the deadline, neither done nor dropped
    assert [r["id"] for r in seen.unanswered] == [recs[3]]
    from app.services.programme.due import today_of
    from app.services.store.lookups import list_rows

    now = today_of(fd)  # the Plans list counts overdue actions as of today
    late = [text for text, status, deadline, _ in rows if deadline and deadline < now and status not in ("done",
                                                                                                       "dropped")]
    assert len(late) >= 2 and list_rows(fd, "action_plan", [plan], ["title", "overdue"])[0]["overdue"] == len(late)
    fd.plan_actions.delete(ids["B"])
    assert [a.text for a in actions_answering(fd, recs[1])] == []
    fd.action_plans.delete(plan)
    assert actions_answering(fd, recs[0]) == [] and recommendation_ids_with_actions(fd) == set()


def test_an_open_action_is_due_after_its_deadline_until_done_or_dropped(fd):
    from app.services.programme.due import due_items
    from tests.test_due import set_today

    set_today(fd, date(2026, 7, 1))
    plan, recs, _project = plan_with_links(fd)
    late, _ = add_action(fd, plan, {"text": "Late", "deadline": date(2026, 6, 1), "status": "in_progress"})
    add_action(fd, plan, {"text": "Done", "deadline": date(2026, 6, 1), "status": "done"})
    add_action(fd, plan, {"text": "Undated"})
    add_action(fd, plan, {"text": "Next week", "deadline": date(2026, 7, 5)})
    due = [(i.title, i.detail, i.due, i.when(date(2026, 7, 1)), i.table, i.record_id, i.part_id)
           for i in due_items(fd) if i.kind == "plan_action"]
    assert due == [("Late", "Plan nacional 2025-2027", date(2026, 6, 1), "overdue", "action_plan", plan, late),
                   ("Next week", "Plan nacional 2025-2027", date(2026, 7, 5), "this_week", "action_plan", plan,
                    due[1][6])]
    fd.plan_actions.update(late, {"status": "dropped"})
    assert [i.title for i in due_items(fd) if i.kind == "plan_action"] == ["Next week"]


def test_an_action_added_after_a_deletion_goes_last(fd):
    plan, _recs, _project = plan_with_links(fd)
    first, second, third = (add_action(fd, plan, {"text": t})[0] for t in ("A", "B", "C"))
    fd.plan_actions.delete(first)
    add_action(fd, plan, {"text": "D"})
    rows = fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan}, sort=("sort_order",)),
                                         ["text", "sort_order"])
    assert [r["text"] for r in rows] == ["B", "C", "D"]
    assert len({r["sort_order"] for r in rows}) == 3  # no two actions share a place
