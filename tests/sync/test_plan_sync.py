"""National action plans across sites (SQLite and PostgreSQL headquarters): an office's plan and its action linked
to a recommendation and a project reach headquarters, which then knows which recommendations have an action; a plan
headquarters records for a country belongs to that country's office and reaches it, which may then change it."""

from __future__ import annotations

from datetime import date

from app.services.programme.action_plans import (
    actions_answering,
    add_action,
    create_plan,
    recommendation_ids_with_actions,
)
from app.services.store.seed import country_id

MW, GT = country_id("MW"), country_id("GT")


def test_plans_travel_both_ways(net):
    hq, mw, gt = net["HQ"], net["MW-01"], net["GT-01"]
    rec = mw.recommendations.create({"text": "Adopt the anti-torture bill", "country_id": MW,
                                     "document_symbol": "CAT/C/MWI/CO/1", "paragraph": "12"})
    other = mw.recommendations.create({"text": "Fund the commission", "country_id": MW})
    project = mw.projects.create({"code": "MW-JUS", "title": "Justice", "country_id": MW})
    plan = create_plan(mw, {"country_id": MW, "title": "Malawi NHRAP", "period_start": date(2024, 1, 1),
                            "status": "being_implemented"})
    action, _ = add_action(mw, plan, {"text": "Table the bill", "recommendation_ids": [rec],
                                      "project_ids": [project], "deadline": date(2026, 3, 31)})
    net.sync("MW-01", "HQ")
    assert hq.action_plans.get_row(plan)["owner_office"] == "MW-01"
    assert recommendation_ids_with_actions(hq, MW) == {rec} and other not in recommendation_ids_with_actions(hq)
    assert [a.id for a in actions_answering(hq, rec)] == [action]
    hq.plan_actions.update(action, {"status": "done"})
    net.sync("HQ", "MW-01")
    assert mw.plan_actions.get(action).status == "done"

    net.sync("GT-01", "HQ")  # headquarters learns of the office of Guatemala
    guatemala = create_plan(hq, {"country_id": GT, "title": "Plan Nacional", "period_start": date(2024, 1, 1)})
    assert hq.action_plans.get_row(guatemala)["owner_office"] == "GT-01"
    net.sync("HQ", "GT-01")
    add_action(gt, guatemala, {"text": "Tipificar la desaparición forzada"})
    gt.action_plans.update(guatemala, {"status": "adopted"})
    net.sync("GT-01", "HQ")
    assert hq.action_plans.get(guatemala).status == "adopted" and hq.plan_actions.count() == 2
