"""Fellowships across sites (headquarters on SQLite and PostgreSQL): an office's fellowship with its objectives,
follow-up contacts and final report reaches headquarters whole; erasing the fellow at the office scrubs the personal
text of their fellowship and removes its final report at both sites, even an edit headquarters made meanwhile,
while the fellowship still counts."""

from __future__ import annotations

import hashlib
from datetime import date

from app.services import ListQuery
from app.services.privacy.erasure import erase_participant
from app.services.programme.fellowships import fellows_by_sex, report_rows
from app.services.programme.stats import Period
from app.services.store.seed import country_id

SECRET = "Tz'utujil"  # in the report's summary, a contact's words, an objective's note and the report's file


def test_a_fellowship_travels_and_its_fellow_s_erasure_scrubs_it_everywhere(net, tmp_path):
    from app.services.profile.attachments import attach_file

    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana Choc", "sex": "female", "country_id": country_id("GT")})
    fid = gt.fellowships.create({"participant_id": pid, "cohort": "2026 Indigenous Fellowship, Spanish section",
                                 "host": "OHCHR Geneva", "country_id": country_id("GT"),
                                 "placement_start": date(2026, 5, 4), "placement_end": date(2026, 7, 31),
                                 "status": "completed", "report_received": date(2026, 8, 14),
                                 "report_summary": f"Drafted a guide in {SECRET} and Spanish."})
    gt.fellowship_objectives.create({"fellowship_id": fid, "objective": "Use the treaty bodies", "met": "yes",
                                     "note": f"Wrote to CERD about the {SECRET} community."})
    gt.fellowship_contacts.create({"fellowship_id": fid, "contact_date": date(2026, 9, 3), "channel": "video",
                                   "current_role": f"Lawyer of the {SECRET} council", "applies": "yes"})
    report = tmp_path / "final report.txt"
    report.write_text(f"Final report: the {SECRET} land case", encoding="utf-8")
    attach_file(gt, "fellowship", fid, report)
    net.sync("GT-01", "HQ")
    [row] = report_rows(hq)
    assert (row["full_name"], row["weeks"], [c["applies"] for c in row["contacts"]],
            [o["met"] for o in row["objectives"]]) == ("Ana Choc", 12.7, ["yes"], ["yes"])
    assert hq.fellowships.ids(ListQuery(search=SECRET)) == [fid]

    hq.fellowships.update(fid, {"notes": f"Met her again: the {SECRET} case goes on."})  # before the erasure lands
    erase_participant(gt, pid, reason="Asked in writing")
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    for fd in (gt, hq):
        dump = net.dump("GT-01" if fd is gt else "HQ")
        assert SECRET not in dump
        fellowship = fd.fellowships.get_row(fid)
        assert (fellowship["report_summary"], fellowship["notes"], fellowship["status"]) == ("", "", "completed")
        assert fd.fellowships.ids(ListQuery(search=SECRET)) == []
        assert fd.attachments.ids(ListQuery(filters={"record_id": fid})) == []
        assert fellows_by_sex(fd, Period()) == {"female": 1}
    from app.services.store.check import check_profile

    assert check_profile(gt) == [] and check_profile(hq) == []  # the scrubbed change log still replays


def test_a_fellowship_recorded_for_a_record_merged_meanwhile_goes_to_the_survivor(net):
    from app.services.store.merging import merge_participants

    gt, hq = net["GT-01"], net["HQ"]
    keep, other = gt.participants.create_many([{"full_name": "Ana Choc"}, {"full_name": "Ana Choc Xol"}])
    net.sync("GT-01", "HQ")
    merge_participants(hq, keep, other)  # at headquarters, while the office records a fellowship for the other
    fid = gt.fellowships.create({"participant_id": other, "cohort": "2026 Indigenous Fellowship, Spanish section",
                                 "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    for fd in (gt, hq):
        assert fd.fellowships.get_row(fid)["participant_id"] == keep
    assert net.values("GT-01") == net.values("HQ")


def test_headquarters_writes_no_notes_about_a_fellow_it_may_not_know_nor_anyone_about_an_erased_one(net, tmp_path):
    """A fellow without consent to share their name is held at headquarters under the office's pseudonym: their
    fellowship's personal text stays in the office, so headquarters may not type any (it would be removed with the
    office's next bundle). Its other fields, and the office's own notes, are written as before. Once a person is
    erased, no site writes notes about them (every other site would scrub them)."""
    import pytest

    from app.services import ValidationFailed
    from app.services.privacy.person_guard import texts_refused

    gt, hq = net["GT-01"], net["HQ"]
    withheld, named = gt.participants.create_many([
        {"full_name": "Ana Choc", "sex": "female", "consent_share_name": False},
        {"full_name": "Juan Tzoc", "sex": "male"}])
    fid = gt.fellowships.create({"participant_id": withheld, "cohort": "2026 Indigenous Fellowship",
                                 "country_id": country_id("GT"), "notes": "Met her in Sololá."})
    net.sync("GT-01", "HQ")
    assert hq.fellowships.get_row(fid)["notes"] == ""  # the office's note stayed there

    def refused(write, *fields) -> None:
        with pytest.raises(ValidationFailed) as caught:
            write()
        assert [(p.field, p.message.code) for p in caught.value.problems] == [
            (f, "privacy.withheld_texts") for f in fields]
        assert caught.value.problems[0].message.params == {"office": "GT-01"}

    refused(lambda: hq.fellowships.update(fid, {"notes": "Her brother is a judge", "host": "OHCHR Geneva"}), "notes")
    refused(lambda: hq.fellowship_objectives.create({"fellowship_id": fid, "objective": "Use the treaty bodies",
                                                     "note": "Wrote to CERD"}), "note")
    refused(lambda: hq.fellowship_contacts.create({"fellowship_id": fid, "contact_date": date(2026, 9, 3),
                                                   "current_role": "Lawyer", "note": "Well"}), "current_role", "note")
    refused(lambda: hq.fellowships.create({"participant_id": withheld, "cohort": "2027 Fellowship",
                                           "country_id": country_id("GT"), "report_summary": "A guide"}),
            "report_summary")
    from app.services.errors import NotAllowed
    from app.services.profile.attachments import attach_file, read_blob

    report = tmp_path / "final report.txt"
    report.write_text("Ana Choc's final report", encoding="utf-8")
    with pytest.raises(NotAllowed) as caught:  # nor a file: it would go with the office's next bundle too
        attach_file(hq, "fellowship", fid, report)
    assert caught.value.args[0].code == "privacy.withheld_files"
    assert read_blob(hq, hashlib.sha256(report.read_bytes()).hexdigest()) is None  # its content not stored
    assert hq.attachments.count() == 0
    with hq.reading() as conn:
        assert texts_refused(conn, hq.site, withheld).code == "privacy.withheld_texts"
        assert texts_refused(conn, hq.site, named) is None
    hq.fellowships.update(fid, {"host": "OHCHR Geneva"})  # what is not about the person is written as before
    hq.fellowship_objectives.create({"fellowship_id": fid, "objective": "Use the treaty bodies", "met": "yes"})
    gt.fellowships.update(fid, {"notes": "Met her in Sololá again."})  # the office knows her
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    assert (gt.fellowships.get_row(fid)["host"], gt.fellowships.get_row(fid)["notes"]) == (
        "OHCHR Geneva", "Met her in Sololá again.")
    assert (hq.fellowships.get_row(fid)["host"], hq.fellowships.get_row(fid)["notes"]) == ("OHCHR Geneva", "")

    other = gt.fellowships.create({"participant_id": named, "cohort": "2026 Indigenous Fellowship",
                                   "country_id": country_id("GT"), "notes": "Named: written before the erasure"})
    erase_participant(gt, named)
    with pytest.raises(ValidationFailed) as caught:
        gt.fellowships.update(other, {"notes": "Still about him"})
    assert caught.value.problems[0].message.code == "erasure.no_texts"
    assert gt.fellowships.get_row(other)["notes"] == ""
