"""Demo data of the Human Rights Fellowship Programme: one cohort of four fellows from Guatemala, hosted at
headquarters: two completed (final reports in, followed up afterwards), one still in placement, one withdrawn."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from app.models.ids import new_id
from app.services.store.seed import country_id

COHORT = "2026 Indigenous Fellowship, Spanish section"
HOST = "OHCHR Geneva, Indigenous Peoples and Minorities Section"
OBJECTIVES = [
    "Use the treaty bodies and the Universal Periodic Review to raise indigenous peoples' rights",
    "Prepare a shadow report with the community's organisations",
    "Know the special procedures and how to send them a communication",
]


def add_fellowships(add: Callable[..., list[str]], fellows: list[str], owner: str) -> None:
    """``add(table, items, owner)`` creates records in the demo's transaction; ``fellows``: four participants."""
    first, second, third, fourth = fellows[:4]
    ids = [new_id() for _ in range(4)]
    base = {"cohort": COHORT, "host": HOST, "country_id": country_id("GT")}
    add("fellowship", [
        {**base, "id": ids[0], "participant_id": first, "placement_start": date(2026, 5, 4),
         "placement_end": date(2026, 7, 31), "status": "completed", "report_received": date(2026, 8, 14),
         "report_summary": "Followed the sessions of the Expert Mechanism on the Rights of Indigenous Peoples and "
                           "drafted, with the section, a guide to the treaty bodies in Spanish and K'iche'."},
        {**base, "id": ids[1], "participant_id": second, "placement_start": date(2026, 5, 4),
         "placement_end": date(2026, 7, 31), "status": "completed", "report_received": date(2026, 8, 21),
         "report_summary": "Prepared a communication to the Special Rapporteur on the rights of indigenous peoples "
                           "on land evictions, and a training plan for the community radio."},
        {**base, "id": ids[2], "participant_id": third, "placement_start": date(2026, 6, 1),
         "placement_end": date(2026, 10, 30), "status": "in_placement",
         "notes": "Started four weeks late: the visa came in May."},
        {**base, "id": ids[3], "participant_id": fourth, "status": "withdrawn",
         "notes": "Withdrew before the placement for family reasons; may apply again next year."},
    ], owner)
    met = {ids[0]: ["yes", "yes", "partly"], ids[1]: ["yes", "partly", "yes"], ids[2]: ["partly", "not_assessed",
                                                                                     "not_assessed"]}
    add("fellowship_objective", [
        {"fellowship_id": fid, "objective": text, "met": levels[n], "sort_order": n}
        for fid, levels in met.items() for n, text in enumerate(OBJECTIVES)], owner)
    add("fellowship_contact", [
        {"fellowship_id": ids[0], "contact_date": date(2026, 9, 3), "channel": "video",
         "current_role": "Coordinates the legal team of the Maya women's association in Quetzaltenango",
         "applies": "yes", "note": "Trained 25 community leaders on the treaty bodies with the guide she drafted."},
        {"fellowship_id": ids[0], "contact_date": date(2026, 9, 24), "channel": "email",
         "current_role": "Coordinates the legal team of the Maya women's association in Quetzaltenango",
         "applies": "yes", "note": "Sent the association's first shadow report to CERD."},
        {"fellowship_id": ids[1], "contact_date": date(2026, 9, 10), "channel": "phone",
         "current_role": "Back at the community radio; looking for funds for the training plan",
         "applies": "partly", "note": "The communication was sent; the training plan waits for funding."},
    ], owner)
