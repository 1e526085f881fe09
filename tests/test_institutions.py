"""National human rights institutions: the profile and its parts, the rules across records (dates, next review after
the review, links of the same country, a review another's), who may record an accreditation, the current status (the
latest review's) and the list filter on it, and the work linked to an institution."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.validation import ValidationFailed
from app.services.errors import NotAllowed
from app.services.programme.institutions import create_institution, linked_work, of_country, owner_for_country, standing
from app.services.store.query import ListQuery
from app.services.store.seed import country_id

GT, MW = country_id("GT"), country_id("MW")


def problem_codes(caught) -> set[str]:
    return {getattr(p.message, "code", p.message) for p in caught.value.problems}


def pdh(fd) -> str:
    return create_institution(fd, {"name": "Procurador de los Derechos Humanos", "acronym": "PDH", "country_id": GT,
                                   "institution_type": "ombudsman", "established": date(1985, 5, 31),
                                   "legal_basis": "Constitution, art. 273; Decree 54-86"})


def test_current_status_is_the_latest_review_and_filters_the_list(hq):
    gt = pdh(hq)
    assert owner_for_country(hq, GT) == "HQ"  # no Guatemala office recorded at this headquarters
    other = create_institution(hq, {"name": "Malawi Human Rights Commission", "country_id": MW})
    assert standing(hq, gt).status == "not_reviewed"
    hq.institution_accreditations.create({"institution_id": gt, "review_date": date(2017, 11, 15), "status": "a",
                                          "next_review": date(2022, 11, 15)})
    hq.institution_accreditations.create({"institution_id": gt, "review_date": date(2023, 3, 20), "status": "b"})
    hq.institution_accreditations.create({"institution_id": other, "review_date": date(2019, 3, 1), "status": "a"})
    now = standing(hq, gt)
    assert (now.status, now.review_date, now.next_review) == ("b", date(2023, 3, 20), None)
    assert hq.institutions.ids(ListQuery(filters={"accreditation": "b"})) == [gt]
    assert hq.institutions.ids(ListQuery(filters={"accreditation": "a"})) == [other]
    fresh = create_institution(hq, {"name": "Instituto nuevo", "country_id": GT})
    assert hq.institutions.ids(ListQuery(filters={"accreditation": "not_reviewed"})) == [fresh]
    assert [name for _id, name in of_country(hq, GT)] == ["Instituto nuevo", "Procurador de los Derechos Humanos (PDH)"]


def test_dates_and_reviews_must_be_in_order(hq):
    gt = pdh(hq)
    with pytest.raises(ValidationFailed) as caught:
        hq.institution_accreditations.create({"institution_id": gt, "review_date": date(2020, 5, 1), "status": "a",
                                              "next_review": date(2020, 5, 1)})
    assert problem_codes(caught) == {"next_review_after"}
    with pytest.raises(ValidationFailed) as caught:
        hq.institution_accreditations.create({"institution_id": gt, "review_date": date(1980, 5, 1), "status": "a"})
    assert problem_codes(caught) == {"before_established"}
    with pytest.raises(ValidationFailed) as caught:
        hq.institution_offices.create({"institution_id": gt, "place": "Quetzaltenango", "opened": date(1984, 1, 1)})
    assert problem_codes(caught) == {"before_established"}
    with pytest.raises(ValidationFailed) as caught:
        hq.institution_concerns.create({"institution_id": gt, "text": "Selection not transparent",
                                        "raised_date": date(2023, 3, 20), "addressed_date": date(2022, 1, 1)})
    assert problem_codes(caught) == {"date_order"}
    other = create_institution(hq, {"name": "Malawi Human Rights Commission", "country_id": MW})
    review = hq.institution_accreditations.create({"institution_id": other, "review_date": date(2019, 3, 1),
                                                   "status": "a"})
    with pytest.raises(ValidationFailed) as caught:
        hq.institution_concerns.create({"institution_id": gt, "text": "Funding", "accreditation_id": review})
    assert problem_codes(caught) == {"review_of_another_institution"}
    assert hq.institution_concerns.count() == 0 and hq.institution_offices.count() == 0


def test_links_are_to_an_institution_of_the_records_country(hq):
    gt = pdh(hq)
    project = hq.projects.create({"code": "GT-01", "title": "Ombudsman support", "country_id": GT,
                                  "institution_id": gt})
    with pytest.raises(ValidationFailed) as caught:
        hq.projects.create({"code": "MW-01", "title": "Elsewhere", "country_id": MW, "institution_id": gt})
    assert problem_codes(caught) == {"institution_other_country"}
    with pytest.raises(ValidationFailed) as caught:
        hq.projects.create({"code": "XX-01", "title": "Nowhere", "institution_id": gt})
    assert problem_codes(caught) == {"institution_needs_country"}
    with pytest.raises(ValidationFailed) as caught:
        hq.projects.update(project, {"country_id": MW})
    assert problem_codes(caught) == {"institution_other_country"}
    with pytest.raises(ValidationFailed) as caught:
        hq.institutions.update(gt, {"country_id": MW})
    assert problem_codes(caught) == {"institution_country_in_use"}
    recommendation = hq.recommendations.create({"text": "Guarantee the Ombudsman's budget", "country_id": GT,
                                                "institution_id": gt, "issued_date": date(2023, 5, 1)})
    partner = hq.partners.create({"name": "Procuraduría", "kind": "nhri", "country_id": GT, "institution_id": gt})
    with pytest.raises(ValidationFailed) as caught:  # the coordination register's partner of another country
        hq.partners.update(partner, {"country_id": MW})
    assert problem_codes(caught) == {"institution_other_country"}
    work = linked_work(hq, gt)
    assert [w.record_id for w in work["project"]] == [project]
    assert [w.record_id for w in work["recommendation"]] == [recommendation]
    hq.projects.delete(project)
    assert linked_work(hq, gt)["project"] == []


def test_an_office_records_its_institution_and_reads_the_accreditation(fd):
    gt = pdh(fd)
    assert fd.institutions.get_row(gt)["owner_office"] == "GT-01"
    fd.institution_offices.create({"institution_id": gt, "place": "Cobán", "opened": date(1999, 2, 1)})
    with pytest.raises(NotAllowed):
        fd.institution_accreditations.create({"institution_id": gt, "review_date": date(2023, 3, 20), "status": "a"})


def test_a_projects_history_names_its_institution(hq):
    from app.services.store.history import record_history, referenced_names

    gt = pdh(hq)
    project = hq.projects.create({"code": "GT-02", "title": "Regional offices", "country_id": GT})
    hq.projects.update(project, {"institution_id": gt})
    entries = record_history(hq, "project", project)
    assert referenced_names(hq, entries) == {gt: "Procurador de los Derechos Humanos"}
