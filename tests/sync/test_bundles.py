"""Bundles between offices and headquarters: what travels, idempotence, order, gaps, held children, attachments,
clocks, schemas and ownership."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date

from sqlalchemy import select

from app.models.ids import reference_id
from app.models.local import ChangeLog
from app.services import ListQuery
from app.services.store.seed import country_id, stakeholder_type_id, theme_id

LOG = ChangeLog.__table__


def records(fd, table):
    return {r["id"]: r for r in fd.service(table).rows(fd.service(table).ids(ListQuery(include_deleted=True)))}


def log_count(fd):
    with fd.reading() as conn:
        return len(conn.execute(select(LOG.c.seq)).all())


def test_an_offices_records_reach_headquarters_with_their_original_stamps(net):
    gt = net["GT-01"]
    pid = gt.participants.create({"full_name": "Rosa Tzul", "sex": "female", "organisation": "Organismo Judicial",
                                  "stakeholder_type_id": stakeholder_type_id("judiciary")})
    result = net.sync("GT-01", "HQ")
    assert result.created >= 2 and result.conflicts == 0  # the office record and the participant
    at_hq = net["HQ"].participants.get(pid)
    original = gt.participants.get(pid)
    assert (at_hq.full_name, at_hq.owner_office, at_hq.created_at, at_hq.created_by) == (
        "Rosa Tzul", "GT-01", original.created_at, original.created_by)
    history = __import__("app.services.store.history", fromlist=["x"]).record_history(net["HQ"], "participant", pid)
    assert history[0].office == "GT-01" and history[0].author == "tester"


def test_reimporting_a_bundle_even_renamed_changes_nothing(net):
    net["GT-01"].participants.create({"full_name": "Rosa Tzul"})
    path = net.bundle("GT-01", "HQ")
    assert net.deliver(path, "HQ").status == "applied"
    before, logs = net.dump("HQ"), log_count(net["HQ"])
    renamed = path.with_name("copy from usb stick.fdb")
    shutil.copy(path, renamed)
    again = net.deliver(renamed, "HQ")
    assert again.status == "already_imported" and again.exit_code == 0 and "Already imported" in again.message
    assert net.dump("HQ") == before and log_count(net["HQ"]) == logs


def test_a_lost_bundle_heals_with_the_next_and_the_gap_is_reported(net):
    gt = net["GT-01"]
    first = gt.participants.create({"full_name": "Ana López"})
    late = net.bundle("GT-01", "HQ")  # held up on the way
    second = gt.participants.create({"full_name": "Juan Pérez"})
    result = net.deliver(net.bundle("GT-01", "HQ"), "HQ")
    assert result.status == "applied" and any("#1" in w and "never arrived" in w for w in result.warnings)
    assert net["HQ"].participants.exists(first) and net["HQ"].participants.exists(second)
    from app.sync.status import bundle_history, peer_status

    assert [s.missing_bundles for s in peer_status(net["HQ"]) if s.office == "GT-01"] == [[(1, 1)]]
    assert bundle_history(net["HQ"], "GT-01")[0]["gap_before"] == [(1, 1)]
    # It arrives after all: nothing to apply, and nothing is missing any more.
    assert net.deliver(late, "HQ").status == "superseded"
    assert [s.missing_bundles for s in peer_status(net["HQ"]) if s.office == "GT-01"] == [[]]
    assert all(row["gap_before"] == [] for row in bundle_history(net["HQ"], "GT-01"))
    assert net.deliver(late, "HQ").status == "already_imported"


def test_an_older_bundle_after_a_newer_one_changes_nothing(net):
    gt = net["GT-01"]
    pid = gt.participants.create({"full_name": "Ana López"})
    old = net.bundle("GT-01", "HQ")
    gt.participants.update(pid, {"full_name": "Ana López de Ixcoy"})
    assert net.deliver(net.bundle("GT-01", "HQ"), "HQ").status == "applied"
    before = net.dump("HQ")
    late = net.deliver(old, "HQ")
    assert late.status == "superseded" and late.exit_code == 0
    assert net.dump("HQ") == before
    assert net["HQ"].participants.get(pid).full_name == "Ana López de Ixcoy"


def test_acknowledgements_keep_bundles_small(net):
    gt = net["GT-01"]
    gt.participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")  # carries headquarters' acknowledgement
    gt.participants.create({"full_name": "Juan Pérez"})
    result = net.sync("GT-01", "HQ")
    assert result.changes == 1


def test_headquarters_sends_reference_data_and_its_edits_to_office_records(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    rid = gt.recommendations.create({"text": "Adopt the action plan.", "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    project = hq.projects.create({"code": "GT-2026-01", "title": "Support to the PDH", "country_id": country_id("GT")})
    hq.thematic_areas.update(theme_id("justice"), {"name": "Administration of justice and the rule of law"})
    hq.followup_notes.create({"recommendation_id": rid, "note_date": "2026-05-01", "status": "in_progress",
                              "note": "Working group set up."})
    mw_only = hq.participants.create({"full_name": "Chikondi Banda"}, owner_office="MW-01")
    result = net.sync("HQ", "GT-01")
    assert result.conflicts == 0
    assert gt.projects.get(project).title == "Support to the PDH"
    assert gt.thematic_areas.get(theme_id("justice")).name.endswith("rule of law")
    assert gt.recommendations.get(rid).status == "in_progress"
    assert not gt.participants.exists(mw_only)  # another office's people stay with that office
    assert not gt.offices.exists(reference_id("office", "MW-01"))
    net.sync("HQ", "MW-01")
    assert mw.participants.exists(mw_only) and not mw.recommendations.exists(rid)


def test_held_change_is_applied_when_its_parent_arrives(net):
    from app.services.store.wire import Change

    hq, gt = net["HQ"], net["GT-01"]
    training = gt.trainings.create({"title": "Fair trial", "country_id": country_id("GT"),
                                    "start_date": "2026-03-02", "end_date": "2026-03-03"})
    person = gt.participants.create({"full_name": "Ana López"})
    enrollment = gt.enrollments.create({"training_id": training, "participant_id": person})
    bundle = net.bundle("GT-01", "HQ")
    # Reorder at the source: send the enrollment alone first by importing a bundle made from a filtered log.
    from app.services.store.wire import decode_changes
    from app.sync import container
    from app.sync.importer import verify

    verified = verify(hq, bundle)
    changes = decode_changes(verified.opened.files[container.CHANGES], verified.opened.manifest.changes_size)
    child_only = [c for c in changes if c.table == "enrollment"]
    parents = [c for c in changes if c.table != "enrollment"]
    assert child_only and isinstance(child_only[0], Change)
    from tests.sync.craft import craft_bundle

    early = craft_bundle(net, "GT-01", "HQ", child_only, sequence=1)
    result = net.deliver(early, "HQ")
    assert result.status == "applied" and result.held == 1 and not hq.enrollments.exists(enrollment)
    later = craft_bundle(net, "GT-01", "HQ", parents, sequence=2)
    result = net.deliver(later, "HQ")
    assert result.released == 1 and result.held == 0
    assert hq.enrollments.get(enrollment).participant_id == person
    from app.services.store.check import check_profile

    assert check_profile(hq) == []


def test_attachments_travel_once_and_arrive_intact(net, tmp_path):
    from app.services.profile.attachments import attach_file, read_attachment

    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López"})
    scan = tmp_path / "attendance scan.pdf"
    scan.write_bytes(b"%PDF-1.4 " + b"x" * 5000)
    a1 = attach_file(gt, "participant", pid, scan)
    a2 = attach_file(gt, "participant", pid, scan)
    path = net.bundle("GT-01", "HQ")
    from app.sync.importer import verify

    opened = verify(hq, path).opened
    names = [f.name for f in opened.manifest.files]
    assert sum(n.startswith("attachments/") for n in names) == 1  # deduplicated by SHA-256
    # keyed names (issue 18): neither the archive's listing nor the manifest carries the content's SHA-256
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    assert opened.manifest.format_version == 2 and sha not in opened.manifest_raw.decode()
    assert not any(sha in name for name in opened.entries) and len(opened.entries) == 4
    result = net.deliver(path, "HQ")
    assert result.attachments == 1
    assert read_attachment(hq, a1) == scan.read_bytes() == read_attachment(hq, a2)


def test_a_bundle_stamped_more_than_a_day_ahead_is_quarantined_not_applied(net):
    gt = net["GT-01"]
    gt.wall.shift(days=3)
    gt.participants.create({"full_name": "From the future"})
    path = net.bundle("GT-01", "HQ")
    gt.wall.reset()
    hq = net["HQ"]
    before, logs = net.dump("HQ"), log_count(hq)
    with hq.reading() as conn:
        clock_before = conn.exec_driver_sql("SELECT hlc FROM clock_state").scalar()
    result = net.deliver(path, "HQ")
    assert result.status == "quarantined" and result.exit_code == 3
    assert "72 hours ahead" in result.message and "clock was not changed" in result.message
    assert "fielddesk bundle accept" in result.message
    from app.vocabulary.problems import render_text  # a code and parameters: said in the reader's language too

    french = render_text(result.message, "fr").replace("\xa0", " ")
    assert french.startswith("Mis en quarantaine : Le lot n° ") and "72 heures en avance" in french, french
    assert net.dump("HQ") == before and log_count(hq) == logs
    with hq.reading() as conn:
        assert conn.exec_driver_sql("SELECT hlc FROM clock_state").scalar() == clock_before


def test_a_bundle_from_a_newer_schema_is_refused_and_kept(net, monkeypatch):
    import app.sync.export as export_module

    net["GT-01"].participants.create({"full_name": "Ana López"})
    monkeypatch.setattr(export_module, "HEAD", "0099")
    monkeypatch.setattr(export_module, "__version__", "3.1.0")
    path = net.bundle("GT-01", "HQ")
    monkeypatch.undo()
    before = net.dump("HQ")
    result = net.deliver(path, "HQ")
    assert result.status == "too_new" and result.exit_code == 3
    assert "update FieldDesk to version 3.1.0" in result.message
    assert (net["HQ"].folder.inbox_dir / path.name).read_bytes() == path.read_bytes()
    assert net.dump("HQ") == before


def test_a_bundle_from_an_older_schema_is_accepted(net, monkeypatch):
    import app.sync.export as export_module

    pid = net["GT-01"].participants.create({"full_name": "Ana López"})
    monkeypatch.setattr(export_module, "HEAD", "0001")
    path = net.bundle("GT-01", "HQ")
    monkeypatch.undo()
    assert net.deliver(path, "HQ").status == "applied"
    assert net["HQ"].participants.exists(pid)


def office_log_changes(fd, since_seq=0):
    from app.services.store.wire import Change

    with fd.reading() as conn:
        rows = conn.execute(select(LOG).where(LOG.c.seq > since_seq).order_by(LOG.c.seq)).mappings().all()
    return [Change(r["seq"], r["table_name"], r["record_id"], r["op"], r["hlc"], r["site_id"], r["office"],
                   r["author"], r["at"], r["new"], r["old"]) for r in rows]


def test_an_office_does_not_export_what_it_does_not_own(net):
    hq, gt = net["HQ"], net["GT-01"]
    project = hq.projects.create({"code": "HQ-1", "title": "Global project"})
    net.sync("HQ", "GT-01")
    gt.site = type(gt.site)(gt.site.site_id, gt.site.office, "hq")  # an install that ignores its own rules
    gt.projects.update(project, {"title": "Hijacked"})
    gt.site = type(gt.site)(gt.site.site_id, gt.site.office, "field")
    result = net.sync("GT-01", "HQ")
    assert result.updated == 0 and hq.projects.get(project).title == "Global project"  # only its office record went


def test_headquarters_refuses_the_changes_of_an_office_bundle_to_records_it_does_not_own(net):
    """Was a whole-bundle rejection; the foreign changes are now refused one by one and the rest is applied."""
    from app.sync.review import list_refusals
    from tests.sync.craft import craft_bundle

    hq, gt = net["HQ"], net["GT-01"]
    project = hq.projects.create({"code": "HQ-1", "title": "Global project"})
    net.sync("HQ", "GT-01")
    with gt.reading() as conn:
        mark = conn.execute(select(LOG.c.seq).order_by(LOG.c.seq.desc())).scalars().first()
    gt.site = type(gt.site)(gt.site.site_id, gt.site.office, "hq")  # an install that ignores its own rules
    gt.projects.update(project, {"title": "Hijacked"})
    gt.thematic_areas.update(theme_id("elections"), {"name": "Votes"})
    gt.site = type(gt.site)(gt.site.site_id, gt.site.office, "field")
    gt.participants.create({"full_name": "An honest change"})
    path = craft_bundle(net, "GT-01", "HQ", office_log_changes(gt, mark))
    result = net.deliver(path, "HQ")
    assert result.status == "applied" and result.exit_code == 0
    assert result.refused == 2 and result.created == 1
    assert f"project {project} (not_owner, sent by GT-01)" in result.warnings[-1]
    assert "(programme_data, sent by GT-01)" in result.warnings[-1]
    assert hq.projects.get(project).title == "Global project"
    assert hq.thematic_areas.get(theme_id("elections")).name != "Votes"
    assert {(r.table, r.code) for r in list_refusals(hq)} == {("project", "not_owner"),
                                                            ("thematic_area", "programme_data")}


def test_dry_run_reports_without_writing(net):
    net["GT-01"].participants.create({"full_name": "Ana López"})
    path = net.bundle("GT-01", "HQ")
    before, logs = net.dump("HQ"), log_count(net["HQ"])
    result = net.deliver(path, "HQ", dry_run=True)
    assert result.status == "would_apply" and result.created == 2 and result.message.startswith("Would apply")
    assert net.dump("HQ") == before and log_count(net["HQ"]) == logs
    assert net.deliver(path, "HQ").status == "applied"


def test_dates_and_lists_survive_the_trip(net):
    gt = net["GT-01"]
    tid = gt.trainings.create({"title": "Workshop", "country_id": country_id("GT"), "start_date": "2026-01-05",
                               "end_date": "2026-01-07", "theme_ids": [theme_id("justice"), theme_id("education")],
                               "cost_usd": 1250.5})
    net.sync("GT-01", "HQ")
    got = net["HQ"].trainings.get(tid)
    assert got.start_date == date(2026, 1, 5) and got.theme_ids == [theme_id("justice"), theme_id("education")]
    assert got.cost_usd == 1250.5
    data = json.loads(net.dump("HQ"))["tables"]["training"]
    mine = json.loads(net.dump("GT-01"))["tables"]["training"]
    assert data == mine
