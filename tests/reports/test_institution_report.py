"""A national institution's report: the profile, the accreditation history with the current status (the latest
review's), the concerns (open ones said so, with the review that raised them), the regional offices and the work
linked to it by year; in French too; a deleted institution is refused in plain words."""

from __future__ import annotations

from datetime import date

import pytest
from report_helpers import pdf_text

from app.reports import build_report
from app.reports.lookups import ReportRefused
from app.services.store.seed import country_id

GT = country_id("GT")


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


@pytest.fixture
def pdh(hq):
    institution = hq.institutions.create({
        "name": "Procurador de los Derechos Humanos", "acronym": "PDH", "country_id": GT,
        "institution_type": "ombudsman", "established": date(1987, 8, 19),
        "legal_basis": "Constitution, articles 273 to 275; Decree 54-86"})
    hq.institution_accreditations.create({"institution_id": institution, "review_date": date(2013, 11, 4),
                                          "status": "a", "next_review": date(2018, 11, 4)})
    latest = hq.institution_accreditations.create({"institution_id": institution, "review_date": date(2019, 3, 11),
                                                   "status": "b", "next_review": date(2024, 3, 11)})
    hq.institution_concerns.create({"institution_id": institution, "accreditation_id": latest,
                                    "text": "Its budget was cut after unwelcome decisions.",
                                    "raised_date": date(2019, 3, 11)})
    hq.institution_offices.create({"institution_id": institution, "place": "Quetzaltenango",
                                   "opened": date(1995, 6, 1)})
    hq.projects.create({"code": "GT-2021-03", "title": "Support to the Ombudsman's regional offices",
                        "country_id": GT, "institution_id": institution, "start_date": date(2021, 1, 1)})
    hq.recommendations.create({"text": "Guarantee the Procurator's budget", "country_id": GT,
                               "institution_id": institution, "issued_date": date(2023, 5, 2),
                               "document_symbol": "CCPR/C/GTM/CO/4"})
    return institution


def test_the_report_holds_the_profile_history_concerns_and_work_by_year(hq, pdh, tmp_path):
    out = tmp_path / "institution.pdf"
    build_report(hq, "institution", out, record_id=pdh)
    text = flat(out)
    for needle in ("National human rights institution", "Procurador de los Derechos Humanos (PDH)", "Guatemala",
                   "Ombudsman", "Decree 54-86", "19 August 1987",
                   "Current accreditation B: partially compliant (review of 11 March 2019)",
                   "GANHRI accreditation history", "4 November 2013 A: fully compliant 4 November 2018 0",
                   "11 March 2019 B: partially compliant 11 March 2024 1",
                   "Its budget was cut after unwelcome decisions. Accreditation review of 11 March 2019",
                   "Open", "Quetzaltenango 1 June 1995",
                   "Projects: 1. Missions: 0. Training activities: 0. Recommendations: 1.",
                   "2023 Kind Reference Title Date Status Recommendation CCPR/C/GTM/CO/4",
                   "2021 Kind Reference Title Date Status Project GT-2021-03"):
        assert needle in text, needle
    assert text.index("2023 Kind") < text.index("2021 Kind")  # the latest year first
    build_report(hq, "institution", out, record_id=pdh, lang="fr")
    text = flat(out)
    assert "Historique de l’accréditation par la GANHRI" in text and "En suspens" in text
    assert "B : partiellement conforme (examen du 11 mars 2019)" in text


def test_a_deleted_institution_is_refused(hq, pdh, tmp_path):
    hq.institutions.delete(pdh)
    with pytest.raises(ReportRefused, match="was deleted"):
        build_report(hq, "institution", tmp_path / "gone.pdf", record_id=pdh)
    assert hq.institution_accreditations.count() == 0  # its reviews went with it
