"""Certificates to hand out: only the issued ones of a held activity, pages of their own design (no running header or
footer), a stable number per enrolment that finds it again, and wording that agrees with the participant's sex."""

from __future__ import annotations

import json
import re

import pytest
from report_helpers import REPORT_DAY, pdf_pages

from app.reports import build_report
from app.reports.certificates import find_certificate
from app.reports.lookups import ReportRefused
from app.services import ListQuery
from app.services.store.seed import country_id

NUMBER = re.compile(r"Certificate No\. ([A-Z]{2}-\d{2}-\d{4}-[A-Z2-7]{6})")


def _mixed_training(fd) -> tuple[str, list]:
    """A completed demo activity where some enrolments have a certificate issued and some not."""
    for training_id in fd.trainings.ids(ListQuery(filters={"status": "completed"})):
        enrolments = fd.enrollments.list(ListQuery(filters={"training_id": training_id})).rows
        issued = [e for e in enrolments if e.certificate_issued]
        if 0 < len(issued) < len(enrolments):
            return training_id, issued
    raise AssertionError("the demo data has no activity with some certificates not issued")


def test_one_certificate_per_issued_enrolment_without_running_header_and_with_a_stable_number(demo, tmp_path):
    training_id, issued = _mixed_training(demo)
    training = demo.trainings.get(training_id)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    result = build_report(demo, "certificates", first, record_id=training_id, generated_on=REPORT_DAY)
    pages = pdf_pages(first)
    assert result.pages == len(pages) == len(issued)
    names = {p["full_name"] for p in demo.participants.rows([e.participant_id for e in issued], ["full_name"])}
    assert all(any(n in page for page in pages) for n in names)  # one page each (names may contain others)
    for page in pages:
        assert "Page 1 of" not in page and "Generated" not in page  # no running footer
        assert f"Certificate of participation: {training.title}" not in page  # no running header
        assert "Human Rights Technical Cooperation Programme" in page and "Guatemala office (GT-01)" in page
    numbers = [NUMBER.search(page).group(1) for page in pages]
    assert len(set(numbers)) == len(numbers)
    assert all(n.startswith(f"GT-01-{training.start_date.year}-") for n in numbers)
    build_report(demo, "certificates", second, record_id=training_id, generated_on=REPORT_DAY)
    assert [NUMBER.search(page).group(1) for page in pdf_pages(second)] == numbers
    found = find_certificate(demo, numbers[0].lower())
    assert found and found[0] == training_id and found[1] in {e.participant_id for e in issued}
    assert find_certificate(demo, "GT-01-1999-AAAAAA") is None


def _course(fd, status: str, title: str = "Course on fair trial guarantees", form: str = "training_course") -> str:
    return fd.trainings.create({"title": title, "form": form, "country_id": country_id("GT"), "venue": "Antigua",
                                "start_date": "2026-03-02", "end_date": "2026-03-04", "status": status})


@pytest.mark.parametrize("status", ["planned", "cancelled"])
def test_an_activity_not_held_gets_a_plain_message_not_certificates(fd, tmp_path, status):
    course = _course(fd, status)
    person = fd.participants.create({"full_name": "Ana López"})
    fd.enrollments.create({"training_id": course, "participant_id": person, "certificate_issued": True})
    out = tmp_path / "c.pdf"
    with pytest.raises(ReportRefused, match=f"This activity is {status}, not held"):
        build_report(fd, "certificates", out, record_id=course)
    assert not out.exists()


def test_a_held_activity_with_no_certificate_issued_says_so(fd, tmp_path):
    course = _course(fd, "completed")
    person = fd.participants.create({"full_name": "Ana López"})
    fd.enrollments.create({"training_id": course, "participant_id": person})
    with pytest.raises(ReportRefused, match="No certificate is marked as issued"):
        build_report(fd, "certificates", tmp_path / "c.pdf", record_id=course)


def test_the_form_is_not_repeated_and_the_wording_agrees_with_the_sex(fd, tmp_path):
    course = _course(fd, "completed", "Семинар по правам человека", "seminar")
    people = fd.participants.create_many([{"full_name": "Анна Петрова", "sex": "female"},
                                          {"full_name": "Борис Иванов", "sex": "male"},
                                          {"full_name": "Саша Ким"}])
    fd.enrollments.create_many([{"training_id": course, "participant_id": p, "certificate_issued": True}
                                for p in people])
    out = tmp_path / "c.pdf"
    build_report(fd, "certificates", out, record_id=course, lang="ru")
    anna, boris, sasha = (" ".join(page.split()) for page in pdf_pages(out))
    assert "Анна Петрова" in anna and "приняла участие" in anna
    assert "Борис Иванов" in boris and "принял участие" in boris
    assert "Саша Ким" in sasha and "принял(а) участие" in sasha
    assert "Семинар «Семинар" not in anna and "«Семинар по правам человека»" in anna
    assert "(дней: 3)" in anna


def test_the_office_looks_up_a_certificate_by_its_number(demo_profile, capsys):
    """``fielddesk certificate NUMBER``: exit 0 and who and what for a number this office issued, typed in any case;
    exit 1 for a number it did not issue; exit 2 for text that is no certificate number."""
    from app.cli import main
    from app.reports.certificates import certificate_number
    from app.services import FieldDesk

    with FieldDesk.open(demo_profile) as fd:
        training_id, issued = _mixed_training(fd)
        training = fd.trainings.get(training_id)
        person = fd.participants.get(issued[0].participant_id)
        number = certificate_number("GT-01", training.start_date.year, training_id, person.id)
    profile = ["--profile", str(demo_profile)]
    assert main([*profile, "certificate", number.lower()]) == 0
    out = capsys.readouterr().out
    assert f"Certificate {number} was issued by GT-01 to {person.full_name}" in out and training.title in out
    assert main([*profile, "certificate", number, "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["found"] and found["certificate"]["participant_id"] == person.id
    assert found["certificate"]["training_id"] == training_id
    assert main([*profile, "certificate", f"GT-01-{training.start_date.year}-AAAAAA"]) == 1
    assert "No certificate" in capsys.readouterr().out
    assert main([*profile, "certificate", "=HYPERLINK(1)"]) == 2
    assert "is not a certificate number" in capsys.readouterr().err


def _line_heights(path) -> dict[str, float]:
    """The height on the first page of each line of text, by its first words."""
    from pypdf import PdfReader

    found: dict[str, float] = {}

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.setdefault(text.strip(), tm[5] * cm[3] + cm[5])

    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return found


def test_a_short_certificate_fills_its_page_down_to_the_signatures(fd, tmp_path):
    course = _course(fd, "completed")
    person = fd.participants.create({"full_name": "Ana López"})
    fd.enrollments.create({"training_id": course, "participant_id": person, "certificate_issued": True})
    out = tmp_path / "c.pdf"
    build_report(fd, "certificates", out, record_id=course)
    heights = _line_heights(out)
    dates = next(y for text, y in heights.items() if text.startswith("from 2 March 2026"))
    signature = heights["Signature"]
    assert dates - signature < 40 * 72 / 25.4, "a blank band of more than 4 cm above the signatures"
    assert dates - signature > 15 * 72 / 25.4, "the text runs into the signature lines"
