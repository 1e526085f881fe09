"""A trusted office (or headquarters) sends changes it has no right to, signed with its real key: each is refused
against the record's stored owner and kept for review, the record stays as it was, and the rest of the bundle is
applied (exit 0, status "applied", a warning naming the records)."""

from __future__ import annotations

import json

from app.cli import main
from app.models.ids import new_id, reference_id
from app.services.store.history import record_history
from app.services.store.seed import country_id
from tests.sync.attack import deliver, forged, log_mark, logged_since, refusals, warned
from tests.sync.craft import craft_bundle


def _honest(gt):
    """An honest change of GT-01's own, sent with the attack: it must go in."""
    mark = log_mark(gt)
    pid = gt.participants.create({"full_name": "Ana López", "organisation": "Organismo Judicial"})
    return pid, logged_since(gt, mark)


def _malawi_participant(net) -> str:
    pid = net["MW-01"].participants.create({"full_name": "Chisomo Banda", "organisation": "Malawi Police"})
    net.sync("MW-01", "HQ")
    return pid


def test_an_office_cannot_take_over_another_offices_participant(net, capsys):
    hq, gt = net["HQ"], net["GT-01"]
    theirs = _malawi_participant(net)
    mine, honest = _honest(gt)
    attack = forged(gt, "participant", theirs, "update", {"owner_office": "GT-01", "organisation": "Taken"})
    path = craft_bundle(net, "GT-01", "HQ", [*honest, attack])
    net.close()
    code = main(["--profile", str(net.root / "HQ"), "bundle", "import", str(path)])
    out, err = capsys.readouterr()
    assert code == 0 and "1 change refused and kept for review" in out
    assert f"participant {theirs} (not_owner, sent by GT-01)" in err and "Traceback" not in err
    hq = net["HQ"]
    row = hq.participants.get(theirs)
    assert (row.owner_office, row.organisation) == ("MW-01", "Malawi Police")
    assert hq.participants.get(mine).full_name == "Ana López"  # the rest of the bundle went in
    assert refusals(hq, theirs) == [("not_owner", "")]
    net.close()
    assert main(["--profile", str(net.root / "HQ"), "sync", "review", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["record_id"], r["code"], r["office"], r["op"]) for r in listed] == [(theirs, "not_owner", "GT-01",
                                                                                   "update")]
    assert "Taken" not in listed[0]["reason"] and theirs in listed[0]["reason"]


def test_an_office_cannot_tombstone_another_offices_record(net):
    hq, gt = net["HQ"], net["GT-01"]
    theirs = _malawi_participant(net)
    mine, honest = _honest(gt)
    result = deliver(net, "GT-01", "HQ", [*honest, forged(gt, "participant", theirs, "delete", {"deleted": True})])
    assert result.status == "applied" and result.exit_code == 0 and (result.created, result.refused) == (1, 1)
    assert warned(result, f"participant {theirs} (not_owner")
    assert not hq.participants.get(theirs).deleted and hq.participants.exists(mine)
    assert refusals(hq, theirs) == [("not_owner", "")]


def test_an_office_cannot_overwrite_another_offices_record_with_a_create(net):
    hq, gt = net["HQ"], net["GT-01"]
    theirs = _malawi_participant(net)
    mine, honest = _honest(gt)
    template = dict(honest[0].new)  # a genuine create of GT-01's, pointed at Malawi's participant
    attack = forged(gt, "participant", theirs, "create", {**template, "full_name": "Overwritten"})
    result = deliver(net, "GT-01", "HQ", [*honest, attack])
    assert result.status == "applied" and result.refused == 1 and hq.participants.exists(mine)
    row = hq.participants.get(theirs)
    assert (row.owner_office, row.full_name) == ("MW-01", "Chisomo Banda")
    assert refusals(hq, theirs) == [("create_exists", "owner_office")]


def test_an_office_cannot_rename_headquarters_office_record(net):
    hq, gt = net["HQ"], net["GT-01"]
    office = reference_id("office", "HQ")
    name = hq.offices.get(office).name
    mine, honest = _honest(gt)
    result = deliver(net, "GT-01", "HQ", [forged(gt, "office", office, "update", {"name": "Renamed by GT"}), *honest])
    assert result.status == "applied" and result.refused == 1 and hq.participants.exists(mine)
    assert hq.offices.get(office).name == name
    assert refusals(hq, office) == [("not_owner", "")]


def test_held_changes_to_another_offices_records_are_refused_when_released(net):
    """Child before parent: GT-01 sends an edit of a Malawi participant and a team member for a Malawi mission
    before headquarters has either; both wait, and are refused when Malawi's records arrive."""
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    theirs = mw.participants.create({"full_name": "Chisomo Banda", "organisation": "Malawi Police"})
    their_mission = mw.missions.create({"title": "Prisons assessment", "country_id": country_id("MW")})
    mark = log_mark(gt)
    own_mission = gt.missions.create({"title": "Courts assessment", "country_id": country_id("GT")})
    gt.service("mission_member").create({"mission_id": own_mission, "staff_name": "Rosa Tzul"})
    honest = logged_since(gt, mark)
    member = forged(gt, "mission_member", new_id(), "create", {**honest[-1].new, "mission_id": their_mission})
    edit = forged(gt, "participant", theirs, "update", {"organisation": "Edited by GT"})
    first = deliver(net, "GT-01", "HQ", [*honest, member, edit])
    assert first.status == "applied" and first.held == 2 and first.refused == 0 and first.created == 2

    second = net.sync("MW-01", "HQ")
    assert second.refused == 2 and second.released == 0 and second.held == 0
    assert warned(second, f"participant {theirs} (not_owner, sent by GT-01)")
    assert warned(second, f"mission_member {member.record_id} (parent_owner, sent by GT-01)")
    assert hq.participants.get(theirs).organisation == "Malawi Police"
    assert not hq.service("mission_member").exists(member.record_id)
    assert refusals(hq, theirs) == [("not_owner", "")]
    assert refusals(hq, member.record_id) == [("parent_owner", "mission_id")]
    assert hq.missions.get(their_mission).title == "Prisons assessment"  # Malawi's own records went in


def test_headquarters_may_correct_an_offices_record_but_not_its_owner_or_creation(net):
    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    pid = gt.participants.create({"full_name": "Ana López", "organisation": "Organismo Judicial"})
    created_by = gt.participants.get(pid).created_by
    net.sync("GT-01", "HQ")
    theirs = _malawi_participant(net)
    mark = log_mark(hq)
    hq.participants.update(pid, {"organisation": "Corrected at HQ"})  # HQ may change an office's data fields
    honest = logged_since(hq, mark)
    take = forged(hq, "participant", pid, "update", {"owner_office": "HQ"})
    rewrite = forged(hq, "participant", pid, "update", {"created_by": "Someone else"})
    other = forged(hq, "participant", theirs, "create", {**honest[0].new, **hq.participants.get_row(theirs),
                                                         "owner_office": "MW-01"})
    other.new.pop("id")
    result = deliver(net, "HQ", "GT-01", [*honest, take, rewrite, other])
    assert result.status == "applied" and result.exit_code == 0 and result.refused == 3
    row = gt.participants.get(pid)
    assert (row.owner_office, row.created_by, row.organisation) == ("GT-01", created_by, "Corrected at HQ")
    assert refusals(gt, pid) == [("fixed_field", "created_by"), ("owner_change", "owner_office")]
    assert refusals(gt, theirs) == [("out_of_scope", "")] and not gt.participants.exists(theirs)
    assert mw.participants.get(theirs).full_name == "Chisomo Banda"


def test_a_change_claiming_another_origin_is_refused(net):
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": "Ana López", "organisation": "Organismo Judicial"})
    net.sync("GT-01", "HQ")
    mine, honest = _honest(gt)
    as_hq = forged(gt, "participant", pid, "update", {"organisation": "Set at HQ"}, site=hq.site.site_id,
                   office="HQ", author="HQ Director")
    other_office = forged(gt, "participant", pid, "update", {"position": "Judge"}, office="HQ")
    as_malawi = forged(gt, "participant", pid, "update", {"position": "Clerk"}, site=net["MW-01"].site.site_id,
                       office="MW-01")
    named = forged(gt, "participant", pid, "update", {"position": "Prosecutor"}, author="HQ Director")
    result = deliver(net, "GT-01", "HQ", [*honest, as_hq, other_office, as_malawi, named])
    assert result.status == "applied" and result.refused == 3 and hq.participants.exists(mine)
    row = hq.participants.get(pid)
    assert (row.organisation, row.position) == ("Organismo Judicial", "Prosecutor")
    assert refusals(hq, pid) == [("forged_origin", "")] * 3
    # The name an office gives its author is recorded as someone at that office, never as a change made at HQ.
    history = record_history(hq, "participant", pid)
    assert {(h.office, h.author) for h in history if h.author == "HQ Director"} == {("GT-01", "HQ Director")}
    assert all(h.office == "GT-01" for h in history)


def test_a_sites_own_changes_echoed_back_are_not_refused(net):
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": "Ana López"})
    net.sync("GT-01", "HQ")
    hq.participants.update(pid, {"organisation": "Corrected at HQ"})
    net.sync("HQ", "GT-01")
    result = net.deliver(net.bundle("GT-01", "HQ", full=True), "HQ")  # carries HQ's own change back to it
    assert result.status == "applied" and result.refused == 0 and result.updated == 0


def test_refusals_are_reported_back_to_their_sender(net, capsys):
    gt = net["GT-01"]
    theirs = _malawi_participant(net)
    deliver(net, "GT-01", "HQ", [forged(gt, "participant", theirs, "update", {"organisation": "Taken"})])
    assert net.sync("HQ", "GT-01").status == "applied"
    net.close()
    assert main(["--profile", str(net.root / "GT-01"), "sync", "status"]) == 0
    out = capsys.readouterr().out
    assert "HQ refused 1 change made here" in out and f"participant {theirs}: not_owner" in out


def test_a_dry_run_reports_refusals_without_keeping_them(net):
    hq, gt = net["HQ"], net["GT-01"]
    theirs = _malawi_participant(net)
    path = craft_bundle(net, "GT-01", "HQ", [forged(gt, "participant", theirs, "delete", {"deleted": True})])
    result = net.deliver(path, "HQ", dry_run=True)
    assert result.status == "would_apply" and result.refused == 1 and "1 change refused" in result.message
    assert refusals(hq, theirs) == [] and not hq.participants.get(theirs).deleted


def test_a_held_change_from_a_site_no_longer_trusted_is_refused_when_released(net):
    from app.services.profile.keys import untrust

    hq, gt, mw = net["HQ"], net["GT-01"], net["MW-01"]
    mission = mw.missions.create({"title": "Prisons assessment", "country_id": country_id("MW")})
    edit = forged(gt, "mission", mission, "update", {"summary": "Waiting"})
    assert deliver(net, "GT-01", "HQ", [edit]).held == 1
    untrust(hq, "GT-01")
    result = net.sync("MW-01", "HQ")
    assert result.refused == 1 and hq.missions.get(mission).summary == ""
    assert refusals(hq, mission) == [("untrusted_sender", "")]
    assert warned(result, f"mission {mission} (untrusted_sender, sent by GT-01)")


def test_a_manifest_made_before_refusals_were_reported_still_decodes():
    import msgspec

    from app.sync.container import _MANIFEST_DECODER, BundleParty, Manifest, manifest_bytes

    manifest = Manifest("fielddesk-bundle", 1, "0005", "1.0", "id", "2026-01-01T00:00:00.000Z",
                        BundleParty("a", "GT-01"), BundleParty("b", "HQ"), 1, False, 0, 0, {}, 0, 0, 0, 0, [])
    older = json.loads(manifest_bytes(manifest))
    del older["refused"]
    assert _MANIFEST_DECODER.decode(msgspec.json.encode(older)) == manifest


def test_an_office_cannot_attach_a_file_to_another_offices_record(net, tmp_path):
    from app.services.profile.attachments import attach_file

    hq, gt = net["HQ"], net["GT-01"]
    theirs = _malawi_participant(net)
    mark = log_mark(gt)
    mine = gt.participants.create({"full_name": "Ana López"})
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF planted")
    attach_file(gt, "participant", mine, scan)
    honest = logged_since(gt, mark)
    planted = forged(gt, "attachment", new_id(), "create", {**honest[-1].new, "record_id": theirs})
    result = deliver(net, "GT-01", "HQ", [*honest, planted])
    assert result.status == "applied" and (result.refused, result.created) == (1, 2)
    assert refusals(hq, planted.record_id) == [("parent_owner", "record_id")]
    assert not hq.service("attachment").exists(planted.record_id)
