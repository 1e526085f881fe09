"""Both sides change the same thing between syncs: the newer write wins everywhere, the other is kept as a conflict,
and a resolution is an ordinary edit that syncs and closes the conflict on both sides."""

from __future__ import annotations

from app.sync.conflicts import list_conflicts, resolve_conflict


def shared_participant(net):
    gt = net["GT-01"]
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza", "organisation": "Organismo Judicial"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    return pid


def test_concurrent_edits_of_one_field_converge_and_keep_the_loser(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})  # later stamp: wins
    to_hq = net.bundle("GT-01", "HQ")
    to_gt = net.bundle("HQ", "GT-01")
    r_hq = net.deliver(to_hq, "HQ")
    r_gt = net.deliver(to_gt, "GT-01")
    assert r_hq.conflicts == 1 and r_gt.conflicts == 1
    assert gt.participants.get(pid).position == hq.participants.get(pid).position == "Presidenta del tribunal"
    [at_gt] = list_conflicts(gt)
    [at_hq] = list_conflicts(hq)
    assert (at_gt.mine, at_gt.theirs, at_gt.winner) == ("Magistrada", "Presidenta del tribunal", "remote")
    assert (at_hq.mine, at_hq.theirs, at_hq.winner) == ("Presidenta del tribunal", "Magistrada", "local")
    assert at_gt.field == "position" and "Both sides changed position" in at_gt.describe()


def test_edits_of_different_fields_merge_without_conflict(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"organisation": "Corte Suprema de Justicia"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    assert net.deliver(to_hq, "HQ").conflicts == 0 and net.deliver(to_gt, "GT-01").conflicts == 0
    for site in (gt, hq):
        p = site.participants.get(pid)
        assert (p.position, p.organisation) == ("Magistrada", "Corte Suprema de Justicia")
    assert net.dump("GT-01").count("Magistrada") == 1
    assert list_conflicts(gt) == list_conflicts(hq) == []


def test_same_value_written_on_both_sides_is_no_conflict_but_still_converges(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Magistrada"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    assert net.deliver(to_hq, "HQ").conflicts == 0 and net.deliver(to_gt, "GT-01").conflicts == 0


def test_resolving_keep_mine_syncs_and_closes_the_conflict_on_both_sides(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    net.deliver(to_hq, "HQ")
    net.deliver(to_gt, "GT-01")
    [conflict] = list_conflicts(gt)
    resolve_conflict(gt, conflict.id[:8], "mine")
    assert gt.participants.get(pid).position == "Magistrada" and list_conflicts(gt) == []
    net.sync("GT-01", "HQ")
    assert hq.participants.get(pid).position == "Magistrada"
    assert list_conflicts(hq) == []  # closed by the newer write
    assert [c.resolution for c in list_conflicts(hq, include_closed=True)] == ["superseded"]


def test_resolving_keep_the_value_in_effect_still_travels(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    net.deliver(to_hq, "HQ")
    net.deliver(to_gt, "GT-01")
    [conflict] = list_conflicts(gt)
    resolve_conflict(gt, conflict.id, "theirs")
    assert net.sync("GT-01", "HQ").updated == 1
    assert list_conflicts(hq) == [] and hq.participants.get(pid).position == "Presidenta del tribunal"


def test_an_edit_beats_a_concurrent_delete_on_both_sides(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.delete(pid)
    hq.participants.update(pid, {"position": "Magistrada"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    r_hq = net.deliver(to_hq, "HQ")  # the delete arrives where the record was edited: kept
    r_gt = net.deliver(to_gt, "GT-01")  # the edit arrives where it was deleted: restored
    assert r_hq.conflicts == 1 and r_gt.conflicts == 1
    assert not hq.participants.get(pid).deleted and not gt.participants.get(pid).deleted
    assert gt.participants.get(pid).position == "Magistrada"
    assert [c.kind for c in list_conflicts(hq)] == ["delete_ignored"]
    assert [c.kind for c in list_conflicts(gt)] == ["edit_revived"]
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    assert net.dump("HQ").count(pid) == net.dump("GT-01").count(pid)
    assert not hq.participants.get(pid).deleted


def test_keep_the_delete_resolution_deletes_everywhere(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.delete(pid)
    hq.participants.update(pid, {"position": "Magistrada"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    net.deliver(to_hq, "HQ")
    net.deliver(to_gt, "GT-01")
    [conflict] = list_conflicts(hq)
    resolve_conflict(hq, conflict.id, "theirs")  # HQ accepts the office's delete
    net.sync("HQ", "GT-01")
    assert hq.participants.get(pid).deleted and gt.participants.get(pid).deleted
    assert list_conflicts(gt) == []


def test_a_sequential_edit_after_sync_is_no_conflict(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    hq.participants.update(pid, {"position": "Magistrada"})
    net.sync("HQ", "GT-01")
    gt.participants.update(pid, {"position": "Presidenta"})
    assert net.sync("GT-01", "HQ").conflicts == 0
    assert hq.participants.get(pid).position == "Presidenta"


def keys(fd, **kw):
    return sorted(c.key for c in list_conflicts(fd, **kw))


def test_a_conflict_found_at_headquarters_is_listed_at_the_office_after_the_next_bundle_back(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})  # later stamp: wins
    assert net.sync("GT-01", "HQ").conflicts == 1
    # Headquarters' bundle acknowledges the office's edit, so to the office the winning value looks like a later
    # edit; the bundle names the conflict, and the office lists it too.
    assert net.sync("HQ", "GT-01").conflicts == 1
    [at_gt], [at_hq] = list_conflicts(gt), list_conflicts(hq)
    assert (at_gt.mine, at_gt.theirs, at_gt.winner) == ("Magistrada", "Presidenta del tribunal", "remote")
    assert (at_hq.mine, at_hq.theirs, at_hq.winner) == ("Presidenta del tribunal", "Magistrada", "local")
    assert keys(gt) == keys(hq)
    assert net.sync("HQ", "GT-01").conflicts == 0 and len(list_conflicts(gt, include_closed=True)) == 1  # once
    resolve_conflict(gt, at_gt.id, "mine")  # at either side: closes it at both
    net.sync("GT-01", "HQ")
    assert hq.participants.get(pid).position == gt.participants.get(pid).position == "Magistrada"
    assert list_conflicts(gt) == list_conflicts(hq) == []


def test_a_resolved_conflict_does_not_reopen_when_its_losing_change_arrives_again(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    assert net.sync("GT-01", "HQ").conflicts == 1
    [conflict] = list_conflicts(hq)
    resolve_conflict(hq, conflict.id, "mine")
    # The office has heard nothing from headquarters yet, so its next bundle carries the losing edit again.
    again = net.sync("GT-01", "HQ")
    assert again.conflicts == 0 and again.updated == 0
    assert list_conflicts(hq) == [] and len(list_conflicts(hq, include_closed=True)) == 1
    assert hq.participants.get(pid).position == "Presidenta del tribunal"


def test_a_conflict_resolved_in_opposite_directions_at_two_sites_converges_and_stays_resolved(net):
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    net.deliver(to_hq, "HQ")
    net.deliver(to_gt, "GT-01")
    assert keys(gt) == keys(hq) and len(keys(gt)) == 1
    # Each side keeps its own value: the office "Magistrada", headquarters "Presidenta del tribunal".
    resolve_conflict(gt, list_conflicts(gt)[0].id, "mine")
    resolve_conflict(hq, list_conflicts(hq)[0].id, "mine")
    # Both next bundles carry the original edits again (neither side had acknowledged them) with the resolutions.
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    net.deliver(to_hq, "HQ")
    net.deliver(to_gt, "GT-01")
    assert gt.participants.get(pid).position == hq.participants.get(pid).position
    # The two resolutions disagree: one new conflict, the same at both sites; the first stays resolved.
    assert keys(gt) == keys(hq) and len(keys(gt)) == 1
    assert keys(gt, include_closed=True) == keys(hq, include_closed=True)
    assert len(keys(hq, include_closed=True)) == 2
    resolve_conflict(hq, list_conflicts(hq)[0].id, "theirs")
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    assert list_conflicts(gt) == list_conflicts(hq) == []
    assert gt.participants.get(pid).position == hq.participants.get(pid).position


def test_a_peer_cannot_make_a_conflict_appear_by_naming_one(net):
    from sqlalchemy import func, select

    from app.models.local import ChangeLog
    from app.sync.container import ConflictNotice
    from tests.sync.craft import craft_bundle

    pid = shared_participant(net)
    gt, hq, mw = net["GT-01"], net["HQ"], net["MW-01"]
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    net.sync("HQ", "GT-01")
    gt.participants.update(pid, {"position": "Magistrada"})  # after seeing headquarters' edit: no conflict
    net.sync("GT-01", "HQ")
    log = ChangeLog.__table__
    with hq.reading() as conn:
        stamps = dict(conn.execute(select(log.c.site_id, func.max(log.c.hlc))
                                   .where(log.c.record_id == pid).group_by(log.c.site_id)).all())
    hq_stamp, gt_stamp = stamps[hq.site.site_id], stamps[gt.site.site_id]
    bogus = [
        # the order reversed: the older value named as the winner
        ConflictNotice("participant", pid, "position", "field", gt_stamp, gt.site.site_id, hq_stamp, hq.site.site_id),
        # a third site's change
        ConflictNotice("participant", pid, "position", "field", hq_stamp, hq.site.site_id, gt_stamp + 1,
                       mw.site.site_id),
    ]
    path = craft_bundle(net, "GT-01", "HQ", [], sequence=9, manifest_changes={"conflicts": bogus})
    assert net.deliver(path, "HQ").conflicts == 0
    assert list_conflicts(hq, include_closed=True) == []


def test_an_edit_beats_a_delete_from_an_office_whose_clock_is_ahead_of_headquarters(net):
    """Headquarters' clock 20 hours behind (within the day it tolerates): the delete it ignores carries a newer stamp
    than its clock gives, so its "alive" must be stamped above that delete, or the office keeps its delete over it
    and the two disagree (found by the convergence test)."""
    pid = shared_participant(net)
    gt, hq = net["GT-01"], net["HQ"]
    hq.wall.shift(hours=-20)
    hq.participants.update(pid, {"position": "Magistrada"})
    gt.participants.delete(pid)
    net.sync("GT-01", "HQ")
    assert not hq.participants.get(pid).deleted
    net.sync("HQ", "GT-01")
    assert not gt.participants.get(pid).deleted and gt.participants.get(pid).position == "Magistrada"
