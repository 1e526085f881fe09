"""Demo data for several countries (schema 0024): a regional meeting of the national human rights institutions of
Central America hosted by the Guatemala office, an interregional needs assessment of national institutions, and a
global project of headquarters (of the office, in an office's own demo profile)."""

from __future__ import annotations

import random
from datetime import date
from typing import TYPE_CHECKING

from app.services.store.query import ListQuery
from app.services.store.seed import country_id, region_id, stakeholder_type_id, theme_id

if TYPE_CHECKING:
    from app.services.core import FieldDesk

CENTRAL_AMERICA = ["GT", "BZ", "SV", "HN", "NI", "CR", "PA"]  # M49 013
MEETING_DAYS = (date(2026, 4, 21), date(2026, 4, 23))


def add_several_countries(fd: FieldDesk, add, owner: dict[str, str], seed: int) -> None:
    """``add(table, items, owner)`` creates records as the demo builder does; ``owner`` maps a country to its office."""
    rng = random.Random(seed)
    nhri, justice = theme_id("nhri"), theme_id("justice")
    meeting = add("training", [{
        "title": "Regional meeting of the national human rights institutions of Central America",
        "form": "seminar", "status": "completed", "country_id": country_id("GT"), "venue": "Antigua Guatemala",
        "scope": "regional", "region_ids": [region_id("013")], "country_ids": [country_id(c) for c in CENTRAL_AMERICA],
        "start_date": MEETING_DAYS[0], "end_date": MEETING_DAYS[1], "theme_ids": [nhri],
        "target_group_ids": [stakeholder_type_id("nhri")], "language": "es", "cost_usd": 38500.0,
        "facilitators": "OHCHR and the Procuraduría de los Derechos Humanos",
        "description": "Seven national institutions compare their complaint handling and plan joint work on the "
                       "rights of migrants.",
    }], owner["GT"])[0]
    people = fd.participants.ids(ListQuery(filters={"country_id": country_id("GT")}, sort=("full_name",)))[:12]
    add("enrollment", [{"training_id": meeting, "participant_id": pid, "attendance": [True, True, rng.random() < 0.9],
                        "pre_score": float(pre), "post_score": float(min(100, pre + rng.randint(5, 25))),
                        "evaluation_score": rng.choice([4, 5]), "certificate_issued": True}
                       for pid, pre in ((p, rng.randint(40, 70)) for p in people)])
    add("mission", [{
        "title": "Needs assessment of national institutions in Eastern Africa and Eastern Asia",
        "country_id": country_id("MW"), "scope": "interregional", "region_ids": [region_id("014"), region_id("030")],
        "country_ids": [country_id(c) for c in ("MW", "MN")], "status": "closed",
        "requesting_authority": "Network of national human rights institutions",
        "request_date": date(2025, 11, 3), "start_date": date(2026, 2, 9), "end_date": date(2026, 2, 20),
        "theme_ids": [nhri], "summary": "Both commissions asked for help with their accreditation review.",
    }], owner["MW"])
    project = add("project", [{
        "code": "GLO-2025-01", "title": "Global support to national human rights institutions",
        "scope": "global", "country_id": None, "theme_ids": [nhri, justice], "funding_source": "voluntary_fund",
        "status": "pipeline", "start_date": date(2025, 1, 1), "end_date": date(2027, 12, 31),
        "description": "Advisory services and regional meetings of national institutions in every region.",
    }], "HQ" if fd.site.is_hq else fd.site.office)[0]
    add("project_budget", [{"project_id": project, "year": year, "funding_source": "voluntary_fund",
                            "budget_usd": 450000.0, "expenditure_usd": spent}
                           for year, spent in ((2025, 402000.0), (2026, 215000.0))])
