"""The Voluntary Fund in the demo (headquarters only: offices receive it by bundle): six donors, the year's
contributions in their currencies with the operational rates that convert them, and allocations to ten projects."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from app.services.store.seed import country_id, theme_id

if TYPE_CHECKING:
    from app.services.core import FieldDesk

YEAR = 2026

DONORS = [  # name, kind, country, currency
    ("Norway", "government", "NO", "NOK"),
    ("Germany", "government", "DE", "EUR"),
    ("Switzerland", "government", "CH", "CHF"),
    ("Japan", "government", "JP", "JPY"),
    ("European Union", "intergovernmental", None, "EUR"),
    ("Fondation pour les droits humains", "private", None, "USD"),
]

# The UN operational rates of exchange, units per US dollar, from the first of the month.
RATES = {"NOK": [(1, 10.9), (4, 10.6), (7, 10.4)], "EUR": [(1, 0.93), (4, 0.92), (7, 0.90)],
         "CHF": [(1, 0.89), (4, 0.88), (7, 0.87)], "JPY": [(1, 151.0), (4, 148.0), (7, 146.0)]}

# donor, amount, status, pledged, received, earmark (kind, code)
CONTRIBUTIONS = [
    ("Norway", 20_000_000, "received", date(YEAR, 1, 20), date(YEAR, 3, 10), None),
    ("Germany", 1_500_000, "received", date(YEAR, 2, 2), date(YEAR, 4, 20), None),
    ("Switzerland", 800_000, "received", date(YEAR, 1, 15), date(YEAR, 2, 5), ("theme", "justice")),
    ("Japan", 150_000_000, "pledged", date(YEAR, 5, 1), None, None),
    ("European Union", 1_000_000, "received", date(YEAR, 3, 1), date(YEAR, 6, 15), ("country", "GT")),
    ("Fondation pour les droits humains", 250_000, "received", date(YEAR, 6, 1), date(YEAR, 7, 1),
     ("theme", "education")),
]


def add_fund(fd: FieldDesk, add: Callable[..., list[str]], projects: list[str]) -> None:
    """Donors, rates, contributions and one allocation to each of ``projects`` (ten in the demo), those with a grant
    for their grant."""
    if not fd.site.is_hq:
        return
    donors = dict(zip([d[0] for d in DONORS], add("donor", [
        {"name": name, "kind": kind, "country_id": country_id(cc) if cc else None} for name, kind, cc, _ in DONORS
    ]), strict=True))
    currency = {name: cur for name, _, _, cur in DONORS}
    add("exchange_rate", [{"currency": cur, "effective_date": date(YEAR, month, 1), "units_per_usd": rate}
                          for cur, rates in RATES.items() for month, rate in rates])
    items = []
    for name, amount, status, pledged, received, earmark in CONTRIBUTIONS:
        item = {"donor_id": donors[name], "year": YEAR, "amount": float(amount), "currency": currency[name],
                "status": status, "pledge_date": pledged, "receipt_date": received}
        if earmark:
            kind, code = earmark
            item["earmark"] = kind
            item["earmark_theme_id" if kind == "theme" else "earmark_country_id"] = (
                theme_id(code) if kind == "theme" else country_id(code))
        items.append(item)
    contributions = dict(zip([c[0] for c in CONTRIBUTIONS], add("contribution", items), strict=True))
    rows = fd.projects.rows(projects, ["country_id", "theme_ids", "code"])
    # a project's grant to an NGO or a national institution receives its allocation (grants come first in the demo)
    grants = fd.grants.rows(fd.grants.ids(), ["project_id"])
    grant_of = {g["project_id"]: g["id"] for g in grants}
    allocations = []
    for n, project in enumerate(rows):
        drawn = None
        if project["country_id"] == country_id("GT"):
            drawn = contributions["European Union"]
        elif theme_id("justice") in project["theme_ids"]:
            drawn = contributions["Switzerland"]
        elif n % 3 == 0:
            drawn = contributions["Norway"]
        allocations.append({"year": YEAR, "amount_usd": float(150_000 + 25_000 * (n % 5)), "project_id": project["id"],
                            "contribution_id": drawn, "allocation_date": date(YEAR, 4 + n % 5, 1),
                            "grant_id": grant_of.get(project["id"]),
                            "note": "Recommended by the Board of Trustees at its spring session."})
    given = {a["grant_id"] for a in allocations}
    allocations += [{"year": YEAR, "amount_usd": 40_000.0, "project_id": g["project_id"], "grant_id": g["id"],
                     "allocation_date": date(YEAR, 9, 1), "note": "For the project's second grant."}
                    for g in grants if g["id"] not in given]
    add("fund_allocation", allocations)
