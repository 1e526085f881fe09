"""Reference data seeded identically at every site: countries (ISO 3166-1 via pycountry), thematic areas and
stakeholder types from the programme's own vocabulary, the priority criteria of the 1998 report, and the UN list of
least developed countries. Same ids everywhere (derived from codes), so they need no sync; headquarters' later edits
to them sync as ordinary changes. A profile upgraded from an older schema gets the rows it lacks when it opens."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from app.models.base import PROGRAMME_OWNER
from app.models.due import DUE_MONTHS, DUE_RULES
from app.models.ids import reference_id
from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS
from app.models.regions import REGIONS
from app.models.requests import LEAST_DEVELOPED_AS_OF, LEAST_DEVELOPED_COUNTRIES, PRIORITY_CRITERIA
from app.models.retention import POLICY_RULES, RETENTION_RULES
from app.services.store.entities import BY_NAME
from app.vocabulary.mechanism_lists import AFFECTED_GROUPS, SDG_TARGETS, TREATY_BODIES, UPR_CYCLES, sdg_goal

SEED_TIME = "2000-01-01T00:00:00.000Z"
SEEDED_TABLES = ("country", "thematic_area", "stakeholder_type", "priority_criterion", "country_profile",
                 "treaty_body", "upr_cycle", "sdg_target", "affected_group", "due_rule",
                 "retention_rule", "region")
SEED_AUTHOR = "FieldDesk"
# The lists headquarters extends (schema 0017): a seeded entry's translations ship with FieldDesk (app/vocabulary).
UNRETIRED = {"names": {}, "retired": False}


def _stamp(row: dict) -> dict:
    return {**row, "owner_office": PROGRAMME_OWNER, "created_at": SEED_TIME, "created_by": SEED_AUTHOR,
            "updated_at": SEED_TIME, "updated_by": SEED_AUTHOR, "deleted": False}


def reference_rows() -> dict[str, list[dict]]:
    import pycountry

    countries = [
        _stamp({"id": reference_id("country", c.alpha_2), "code": c.alpha_2, "alpha3": c.alpha_3, "name": c.name})
        for c in pycountry.countries
    ]
    themes = [
        _stamp({"id": reference_id("thematic_area", code), "code": code, "name": name, "sort_order": i,
                **UNRETIRED})
        for i, (code, name) in enumerate(THEMATIC_AREAS)
    ]
    stakeholders = [
        _stamp({"id": reference_id("stakeholder_type", code), "code": code, "name": name, "sort_order": i,
                **UNRETIRED})
        for i, (code, name) in enumerate(STAKEHOLDER_TYPES)
    ]
    criteria = [
        _stamp({"id": criterion_id(code), "code": code, "name": name, "description": description, "weight": weight,
                "evaluation": evaluation.value, "sort_order": i})
        for i, (code, name, description, weight, evaluation) in enumerate(PRIORITY_CRITERIA)
    ]
    profiles = [
        _stamp({"id": country_profile_id(code), "country_id": country_id(code), "least_developed": True,
                "in_transition": False, "as_of": LEAST_DEVELOPED_AS_OF,
                "notes": "UN list of least developed countries."})
        for code in LEAST_DEVELOPED_COUNTRIES
    ]
    listed = {table: [_stamp({"id": reference_id(table, code), "code": code, "name": name, "sort_order": i,
                              **UNRETIRED})
                      for i, (code, name) in enumerate(rows)]
              for table, rows in (("treaty_body", TREATY_BODIES), ("upr_cycle", UPR_CYCLES),
                                  ("affected_group", AFFECTED_GROUPS))}
    targets = [_stamp({"id": sdg_target_id(code), "code": code, "goal": sdg_goal(code), "name": name, "sort_order": i})
               for i, (code, name) in enumerate(SDG_TARGETS)]
    due_rules = [
        _stamp({"id": due_rule_id(code), "code": code, "name": name, "days": days, "period_months": months,
                "check_months": DUE_MONTHS.get(code, ""), "enabled": True, "sort_order": i})
        for i, (code, name, days, months) in enumerate(DUE_RULES)
    ]
    retention_rules = [
        _stamp({"id": reference_id("retention_rule", code), "code": code, "name": name, "months": months,
                "enabled": True, "sort_order": i})
        for i, (code, name, months) in enumerate(RETENTION_RULES)
    ]
    retention_rules += [
        _stamp({"id": reference_id("retention_rule", code), "code": code, "name": name, "months": 1,
                "enabled": False, "sort_order": len(RETENTION_RULES) + i})
        for i, (code, name) in enumerate(POLICY_RULES)
    ]
    regions = [_stamp({"id": region_id(code), "code": code, "name": name, "sort_order": i})
               for i, (code, name) in enumerate(REGIONS)]
    return {"region": regions, "country": countries, "thematic_area": themes, "stakeholder_type": stakeholders,
            "priority_criterion": criteria, "country_profile": profiles, **listed, "sdg_target": targets,
            "due_rule": due_rules, "retention_rule": retention_rules}


def seed_reference_data(conn: Connection) -> int:
    """Insert the reference rows this site lacks; returns how many were added."""
    added = 0
    for table_name, rows in reference_rows().items():
        table = BY_NAME[table_name].table
        present = set(conn.execute(select(table.c.id)).scalars())
        missing = [r for r in rows if r["id"] not in present]
        if missing:
            conn.execute(insert(table), missing)
            added += len(missing)
    return added


def country_id(code: str) -> str:
    return reference_id("country", code)


def region_id(code: str) -> str:
    """A UN M49 region's id (``"419"``: Latin America and the Caribbean), the same at every site."""
    return reference_id("region", code)


def theme_id(code: str) -> str:
    return reference_id("thematic_area", code)


def stakeholder_type_id(code: str) -> str:
    return reference_id("stakeholder_type", code)


def criterion_id(code: str) -> str:
    return reference_id("priority_criterion", code)


def country_profile_id(country_code: str) -> str:
    """The id of a country's facts: the same at every site, so headquarters' record and the seed are one record."""
    return reference_id("country_profile", country_code)


def treaty_body_id(code: str) -> str:
    return reference_id("treaty_body", code)


def upr_cycle_id(code: str) -> str:
    return reference_id("upr_cycle", code)


def sdg_target_id(code: str) -> str:
    return reference_id("sdg_target", code)


def affected_group_id(code: str) -> str:
    return reference_id("affected_group", code)


def due_rule_id(code: str) -> str:
    return reference_id("due_rule", code)
