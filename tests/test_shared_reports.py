"""Reports for sharing and reports for the person (app/reports/sharing.py): a participant who did not consent to
share their name appears under the pseudonym, without organisation, in the training and fellowships reports, and
by name on the attendance sheet and the certificates; under headquarters' policy, nobody is named in a report for
sharing (the pseudonym's code is looked for: a table cell may wrap it). The text is read from the PDF with pdftotext
(pypdf where poppler is missing)."""

from __future__ import annotations

from datetime import date

from app.models.ids import reference_id
from app.reports import build_report
from app.reports.kinds import REPORT_KINDS
from app.services.privacy.pseudonyms import pseudonym_of
from app.services.store.seed import country_id
from tests.reports.typesetting import layout_lines

PERSON_KINDS = {"attendance", "certificates", "fellowship_certificate", "subject_access"}


def _text(fd, tmp_path, kind: str, **kw) -> str:
    out = tmp_path / f"{kind}.pdf"
    build_report(fd, kind, out, **kw)
    return "\n".join(layout_lines(out))


def _people(fd) -> tuple[str, str, str]:
    training = fd.trainings.create({"title": "Fair trial", "country_id": country_id("GT"), "status": "completed",
                                    "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 3)})
    withheld = fd.participants.create({"full_name": "Xiomara Withheld", "sex": "female", "country_id": country_id("GT"),
                                       "organisation": "Bufete Reservado", "consent_share_name": False})
    shared = fd.participants.create({"full_name": "Rosa Shared", "sex": "female", "country_id": country_id("GT"),
                                     "organisation": "Shared Defenders"})
    for pid in (withheld, shared):
        fd.enrollments.create({"training_id": training, "participant_id": pid, "certificate_issued": True})
        fd.fellowships.create({"participant_id": pid, "cohort": "2027 Minorities Fellowship",
                               "country_id": country_id("GT")})
    return training, withheld, shared


def test_every_report_kind_says_who_it_is_for():
    assert {k.audience for k in REPORT_KINDS.values()} == {"shared", "person"}
    assert {key for key, k in REPORT_KINDS.items() if k.audience == "person"} == PERSON_KINDS


def test_reports_for_sharing_use_the_pseudonym_and_reports_for_the_person_name_them(fd, tmp_path):
    training, withheld, _shared = _people(fd)
    report = _text(fd, tmp_path, "training", record_id=training)
    assert "Shared Defenders" in report and "Reservado" not in report
    fellows = _text(fd, tmp_path, "fellowships")
    assert "Rosa Shared" in fellows and pseudonym_of(fd, withheld).split()[1] in fellows and "Xiomara" not in fellows
    for kind in ("attendance", "certificates"):
        assert "Xiomara Withheld" in _text(fd, tmp_path, kind, record_id=training), kind


def test_under_headquarters_policy_nobody_is_named_in_a_report_for_sharing(fd, tmp_path):
    from sqlalchemy import update

    from app.models import RetentionRule

    training, _withheld, shared = _people(fd)
    with fd.writing() as w:  # as the policy arrives from headquarters (its governance refuses an office's edit)
        w.conn.execute(update(RetentionRule.__table__).where(
            RetentionRule.__table__.c.id == reference_id("retention_rule", "names_stay_in_offices"))
            .values(enabled=True))
    fellows = _text(fd, tmp_path, "fellowships")
    assert "Rosa" not in fellows and pseudonym_of(fd, shared).split()[1] in fellows
    assert "Shared Defenders" not in _text(fd, tmp_path, "training", record_id=training)
    assert "Rosa Shared" in _text(fd, tmp_path, "certificates", record_id=training)


def test_the_offices_own_setting_covers_its_reports_and_spreadsheets(fd, tmp_path):
    """"This office sends every participant under a pseudonym" covers what it shares outwards, as headquarters'
    policy does: reports for sharing and spreadsheets (the participants' sheet, the people an enrolment or a
    fellowship refers to, a withheld fellow's free text), while the certificates handed to the person name them."""
    import zipfile

    from app.services.privacy.office_pseudonyms import set_in_use
    from app.services.store.query import ListQuery
    from app.spreadsheets.export import export_table

    training, withheld, shared = _people(fd)
    [fellowship] = fd.fellowships.ids(ListQuery(filters={"participant_id": withheld}))
    fd.fellowships.update(fellowship, {"notes": "Xiomara asked for Geneva"})
    fd.fellowship_contacts.create({"fellowship_id": fellowship, "contact_date": date(2027, 9, 1),
                                   "current_role": "Xiomara's own law firm"})

    def sheets() -> bytes:
        text = b""
        for table in ("participant", "enrollment", "fellowship", "fellowship_contact"):
            export_table(fd, table, tmp_path / f"{table}.xlsx")
            with zipfile.ZipFile(tmp_path / f"{table}.xlsx") as z:
                text += b"".join(z.read(n) for n in z.namelist())
        return text

    text = sheets()
    assert b"Rosa Shared" in text and b"Xiomara" not in text, "without consent: neither named nor written about"
    assert "Xiomara" not in _text(fd, tmp_path, "fellowships")

    assert set_in_use(fd, True) == 2
    fellows = _text(fd, tmp_path, "fellowships")
    assert "Rosa" not in fellows and pseudonym_of(fd, shared).split()[1] in fellows
    assert "Shared Defenders" not in _text(fd, tmp_path, "training", record_id=training)
    assert "Rosa Shared" in _text(fd, tmp_path, "certificates", record_id=training)
    text = sheets()
    assert b"Rosa" not in text and b"Shared Defenders" not in text and b"Xiomara" not in text
    assert pseudonym_of(fd, shared).encode() in text
