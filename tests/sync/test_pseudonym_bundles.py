"""Pseudonymised bundles to headquarters (issue 19): the pseudonym is keyed by the office's own secret (stable
across its bundles, different at another office); an office can send everyone under it on its own; headquarters
removes the files of a person it may not name (received before files stayed in the office, or before a
withdrawal), and gets them again once the person consents. Both engines; headquarters' files are scanned."""

from __future__ import annotations

import pytest

from app.services.privacy.erasure import pseudonym
from app.services.privacy.pseudonyms import is_pseudonym, pseudonym_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from tests.sync.test_erasure import bundle_text, holding, no_secure_delete, site_files  # noqa: F401

CARD = b"%PDF- scanned identity card of Illimani Keyedname"
SECRET = b"Keyedname"


def _files_at(fd) -> set[str]:
    return {r["filename"] for r in fd.service("attachment").matching_rows(ListQuery(), ["filename"])}


def _attach(fd, tmp_path, person: str, name: str, content: bytes) -> None:
    from app.services.profile.attachments import attach_file

    (tmp_path / name).write_bytes(content)
    with fd.writing():
        attach_file(fd, "participant", person, tmp_path / name)


def test_the_pseudonym_is_the_offices_own_and_stays_the_same_across_its_bundles(net, monkeypatch):
    from sqlalchemy import select

    from app.models import ChangeLog
    from app.services.errors import FieldDeskError
    from app.services.privacy.office_pseudonyms import set_in_use
    from app.services.privacy.pseudonyms import Pseudonyms

    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    with pytest.raises(FieldDeskError):  # the office's setting; headquarters has its policy
        set_in_use(hq, True)
    pid = gt.participants.create({"full_name": "Illimani Keyedname", "country_id": country_id("GT"),
                                  "consent_share_name": False})
    mine, legacy = pseudonym_of(gt, pid), pseudonym(pid)
    assert is_pseudonym(mine) and mine not in (pseudonym_of(mw, pid), legacy), "keyed, per office"
    with monkeypatch.context() as before:  # sent before keyed pseudonyms: the hash of the id
        before.setattr(Pseudonyms, "name", lambda self, record_id: pseudonym(record_id))
        net.sync("GT-01", "HQ")
    assert hq.participants.get_row(pid)["full_name"] == legacy
    for position in ("Keyedname paralegal", "Keyedname advocate"):
        gt.participants.update(pid, {"position": position})
        path = net.bundle("GT-01", "HQ")
        assert mine.encode() in bundle_text(hq, path), "every change to the person carries the same pseudonym"
        assert SECRET not in bundle_text(hq, path)
        assert net.deliver(path, "HQ").status == "applied"
        assert hq.participants.get_row(pid)["full_name"] == mine
    with hq.reading() as conn:
        log = ChangeLog.__table__
        held = repr(conn.execute(select(log.c.new, log.c.old).where(log.c.record_id == pid)).all())
    assert mine in held and legacy not in held, "the old pseudonym is rewritten in headquarters' change log"
    net.close()
    assert pseudonym_of(net["GT-01"], pid) == mine, "the secret stays with the profile"
    assert net["HQ"].participants.get_row(pid)["position"] == ""


def test_an_office_can_send_everyone_under_the_pseudonym_and_turn_it_off(no_secure_delete, net, tmp_path,  # noqa: F811
                                                                          capsys):
    from app.cli import main

    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": "Illimani Keyedname", "country_id": country_id("GT")})
    _attach(gt, tmp_path, pid, "Keyedname card.pdf", CARD)
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(pid)["full_name"] == "Illimani Keyedname"
    assert _files_at(hq) == {"Keyedname card.pdf"}
    net.close()

    root = str(net.root / "GT-01")
    assert main(["--profile", root, "retention", "pseudonymise", "--in-use", "yes"]) == 0
    assert "sends 1 participant again under their pseudonyms" in capsys.readouterr().err
    assert main(["--profile", root, "retention"]) == 0
    assert "pseudonymise_bundles (this office): yes" in capsys.readouterr().out
    hq, gt = net["HQ"], net["GT-01"]
    on = net.bundle("GT-01", "HQ")
    assert SECRET not in bundle_text(hq, on)
    applied = net.deliver(on, "HQ")
    assert (applied.status, applied.withdrawn, applied.withheld_files) == ("applied", 1, 1), applied.message
    assert "1 file of participants who may not be named here removed" in applied.message
    assert hq.participants.get_row(pid)["full_name"] == pseudonym_of(gt, pid)
    assert _files_at(hq) == set()
    assert gt.participants.get_row(pid)["full_name"] == "Illimani Keyedname", "the office keeps the name"
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) == []

    assert main(["--profile", root, "retention", "pseudonymise", "--in-use", "no"]) == 0
    assert main(["--profile", root, "retention", "pseudonymise", "--in-use", "no"]) == 0
    assert "already not in use; nothing changed" in capsys.readouterr().err
    net.sync("GT-01", "HQ")
    hq = net["HQ"]
    assert hq.participants.get_row(pid)["full_name"] == "Illimani Keyedname"
    assert _files_at(hq) == {"Keyedname card.pdf"}, "the files go again with the name"
    from app.services.store.history import record_history

    mine = record_history(net["GT-01"], "participant", pid)
    assert [e.op for e in mine] == ["create"], "turning the setting on and off changed nothing in the record"
    theirs = [(c.field, c.old, c.new) for e in record_history(hq, "participant", pid) if e.op == "update"
              for c in e.changes]
    assert all(old != new for _field, old, new in theirs), theirs
    assert ("full_name", pseudonym_of(net["GT-01"], pid), "Illimani Keyedname") in theirs, "what really changed"
    from app.services.store.check import check_profile

    assert check_profile(hq) == [] and check_profile(net["GT-01"]) == []


def test_headquarters_removes_the_files_of_a_person_it_may_not_name_and_gets_them_once_consent_is_given(
        no_secure_delete, net, tmp_path, monkeypatch):  # noqa: F811
    from app.services.privacy import person_records
    from app.services.profile.attachments import read_blob
    from app.sync import withheld_files

    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": "Illimani Keyedname", "country_id": country_id("GT"),
                                  "consent_share_name": False})
    _attach(gt, tmp_path, pid, "Keyedname card.pdf", CARD)
    with monkeypatch.context() as before_the_fix:  # the files of a person without consent travelled then
        before_the_fix.setattr(person_records, "owners_of_changes", lambda conn, changes: ({}, {}))
        before_the_fix.setattr(withheld_files, "remove_at_headquarters", lambda fd, conn, people: (0, []))
        net.sync("GT-01", "HQ")
    assert _files_at(hq) == {"Keyedname card.pdf"}
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) != [], "the scan finds what headquarters holds"

    other = net["GT-01"].participants.create({"full_name": "Rosa Shared", "country_id": country_id("GT")})
    applied = net.sync("GT-01", "HQ")  # the next bundle from that office, about someone else
    assert applied.withheld_files == 1
    hq = net["HQ"]
    assert _files_at(hq) == set() and hq.participants.get_row(other)["full_name"] == "Rosa Shared"
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) == []

    gt = net["GT-01"]
    gt.participants.update(pid, {"consent_share_name": True, "consent_date": "2026-12-01"})
    given = net.bundle("GT-01", "HQ")
    assert CARD in bundle_text(net["HQ"], given) and b"Keyedname card.pdf" in bundle_text(net["HQ"], given)
    assert net.deliver(given, "HQ").status == "applied"
    hq = net["HQ"]
    held = hq.service("attachment").matching_rows(ListQuery(), ["filename", "sha256"])
    assert [r["filename"] for r in held] == ["Keyedname card.pdf"] and read_blob(hq, held[0]["sha256"]) == CARD

    gt.participants.update(pid, {"consent_share_name": False})
    applied = net.sync("GT-01", "HQ")
    assert (applied.withdrawn, applied.withheld_files) == (1, 1)
    assert _files_at(net["HQ"]) == set()
    assert net["GT-01"].service("attachment").matching_rows(ListQuery(), ["filename"]), "the office keeps its file"
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) == []
    from app.services.store.check import check_profile

    assert check_profile(net["HQ"]) == []


def test_a_withheld_persons_fellowship_keeps_its_files_and_text_in_the_office(no_secure_delete, net, tmp_path,  # noqa: F811
                                                                              monkeypatch):
    """A fellow's final report attached to their fellowship, and the fellowship's notes, name them as a scanned card
    does: without consent they stay in the office (what headquarters received before goes with the office's next
    bundle), they travel once consent is given, and go from headquarters again on a withdrawal."""
    from datetime import date

    from app.services.privacy import person_records
    from app.services.profile.attachments import attach_file
    from app.services.store.check import check_profile
    from app.sync import withheld_files

    secret = "Quenallata"
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": f"Illimani {secret}", "country_id": country_id("GT"),
                                  "consent_share_name": False})
    fid = gt.fellowships.create({"participant_id": pid, "cohort": "2026 cohort", "country_id": country_id("GT"),
                                 "notes": f"{secret} asked to be placed in Geneva"})
    gt.fellowship_objectives.create({"fellowship_id": fid, "objective": "Use the treaty bodies",
                                     "note": f"{secret} wrote to CERD"})
    (tmp_path / f"{secret} final report.txt").write_bytes(f"Final report by {secret}".encode())
    with gt.writing():
        attach_file(gt, "fellowship", fid, tmp_path / f"{secret} final report.txt")
    with monkeypatch.context() as before_the_fix:  # files and text of a fellowship travelled then
        before_the_fix.setattr(person_records, "owners_of_changes", lambda conn, changes: ({}, {}))
        before_the_fix.setattr(withheld_files, "withheld_with_files", lambda conn, office: set())
        before_the_fix.setattr(person_records, "scrub_texts", lambda conn, people: set())
        net.sync("GT-01", "HQ")
    assert _files_at(hq) == {f"{secret} final report.txt"} and secret in hq.fellowships.get_row(fid)["notes"]

    gt.participants.create({"full_name": "Rosa Shared", "country_id": country_id("GT")})
    applied = net.sync("GT-01", "HQ")  # the next bundle from that office, about someone else
    assert applied.withheld_files == 1, applied.message
    hq = net["HQ"]
    assert _files_at(hq) == set() and hq.fellowships.get_row(fid)["notes"] == ""
    assert hq.fellowships.get_row(fid)["cohort"] == "2026 cohort", "the fellowship still counts"
    net.close()
    assert holding(site_files(net["HQ"]), secret.encode()) == []

    gt = net["GT-01"]
    gt.fellowships.update(fid, {"report_summary": f"{secret} drafted a guide", "status": "in_placement",
                                "placement_start": date(2026, 5, 4)})
    path = net.bundle("GT-01", "HQ")
    assert secret.encode() not in bundle_text(net["HQ"], path), "the text of a later change stays too"
    assert net.deliver(path, "HQ").status == "applied"
    assert net["HQ"].fellowships.get_row(fid)["status"] == "in_placement"

    gt.participants.update(pid, {"consent_share_name": True, "consent_date": "2026-12-01"})
    net.sync("GT-01", "HQ")
    hq = net["HQ"]
    held = hq.fellowships.get_row(fid)
    assert (held["notes"], held["report_summary"]) == (f"{secret} asked to be placed in Geneva",
                                                       f"{secret} drafted a guide")
    [objective] = hq.fellowship_objectives.matching_rows(ListQuery(filters={"fellowship_id": fid}), ["note"])
    assert objective["note"] == f"{secret} wrote to CERD"
    assert _files_at(hq) == {f"{secret} final report.txt"}, "the file goes with the consent"

    gt.participants.update(pid, {"consent_share_name": False})
    applied = net.sync("GT-01", "HQ")
    assert (applied.withdrawn, applied.withheld_files) == (1, 1), applied.message
    assert _files_at(net["HQ"]) == set() and net["HQ"].fellowships.get_row(fid)["notes"] == ""
    assert secret in net["GT-01"].fellowships.get_row(fid)["notes"], "the office keeps its text"
    from app.services.errors import NotAllowed
    from app.services.privacy.erasure import erase_participant

    with pytest.raises(NotAllowed, match="that office, which holds the name, erases"):
        erase_participant(net["HQ"], pid)  # headquarters cannot tell who they are
    assert check_profile(net["HQ"]) == [] and check_profile(net["GT-01"]) == []
    net.close()
    assert holding(site_files(net["HQ"]), secret.encode()) == []
