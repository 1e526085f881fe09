"""Demo grants: four grants to NGOs and national institutions under the demo's projects (Guatemala, Malawi, Bosnia and
Herzegovina), with their tranches and reports as of the demo's day. Guatemala's NGO grant has tranche 2 not yet
paid and its narrative report overdue: what a field office is told on opening the grant."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from app.services.store.seed import country_id
from app.services.store.transitions import date_next_create, transition

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# country -> [(grantee, kind, amount, currency, purpose, contact, start, status, tranches, reports)]
# tranches: (amount, due in days after the start, paid days after the start or None)
# reports: (kind, due in days after the start, received days after the start or None, accepted or None)
GRANTS = {
    "GT": [("Colectivo Madre Tierra", "ngo", 30000, "USD",
            "Legal aid and accompaniment for indigenous women bringing cases before the courts of Alta Verapaz.",
            "María Caal, coordinator", date(2026, 1, 15), "active",
            [(12000, 15, 20), (12000, 200, None), (6000, 400, None)],
            [("narrative", 180, None, None), ("financial", 180, 178, 190)]),
           ("Procuraduría de los Derechos Humanos", "nhri", 45000, "USD",
            "Monitoring of places of detention by the national institution's regional offices.",
            "Unidad de cooperación", date(2025, 6, 1), "active",
            [(20000, 10, 12), (25000, 300, 305)],
            [("narrative", 365, 360, 372), ("financial", 365, 362, None)])],
    "MW": [("Malawi Human Rights Commission", "nhri", 25000, "USD",
            "Complaints handling training for the Commission's district officers.",
            "Director of Complaints", date(2025, 11, 1), "active",
            [(15000, 5, 9), (10000, 420, None)],
            [("narrative", 500, None, None), ("financial", 500, None, None)])],
    "BA": [("Vaša prava BiH", "ngo", 18000, "EUR",
            "Free legal aid to returnees on property and pension claims.",
            "Legal aid coordinator", date(2024, 3, 1), "closed",
            [(9000, 10, 14), (9000, 200, 210)],
            [("narrative", 400, 395, 410), ("financial", 400, 399, 412)])],
}


def demo_grants(fd: FieldDesk, cc: str, project_id: str, today: date) -> None:
    for (grantee, kind, amount, currency, purpose, contact, start, status, tranches,
         reports) in GRANTS.get(cc, []):
        with fd.writing() as w:
            date_next_create(w, "grant_award", start - timedelta(days=60), "Proposal received.")
            grant = fd.grants.create({
                "project_id": project_id, "grantee_name": grantee, "grantee_kind": kind,
                "grantee_country_id": country_id(cc), "amount": amount, "currency": currency, "purpose": purpose,
                "contact": contact, "start_date": start, "end_date": start + timedelta(days=540)})
        steps = [("approved", start - timedelta(days=30), "Approved by the Fund."),
                 ("active", start, "Grant agreement signed."),
                 ("closed", start + timedelta(days=420), "Final reports accepted.")]
        for to, day, note in steps:
            transition(fd, "grant_award", grant, to, on=day, note=note)
            if to == status:
                break

        def day(offset: int | None, start: date = start) -> date | None:
            """The day ``offset`` days after the start, if it has come by the demo's day."""
            if offset is None or start + timedelta(days=offset) > today:
                return None
            return start + timedelta(days=offset)

        fd.grant_tranches.create_many([
            {"grant_id": grant, "number": n, "amount": value, "due_date": start + timedelta(days=due),
             "paid": day(paid) is not None, "paid_date": day(paid)}
            for n, (value, due, paid) in enumerate(tranches, start=1)])
        fd.grant_reports.create_many([
            {"grant_id": grant, "kind": what, "due_date": start + timedelta(days=due), "received_date": day(got),
             "accepted_date": day(accepted) if day(got) else None}
            for what, due, got, accepted in reports])
