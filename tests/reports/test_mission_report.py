"""The mission report as a mission lead hands it in: what stakeholders said, who prepared it and room to approve it,
no cover page left blank; and printed status histories name people, never operating-system accounts."""

from __future__ import annotations

from datetime import date

from report_helpers import REPORT_DAY, pdf_pages, pdf_text, reported_mission

from app.reports import build_report
from app.services import FieldDesk, ListQuery
from app.services.profile import site_settings
from app.services.store.seed import country_id, theme_id
from app.services.store.transitions import transition


def flat(text: str) -> str:
    return " ".join(text.split())


def test_meeting_summaries_prepared_by_and_approval_and_no_blank_cover(demo, tmp_path):
    mission_id = reported_mission(demo)
    meetings = demo.meetings.list(ListQuery(filters={"mission_id": mission_id})).rows
    demo.meetings.update(meetings[0].id, {"summary": "The ministry asked for help drafting a law on torture."})
    lead = next(m for m in demo.mission_members.list(ListQuery(filters={"mission_id": mission_id})).rows if m.is_lead)
    out = tmp_path / "mission.pdf"
    build_report(demo, "mission", out, record_id=mission_id, generated_on=REPORT_DAY)
    pages = [flat(p) for p in pdf_pages(out)]
    text = " ".join(pages)
    assert "What stakeholders said" in text
    assert "The ministry asked for help drafting a law on torture." in text
    assert f"{' '.join(meetings[0].organisation.split())} (" in text.split("What stakeholders said")[1]
    assert f"Prepared by {lead.staff_name}" in text
    assert "Preparation and approval" in text and "Approved by Name and title" in text and "Signature" in text
    assert "Terms of reference" in pages[0]  # the cover's facts are followed by the report, not by a blank page


def _request_with_history(fd) -> str:
    rid = fd.requests.create({"title": "Training of prison staff", "requesting_authority": "Ministry of Justice",
                              "country_id": country_id("MW"), "received_date": date(2026, 1, 12),
                              "theme_ids": [theme_id("justice")], "reference": "MJ/2026/14",
                              "channel": "note_verbale"})
    transition(fd, "assistance_request", rid, "under_assessment", on=date(2026, 2, 2), note="Desk review")
    return rid


def test_status_histories_name_people_not_accounts(field_profile, tmp_path):
    out = tmp_path / "request.pdf"
    with FieldDesk.open(field_profile, author="root") as fd:
        rid = _request_with_history(fd)
        build_report(fd, "request", out, record_id=rid)
        text = flat(pdf_text(out))
        assert "Under assessment Guatemala office (GT-01) Desk review" in text and "root" not in text
        site_settings.set_author_name(fd, "Ana  Ruiz")  # this profile's author, root, is Ana Ruiz
        build_report(fd, "request", out, record_id=rid)
        assert "Under assessment Ana Ruiz Desk review" in flat(pdf_text(out))
    with FieldDesk.open(field_profile, author="María López") as fd:  # a name recorded with FIELDDESK_USER
        rid = _request_with_history(fd)
        build_report(fd, "request", out, record_id=rid)
        assert "Under assessment María López Desk review" in flat(pdf_text(out))
