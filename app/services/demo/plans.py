"""Demo data for national human rights action plans: a plan in each of the five review countries, its actions linked
to the country's demo recommendations and projects. Malawi's and Guatemala's plans are being implemented, with six
actions each in every status (two overdue on the demo's today, one recommendation left with no action); the other
three are shorter. Deterministic: no random stream of its own."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.services.store.query import ListQuery
from app.services.store.seed import country_id

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# country -> (title, start, end, status, coordinating body, adopted on)
PLANS = {
    "MW": ("Malawi National Human Rights Action Plan 2024-2028", date(2024, 1, 1), date(2028, 12, 31),
           "being_implemented", "Ministry of Justice and Constitutional Affairs", date(2023, 11, 14)),
    "GT": ("Plan Nacional de Acción en Derechos Humanos 2024-2032", date(2024, 1, 1), date(2032, 12, 31),
           "being_implemented", "Comisión Presidencial por la Paz y los Derechos Humanos", date(2023, 12, 6)),
    "BA": ("Action Plan for Human Rights of Bosnia and Herzegovina 2025-2028", date(2025, 1, 1), date(2028, 12, 31),
           "adopted", "Ministry of Human Rights and Refugees", date(2025, 3, 20)),
    "MN": ("National Human Rights Action Programme 2025-2030", date(2025, 1, 1), date(2030, 12, 31), "drafting",
           "National Committee on Human Rights", None),
    "RU": ("National plan on human rights education 2025-2027", date(2025, 1, 1), date(2027, 12, 31), "drafting",
           "Office of the Commissioner for Human Rights", None),
}
# (action, responsible institution, days from the demo's today to the deadline, status, indicator)
ACTIONS = [
    ("Adopt the law establishing the national preventive mechanism against torture", "Parliament", -120,
     "in_progress", "Law published in the official gazette"),
    ("Train first-instance judges on applying the international human rights treaties", "Judicial training centre",
     200, "in_progress", "Share of judges trained; cases citing the treaties"),
    ("Give the national human rights institution its own budget line", "Ministry of Finance", -60, "done",
     "Budget line in the adopted State budget"),
    ("Publish statistics on pre-trial detention every quarter", "Prison service", -30, "delayed",
     "Four quarterly reports a year"),
    ("Review the laws on the registration of civil society organisations", "Ministry of Justice", 400,
     "not_started", "Draft amendments submitted to the Cabinet"),
    ("Set up a database of complaints against the police", "Police inspectorate", -300, "dropped",
     "Database in use in every region"),
]
FULL_PLANS = ("MW", "GT")


def add_plans(fd: FieldDesk, add, owner: dict[str, str], today: date) -> None:
    """``add(table, items, owner)`` creates records as the demo builder does; ``owner`` maps a country to its office."""
    for cc, (title, start, end, status, body, adopted) in PLANS.items():
        cid = country_id(cc)
        recs = fd.recommendations.ids(ListQuery(filters={"country_id": cid}, sort=("issued_date", "id")))
        projects = fd.projects.ids(ListQuery(filters={"country_id": cid}, sort=("code",)))
        [plan] = add("action_plan", [{"country_id": cid, "title": title, "period_start": start, "period_end": end,
                                      "status": status, "coordinating_body": body, "adoption_date": adopted,
                                      "note": "Drawn up with the support of the programme; monitored by the office."}],
                     owner[cc])
        actions = ACTIONS if cc in FULL_PLANS else ACTIONS[1:4]
        answered = recs[:-1] if len(recs) > 1 else recs  # the last recommendation is left with no action
        items = []
        for n, (text, responsible, days, state, indicator) in enumerate(actions):
            items.append({"plan_id": plan, "text": text, "responsible": responsible,
                          "deadline": today + timedelta(days=days), "indicator": indicator,
                          "status": state if cc in FULL_PLANS or state != "done" else "in_progress",
                          "recommendation_ids": [answered[n % len(answered)]] if answered and n % 3 != 2 else [],
                          "project_ids": [projects[n % len(projects)]] if projects and n % 2 == 0 else [],
                          "sort_order": n})
        add("plan_action", items, owner[cc])
