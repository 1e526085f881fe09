"""The demo's coordination register: the agencies and donors headquarters keeps, national partners, and who does
what where in the demo's countries. In Guatemala, an officer about to plan a training for judges sees that UNDP runs
a justice programme there and that the European Union plans judicial training next year."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.services.store.seed import country_id, stakeholder_type_id, theme_id

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# acronym -> (name, kind, country or None, website)
PARTNERS = {
    "UNDP": ("United Nations Development Programme", "un_agency", None, "https://www.undp.org"),
    "UNICEF": ("United Nations Children's Fund", "un_agency", None, "https://www.unicef.org"),
    "UN Women": ("United Nations Entity for Gender Equality and the Empowerment of Women", "un_agency", None,
                 "https://www.unwomen.org"),
    "EU": ("European Union", "donor", None, "https://www.eeas.europa.eu"),
    "Norway": ("Norwegian Ministry of Foreign Affairs", "donor", None, "https://www.regjeringen.no"),
    "OSCE": ("Organization for Security and Co-operation in Europe", "other", None, "https://www.osce.org"),
    "PDH": ("Procuraduría de los Derechos Humanos", "nhri", "GT", ""),
    "AJG": ("Asociación de Jueces por la Integridad", "ngo", "GT", ""),
}

# country -> (partner, title, stage, start, end, themes, target groups, amount, currency, contact, outcome, source,
#             as of)
ACTIVITIES = {
    "GT": [
        ("UNDP", "Access to justice and rule of law programme", "existing", date(2024, 1, 1), date(2027, 12, 31),
         ["justice"], ["judiciary", "government"], 4_500_000, "USD", "Programme officer, rule of law",
         "Outcome 3: institutions are strengthened and people have access to justice and security",
         "UN country team: who does what where", date(2026, 6, 15)),
        ("EU", "Judicial training on fair trial standards and cases of violence against women", "planned",
         date(2027, 2, 1), date(2028, 6, 30), ["justice"], ["judiciary"], 1_200_000, "EUR",
         "EU Delegation, governance section", "Outcome 3: institutions are strengthened and people have access to "
         "justice and security", "Donor coordination meeting", date(2026, 9, 10)),
        ("UN Women", "Reparation for survivors of the armed conflict, with a gender approach", "existing",
         date(2025, 3, 1), date(2027, 2, 28), ["victims_compensation"], ["ngo", "government"], None, "", "",
         "Outcome 2: no one is left behind", "UN country team: who does what where", date(2026, 6, 15)),
        ("UNICEF", "Human rights and citizenship in the school curriculum", "existing", date(2025, 1, 15),
         date(2026, 12, 31), ["education"], ["government"], 650_000, "USD", "", "Outcome 2: no one is left behind",
         "UN country team: who does what where", date(2026, 6, 15)),
        ("AJG", "Peer network of judges on judicial independence", "existing", date(2023, 6, 1), None,
         ["justice"], ["judiciary"], None, "", "", "", "Meeting with the association", date(2026, 5, 20)),
        ("PDH", "Regional offices' complaint handling", "planned", date(2027, 1, 1), date(2027, 12, 31), ["nhri"],
         ["nhri"], 180_000, "GTQ", "", "", "Annual plan of the institution", date(2026, 8, 1)),
    ],
    "MW": [
        ("UNDP", "Strengthening the Malawi Human Rights Commission", "existing", date(2024, 7, 1),
         date(2027, 6, 30), ["nhri"], ["nhri"], 900_000, "USD", "", "Outcome 1: effective institutions",
         "UN country team: who does what where", date(2026, 4, 30)),
        ("Norway", "Paralegal services in prisons", "planned", date(2027, 1, 1), date(2028, 12, 31), ["justice"],
         ["prison"], 2_000_000, "NOK", "", "", "Embassy of Norway", date(2026, 7, 1)),
    ],
    "BA": [
        ("OSCE", "Trial monitoring of war crimes cases", "existing", date(2022, 1, 1), None, ["justice"],
         ["judiciary"], None, "", "", "", "OSCE Mission annual report", date(2026, 3, 1)),
        ("EU", "Support to the Ombudsman institution", "planned", date(2027, 4, 1), date(2029, 3, 31), ["nhri"],
         ["nhri"], 1_500_000, "EUR", "", "", "Donor coordination meeting", date(2026, 9, 1)),
    ],
    "MN": [
        ("UNDP", "Support to the national human rights action plan", "existing", date(2025, 1, 1),
         date(2026, 12, 31), ["action_plans"], ["government", "parliament"], 400_000, "USD", "", "",
         "UN country team: who does what where", date(2026, 5, 15)),
    ],
}


class CoordinationDemo:
    """Adds the partners once (owned by the site, as headquarters' list is), then each country's activities."""

    def __init__(self, fd: FieldDesk, add):
        self.fd, self.add = fd, add
        self.partner_ids: dict[str, str] = {}

    def _partners(self) -> dict[str, str]:
        if not self.partner_ids:
            acronyms = list(PARTNERS)
            ids = self.add("partner", [
                {"name": name, "acronym": acronym, "kind": kind, "country_id": country_id(cc) if cc else None,
                 "website": site} for acronym, (name, kind, cc, site) in PARTNERS.items()])
            self.partner_ids = dict(zip(acronyms, ids, strict=True))
        return self.partner_ids

    def activities(self, cc: str, owner: str) -> None:
        rows = ACTIVITIES.get(cc)
        if not rows:
            return
        partners = self._partners()
        self.add("partner_activity", [
            {"partner_id": partners[p], "title": title, "country_id": country_id(cc), "stage": stage,
             "start_date": start, "end_date": end, "theme_ids": [theme_id(t) for t in themes],
             "target_group_ids": [stakeholder_type_id(g) for g in groups], "amount": amount, "currency": currency,
             "contact_person": contact, "framework_outcome": outcome, "info_source": source, "info_date": as_of}
            for p, title, stage, start, end, themes, groups, amount, currency, contact, outcome, source, as_of
            in rows], owner)
