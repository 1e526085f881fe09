"""Demo data for national human rights institutions: one institution in each of the five review countries, with its
regional offices, two or three GANHRI accreditation reviews (at headquarters, which records them: an office's demo
has none, as an office has none until headquarters' bundle brings them), Paris Principles concerns (those of the
latest review naming it) and links from the country's first project and two of its recommendations. The names and
laws are the real institutions'; the dates, statuses and concerns are illustrative. Deterministic."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from app.services.store.query import ListQuery
from app.services.store.seed import country_id

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.services.core import FieldDesk

# country -> (name, acronym, type, legal basis, established, website, regional offices, reviews, concerns)
INSTITUTIONS = {
    "BA": ("Institution of Human Rights Ombudsman of Bosnia and Herzegovina", "", "ombudsman",
           "Law on the Human Rights Ombudsman of Bosnia and Herzegovina (Official Gazette 32/00, amended 2006)",
           date(2001, 1, 1), "https://www.ombudsmen.gov.ba",
           [("Sarajevo", date(2004, 3, 1)), ("Mostar", date(2009, 5, 1))],
           [(date(2010, 3, 22), "a", date(2015, 3, 22)), (date(2017, 5, 15), "b", date(2022, 5, 15)),
            (date(2022, 10, 10), "a", date(2027, 10, 10))],
           ["The selection of the ombudspersons is not broad and participatory.",
            "Resources are not enough to cover its mandate in both entities."]),
    "GT": ("Procurador de los Derechos Humanos", "PDH", "ombudsman",
           "Constitution, articles 273 to 275; Decree 54-86 of Congress (Law of the Human Rights Commission of "
           "Congress and of the Human Rights Procurator)", date(1987, 8, 19), "https://www.pdh.org.gt",
           [("Quetzaltenango", date(1995, 6, 1)), ("Cobán", date(1998, 2, 1))],
           [(date(2013, 11, 4), "a", date(2018, 11, 4)), (date(2019, 3, 11), "a", date(2024, 3, 11))],
           ["Its budget has been cut after decisions unwelcome to the authorities.",
            "Threats against its staff are not investigated."]),
    "MW": ("Malawi Human Rights Commission", "MHRC", "commission",
           "Constitution, section 129; Human Rights Commission Act, 1998", date(1998, 1, 1),
           "https://www.mhrcmw.org", [("Mzuzu", date(2006, 7, 1)), ("Blantyre", date(2008, 4, 1))],
           [(date(2013, 5, 6), "b", date(2018, 5, 6)), (date(2019, 3, 11), "a", date(2024, 3, 11))],
           ["The law does not protect the commissioners from liability for acts in good faith."]),
    "MN": ("National Human Rights Commission of Mongolia", "NHRCM", "commission",
           "Law on the National Human Rights Commission of Mongolia, 2000 (revised 2020)", date(2001, 2, 1),
           "https://www.nhrcm.gov.mn", [("Darkhan", date(2012, 9, 1))],
           [(date(2016, 11, 14), "a", date(2021, 11, 14)), (date(2022, 3, 28), "a", date(2027, 3, 28))],
           ["The appointment of commissioners should be open to civil society."]),
    "RU": ("High Commissioner for Human Rights in the Russian Federation", "", "ombudsman",
           "Constitution, article 103; Federal Constitutional Law No. 1-FKZ of 26 February 1997", date(1997, 2, 26),
           "https://ombudsmanrf.org", [("Saint Petersburg", date(2015, 1, 1))],
           [(date(2008, 11, 3), "a", date(2013, 11, 3)), (date(2014, 10, 27), "a", date(2019, 10, 27)),
            (date(2020, 11, 30), "b", None)],
           ["It has not spoken out on the rights of human rights defenders and journalists.",
            "Its cooperation with civil society organisations has narrowed."]),
}


def add_institutions(fd: FieldDesk, add: Callable, owner: dict[str, str]) -> None:
    for cc, (name, acronym, kind, law, established, website, offices, reviews, concerns) in INSTITUTIONS.items():
        [institution] = add("institution", [{
            "name": name, "acronym": acronym, "country_id": country_id(cc), "institution_type": kind,
            "legal_basis": law, "established": established, "website": website,
            "contact": f"{website.removeprefix('https://')} (demo)"}], owner[cc])
        add("institution_office", [{"institution_id": institution, "place": place, "opened": opened}
                                   for place, opened in offices], owner[cc])
        latest = None
        if fd.site.is_hq:  # GANHRI's decisions are recorded by headquarters
            ids = add("institution_accreditation", [
                {"institution_id": institution, "review_date": day, "status": status, "next_review": next_day}
                for day, status, next_day in reviews], owner[cc])
            latest = ids[-1]
        add("institution_concern", [{"institution_id": institution, "text": text, "accreditation_id": latest,
                                     "raised_date": reviews[-1][0]} for text in concerns], owner[cc])
        _link(fd, cc, institution)


def _link(fd: FieldDesk, cc: str, institution: str) -> None:
    """The country's first project (by code) and two of its recommendations concern the institution."""
    where = ListQuery(filters={"country_id": country_id(cc)}, sort=("code",))
    projects = [r for r in fd.projects.matching_rows(where, ["country_id", "scope"])
                if r["country_id"] == country_id(cc)]
    for project in projects[:1]:
        fd.projects.update(project["id"], {"institution_id": institution})
    recommendations = fd.recommendations.matching_rows(
        ListQuery(filters={"country_id": country_id(cc)}, sort=("issued_date", "id")), ["country_id"])
    for recommendation in [r for r in recommendations if r["country_id"] == country_id(cc)][:2]:
        fd.recommendations.update(recommendation["id"], {"institution_id": institution})
