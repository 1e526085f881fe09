"""Erasing a person: the name is gone from every file of both sites (database files, change log, search index,
attachments, the bundles between them), on SQLite and PostgreSQL; statistics keep the person; an offline edit at
the other site does not bring the name back, whichever bundle arrives first; acknowledgements close the erasure."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
import zstandard
from sqlalchemy import text

from app.services import ListQuery
from app.services.errors import FieldDeskError, NotAllowed
from app.services.privacy.erasure import erase_participant, pseudonym
from app.services.profile.keys import load_identity
from app.services.store.seed import country_id, stakeholder_type_id
from app.sync.container import decrypt
from app.sync.status import peer_status

SECRET = b"Quetzalcoatl"  # in the name, an old name, the organisation, the e-mail and the attachment


@pytest.fixture
def no_secure_delete():
    """SQLite as Python's own builds for Windows and macOS ship it: freed space is left as it was (Debian's build
    zeroes it by default, which would let a stale page pass unseen)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def off(dbapi_connection, _record):
        if type(dbapi_connection).__module__.split(".")[0] in ("sqlite3", "sqlcipher3"):
            dbapi_connection.execute("PRAGMA secure_delete = OFF")

    event.listen(Engine, "connect", off)
    yield
    event.remove(Engine, "connect", off)


def person(fd) -> tuple[str, str]:
    training = fd.trainings.create({"title": "Fair trial", "country_id": country_id("GT"),
                                    "start_date": "2026-03-02", "end_date": "2026-03-03"})
    pid = fd.participants.create({"full_name": "Xochitl Quetzalcoatl", "sex": "female",
                                  "organisation": "Quetzalcoatl Defenders", "position": "Lawyer",
                                  "email": "xq@quetzalcoatl.example.org", "phone": "+502 5555 0101",
                                  "consent_contact": True, "country_id": country_id("GT"),
                                  "stakeholder_type_id": stakeholder_type_id("judiciary")})
    fd.enrollments.create({"training_id": training, "participant_id": pid, "pre_score": 40, "post_score": 80})
    fd.participants.update(pid, {"full_name": "Xochitl Quetzalcoatl Ixcot"})  # an old value in the log
    return pid, training


def bundle_text(fd, path: Path) -> bytes:
    """Everything inside a bundle, decrypted and decompressed."""
    plain = decrypt(path.read_bytes(), load_identity(fd).encryption_identity)
    out = []
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        for name in zf.namelist():
            data = zf.read(name)
            out.append(zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()
                       if name == "changes.bin" else data)
    return b"\n".join(out)


def site_files(fd) -> list[Path]:
    """Every file of the site but its backups (made before the erasure, by design: purging them is separate), and,
    on PostgreSQL, every file of its database after a checkpoint."""
    files = [p for p in Path(fd.folder.path).rglob("*") if p.is_file() and "backups" not in p.parts]
    if not fd.db.is_sqlite:
        with fd.db.engine.connect() as conn:
            conn.execute(text("CHECKPOINT"))
            data = conn.execute(text("SELECT current_setting('data_directory')")).scalar()
            oid = conn.execute(text("SELECT oid FROM pg_database WHERE datname = current_database()")).scalar()
        files += [p for p in (Path(data) / "base" / str(oid)).iterdir() if p.is_file()]
    return files


def holding(files: list[Path], secret: bytes = SECRET) -> list[str]:
    found = []
    for path in files:
        try:
            data = path.read_bytes()
        except FileNotFoundError:  # a relation file unlinked meanwhile
            continue
        if secret in data or secret.lower() in data or secret.decode().encode("utf-16-le") in data:
            found.append(str(path))
    return found


def test_erasure_leaves_no_trace_at_either_site_and_keeps_the_statistics(no_secure_delete, net, tmp_path):
    from app.services.profile.attachments import attach_file

    gt, hq = net["GT-01"], net["HQ"]
    pid, training = person(gt)
    scan = tmp_path / "Quetzalcoatl passport.txt"
    scan.write_bytes(b"Passport of Xochitl Quetzalcoatl")
    attach_file(gt, "participant", pid, scan, description="Quetzalcoatl's passport")
    scan.unlink()
    [enrolment] = gt.enrollments.ids(ListQuery(filters={"participant_id": pid}))
    signed = tmp_path / "Quetzalcoatl attendance.txt"  # on one of their records: it goes too
    signed.write_bytes(b"Signed by Xochitl Quetzalcoatl")
    attach_file(gt, "enrollment", enrolment, signed)
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    hq.participants.update(pid, {"position": "Quetzalcoatl's lawyer"})  # made at HQ, reaches GT next
    net.sync("HQ", "GT-01")
    assert holding(site_files(gt)) and holding(site_files(hq))  # the scan does find the name before

    with pytest.raises(FieldDeskError, match="must not name"):
        erase_participant(gt, pid, reason="Xochitl Quetzalcoatl asked")
    result = erase_participant(gt, pid, reason="Asked in writing on 3 May")
    assert result.pseudonym == pseudonym(pid) and result.attachments == 2
    with pytest.raises(FieldDeskError, match="already erased"):
        erase_participant(gt, pid)
    with pytest.raises(NotAllowed, match="erased"):
        gt.participants.update(pid, {"full_name": "Xochitl Q."})
    assert [s.erasures_unacknowledged for s in peer_status(gt)] == [1]

    to_hq = net.bundle("GT-01", "HQ")
    assert SECRET.lower() not in bundle_text(hq, to_hq).lower()
    from app.services.privacy.access_log import events

    sent = events(gt, kind="bundle")  # every bundle export is in the access record, with the people it carries
    assert [(e.what, e.people) for e in sent[-1:]] == [("Bundle #1 for HQ", 1)] and to_hq.name == sent[0].target
    dry = net.deliver(to_hq, "HQ", dry_run=True)  # rehearsed: said, and nothing kept
    assert (dry.status, dry.erasures) == ("would_apply", 1) and "erased" in dry.message
    assert hq.participants.get(pid).full_name == "Xochitl Quetzalcoatl Ixcot" and events(hq, kind="erasure") == []
    applied = net.deliver(to_hq, "HQ")
    assert applied.status == "applied" and applied.erasures == 1, applied.message
    back = net.bundle("HQ", "GT-01")
    assert SECRET.lower() not in bundle_text(gt, back).lower()
    assert net.deliver(back, "GT-01").status == "applied"
    assert [s.erasures_unacknowledged for s in peer_status(gt)] == [0]
    assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}["GT-01"] == 0
    assert [(e.what, e.target) for e in events(hq, kind="erasure")] == [("Erasure received from GT-01", pid)]

    for fd in (gt, hq):
        row = fd.participants.get(pid)
        assert (row.full_name, row.email, row.organisation, row.sex, row.stakeholder_type_id) == (
            pseudonym(pid), "", "", "female", stakeholder_type_id("judiciary"))
        enrolled = fd.enrollments.rows(fd.enrollments.ids(ListQuery(filters={"participant_id": pid})))
        assert [(e["training_id"], e["post_score"]) for e in enrolled] == [(training, 80)]
        assert fd.participants.ids(ListQuery(search="Quetzalcoatl")) == []
        assert fd.participants.ids(ListQuery(search=pseudonym(pid).split()[1])) == [pid]
    net.close()  # every connection closed: the files are what a thief would copy
    reopened = {code: net[code] for code in ("GT-01", "HQ")}
    for code, fd in reopened.items():
        assert holding(site_files(fd)) == [], code
    from app.services.store.check import check_profile

    for fd in reopened.values():
        assert check_profile(fd) == []  # the rewritten change log still replays to the tables


def test_an_offline_edit_does_not_bring_the_name_back_whichever_bundle_arrives_first(no_secure_delete, net):
    """At GT-01 the office's bundle reaches headquarters first; at MW-01 headquarters' bundle reaches the office
    first. Headquarters erases a person of each office while the office edits the same person offline."""
    hq = net["HQ"]
    people = {}
    for office in ("GT-01", "MW-01"):
        people[office] = person(net[office])[0]
        net.sync(office, "HQ")
        net.sync("HQ", office)
        erase_participant(hq, people[office], reason="Request forwarded by the office")
        net[office].participants.update(people[office], {
            "full_name": "Xochitl Quetzalcoatl-Ixcot", "sex": "not_stated", "position": "Quetzalcoatl's judge"})
    for office, office_first in (("GT-01", True), ("MW-01", False)):
        to_hq, to_office = net.bundle(office, "HQ"), net.bundle("HQ", office)
        order = [(to_hq, "HQ"), (to_office, office)]
        for path, recipient in order if office_first else reversed(order):
            assert net.deliver(path, recipient).status == "applied"
        net.sync(office, "HQ")
        net.sync("HQ", office)
    for office, pid in people.items():
        for fd in (net[office], hq):
            row = fd.participants.get(pid)
            assert (row.full_name, row.position, row.sex) == (pseudonym(pid), "", "not_stated")  # other edits stand
        assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}[office] == 0
    at_hq = json.loads(net.dump("HQ"))["tables"]
    for office in people:  # the office's people and their enrolments, the same at both sites
        here = json.loads(net.dump(office))["tables"]
        for table in ("participant", "enrollment"):
            assert here[table] == [r for r in at_hq[table] if r["owner_office"] == office]
    net.close()
    for code in ("GT-01", "MW-01", "HQ"):
        assert holding(site_files(net[code])) == [], code


def test_only_the_owning_office_or_headquarters_may_erase(net):
    from app.sync.container import ErasureNotice
    from tests.sync.craft import craft_bundle

    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    forged = [ErasureNotice("e1", "participant", pid, "GT-01", "2026-01-01T00:00:00.000Z", "x", "MW-01"),
              ErasureNotice("e2", "participant", pid, "MW-01", "2026-01-01T00:00:00.000Z", "x", "MW-01")]
    result = net.deliver(craft_bundle(net, "MW-01", "HQ", [], manifest_changes={"erasures": forged}), "HQ")
    assert result.status == "applied" and result.erasures == 0
    assert sum("was not applied" in w for w in result.warnings) == 2
    assert hq.participants.get(pid).full_name == "Ana López"


def test_an_office_that_restores_a_backup_made_before_the_erasure_is_sent_it_again(net, capsys):
    from app.cli import main
    from app.services.profile.backup import create_backup, restore_backup

    gt, hq = net["GT-01"], net["HQ"]
    pid, _training = person(gt)
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    backup = create_backup(gt, reason="before the erasure")
    erase_participant(hq, pid)
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")  # acknowledged
    assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}["GT-01"] == 0
    restore_backup(gt, backup.id, confirmed=True)
    net.open.pop("GT-01")  # closed by the restore
    assert net["GT-01"].participants.get(pid).full_name == "Xochitl Quetzalcoatl Ixcot"  # back with the backup
    net.sync("GT-01", "HQ")  # it no longer lists the erasure among those it holds...
    assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}["GT-01"] == 1
    capsys.readouterr()
    assert main(["--profile", str(net.root / "HQ"), "sync", "status"]) == 0
    assert "GT-01: 1 erasure of personal data not yet acknowledged" in capsys.readouterr().out
    assert net.sync("HQ", "GT-01").erasures == 1  # ...so headquarters sends it again
    assert net["GT-01"].participants.get(pid).full_name == pseudonym(pid)
    net.sync("GT-01", "HQ")
    assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}["GT-01"] == 0
    assert hq.participants.get(pid).full_name == pseudonym(pid)


def _attachments_of_enrolments(fd, pid: str) -> list[tuple[str, str, bool]]:
    """(file name, description, deleted) of every file attached to the person's enrolments, deleted ones too."""
    enrolments = fd.enrollments.ids(ListQuery(filters={"participant_id": pid}, include_deleted=True))
    ids = fd.attachments.ids(ListQuery(filters={"record_table": "enrollment"}, include_deleted=True))
    return sorted((r["filename"], r["description"], r["deleted"]) for r in fd.attachments.rows(ids)
                  if r["record_id"] in enrolments)


def test_a_file_on_an_enrolment_in_the_same_bundle_as_the_erasure_is_erased_in_any_order(no_secure_delete, net,
                                                                                         tmp_path):
    """GT-01 and MW-01 enrol a person headquarters has just erased and attach a signed form to the new enrolment,
    offline (the office's bundle reaches headquarters first at GT-01, headquarters' reaches the office first at
    MW-01); MN-01 enrols its own person, attaches the form and erases the person before its first bundle (the
    enrolment, its file and the erasure travel together). No site keeps the file, its name or its bytes."""
    from app.services.profile.attachments import attach_file

    hq = net["HQ"]
    people = {}

    def enrol_with_a_form(office: str, pid: str) -> None:
        fd = net[office]
        training = fd.trainings.create({"title": "Detention monitoring", "country_id": country_id("GT"),
                                        "start_date": "2026-04-06", "end_date": "2026-04-07"})
        enrolment = fd.enrollments.create({"training_id": training, "participant_id": pid})
        form = tmp_path / f"Quetzalcoatl form {office}.txt"
        form.write_bytes(b"Signed by Xochitl Quetzalcoatl")
        attach_file(fd, "enrollment", enrolment, form, description="Quetzalcoatl's signature")
        form.unlink()

    for office in ("GT-01", "MW-01"):
        people[office] = person(net[office])[0]
        net.sync(office, "HQ")
        net.sync("HQ", office)
        erase_participant(hq, people[office], reason="Request forwarded by the office")
        enrol_with_a_form(office, people[office])
    people["MN-01"] = person(net["MN-01"])[0]
    enrol_with_a_form("MN-01", people["MN-01"])
    erase_participant(net["MN-01"], people["MN-01"])
    with pytest.raises(NotAllowed, match="erased"):  # and none afterwards: every other site would drop it
        enrol_with_a_form("MN-01", people["MN-01"])
    for office, office_first in (("GT-01", True), ("MW-01", False), ("MN-01", True)):
        to_hq, to_office = net.bundle(office, "HQ"), net.bundle("HQ", office)
        order = [(to_hq, "HQ"), (to_office, office)]
        for path, recipient in order if office_first else reversed(order):
            assert net.deliver(path, recipient).status == "applied"
    for office, pid in people.items():
        for fd in (net[office], hq):
            assert fd.participants.get(pid).full_name == pseudonym(pid)
            assert {(name, description) for name, description, _ in _attachments_of_enrolments(fd, pid)} == {
                ("erased", "")}, office
            assert all(deleted for *_, deleted in _attachments_of_enrolments(fd, pid))
    net.close()
    for code in ("GT-01", "MW-01", "MN-01", "HQ"):
        assert holding(site_files(net[code])) == [], code


def test_a_person_erased_at_two_sites_whose_erasure_arrives_twice(net):
    """Headquarters and the office erase the same person before either hears of the other; the office's erasure
    reaches headquarters in two bundles (the second sent before headquarters' acknowledgement came back). Found by
    the long convergence run on PostgreSQL: the second one was recorded again and the bundle refused."""
    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    erase_participant(hq, pid)
    erase_participant(gt, pid)
    first, second = net.bundle("GT-01", "HQ"), net.bundle("GT-01", "HQ")
    for path in (first, second):
        result = net.deliver(path, "HQ")
        assert result.status == "applied", result.message
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    assert {s.office: s.erasures_unacknowledged for s in peer_status(hq)}["GT-01"] == 0
    assert [s.erasures_unacknowledged for s in peer_status(gt)] == [0]
    assert gt.participants.get(pid).full_name == hq.participants.get(pid).full_name == pseudonym(pid)
