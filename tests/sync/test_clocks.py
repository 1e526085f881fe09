"""Wrong clocks: a site's clock is moved with its own wall-clock source (``fd.wall``), never by sleeping or patching
time. A clock far ahead is quarantined at headquarters and repaired at the office without waiting; a clock a day
ahead does not drag the others; a clock years behind is named on both sides."""

from __future__ import annotations

from app.cli import main
from app.services.store.check import check_profile
from app.services.store.clock import MAX_AHEAD_MS, pack, physical_ms
from app.sync.conflicts import list_conflicts
from app.sync.export import export_bundle
from app.sync.quarantine import quarantine_dir, quarantined
from app.sync.repair import repair_clock
from app.sync.skew import clock_health


def persisted_clock(fd) -> int:
    with fd.reading() as conn:
        return conn.exec_driver_sql("SELECT hlc FROM clock_state").scalar()


def newest_stamp_of(fd, site_id: str) -> int:
    with fd.reading() as conn:
        return conn.exec_driver_sql("SELECT max(hlc) FROM change_log WHERE site_id = ?" if fd.db.is_sqlite else
                                    "SELECT max(hlc) FROM change_log WHERE site_id = %s", (site_id,)).scalar()


def within_bound(fd) -> bool:
    """The site's clock is no further ahead than its wall clock plus the bound."""
    return physical_ms(persisted_clock(fd)) <= fd.wall.now_ms() + MAX_AHEAD_MS


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_an_office_three_days_ahead_is_repaired_and_its_next_bundle_accepted_with_nothing_lost(net, capsys):
    gt, hq = net["GT-01"], net["HQ"]
    gt.wall.shift(days=3)
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    gt.participants.update(pid, {"position": "Magistrada"})
    assert net.deliver(net.bundle("GT-01", "HQ"), "HQ").status == "quarantined"
    gt.wall.reset()  # someone sets the date right
    later = gt.participants.create({"full_name": "Bruno Díaz"})  # the persisted clock still stamps 3 days ahead
    assert physical_ms(newest_stamp_of(gt, gt.site.site_id)) > gt.wall.now_ms() + 2 * 86_400_000
    [problem] = clock_health(gt)
    assert "3 days ahead" in problem and "fielddesk clock repair" in problem
    net.close()
    code, _, err = run(capsys, "--profile", net.root / "GT-01", "sync", "status")  # any command says it at start
    assert code == 0 and "3 days ahead" in err
    code, out, _ = run(capsys, "--profile", net.root / "GT-01", "clock", "repair", "--dry-run")
    assert code == 0 and "Would re-stamp 3 unsent changes" in out
    gt = net["GT-01"]
    assert physical_ms(persisted_clock(gt)) > gt.wall.now_ms() + 2 * 86_400_000  # the dry run changed nothing
    net.close()
    code, out, _ = run(capsys, "--profile", net.root / "GT-01", "clock", "repair")
    assert code == 0 and "3 days ahead" in out and "Re-stamped 3 unsent changes" in out
    gt, hq = net["GT-01"], net["HQ"]
    assert within_bound(gt) and clock_health(gt) == [] and check_profile(gt) == []
    assert physical_ms(newest_stamp_of(gt, gt.site.site_id)) <= gt.wall.now_ms() + MAX_AHEAD_MS
    assert repair_clock(gt).restamped == 0  # nothing left to repair
    result = net.sync("GT-01", "HQ")
    assert result.created == 3
    # The first bundle, kept in quarantine, holds nothing the new one does not: it is superseded, not "missing".
    assert result.warnings == ["Bundle #1 from GT-01, kept in quarantine, is superseded by this one (it carries "
                               "its changes) and was removed from quarantine."]
    assert quarantined(hq) == []
    assert hq.participants.get(pid).position == "Magistrada" and hq.participants.get(later).full_name == "Bruno Díaz"
    assert within_bound(hq)
    net.sync("HQ", "GT-01")
    assert net.dump("HQ").count("Magistrada") == net.dump("GT-01").count("Magistrada") == 1


def test_an_office_23_hours_ahead_does_not_drag_headquarters_so_an_office_2_hours_slow_accepts_it(net):
    gt, hq, mw = net["GT-01"], net["HQ"], net["MW-01"]
    gt.wall.shift(hours=23)
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    result = net.sync("GT-01", "HQ")  # inside the day's tolerance: applied, with a plain warning
    assert any("GT-01's clock seems about 23 hours ahead of this computer's" in w for w in result.warnings)
    # a code and parameters, the gap written by Babel in the reader's language (it was English in every language),
    # in the reader's digits (Latin in Arabic too, CLDR's default)
    from app.vocabulary.problems import render_text

    [skew] = [w for w in result.warnings if "23 hours" in w]
    for lang, said in (("fr", "avancer d’environ 23 heures"), ("es", "adelantado aproximadamente 23 horas"),
                       ("ru", "спешат примерно на 23 часа"), ("ar", "متقدمة بنحو 23 ساعة"), ("zh", "快约 23小时")):
        shown = render_text(skew, lang).replace("\xa0", " ")
        assert said in shown and "hours" not in shown, (lang, shown)
    assert within_bound(hq)
    # Headquarters' own next changes are stamped from its own clock, not 23 hours ahead.
    hq.thematic_areas.create({"code": "TJ", "name": "Transitional justice"})
    assert physical_ms(newest_stamp_of(hq, hq.site.site_id)) <= hq.wall.now_ms() + MAX_AHEAD_MS
    mw.wall.shift(hours=-2)
    before = persisted_clock(mw)
    applied = net.sync("HQ", "MW-01")
    assert applied.status == "applied" and applied.message.startswith("Applied bundle #")
    assert render_text(applied.message, "es").startswith("Paquete n.º ")  # the outcome line is in the catalogue too
    assert persisted_clock(mw) <= max(before, pack(mw.wall.now_ms() + MAX_AHEAD_MS, 0xFFFF))
    assert any("This computer's clock seems about 2 hours behind headquarters'" in w for w in applied.warnings)
    # An edit at headquarters after seeing the office's change still wins over it everywhere.
    hq.participants.update(pid, {"position": "Magistrada"})
    net.sync("HQ", "GT-01")
    assert gt.participants.get(pid).position == hq.participants.get(pid).position == "Magistrada"
    assert check_profile(hq) == [] and check_profile(gt) == []


def test_an_office_ten_years_behind_is_named_on_both_sides_and_lists_its_lost_edit(net):
    gt, hq = net["GT-01"], net["HQ"]
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    hq.participants.update(pid, {"position": "Presidenta del tribunal"})
    gt.wall.shift(days=-3650)
    gt.participants.update(pid, {"position": "Magistrada", "organisation": "Organismo Judicial"})
    at_hq = net.sync("GT-01", "HQ")
    assert any("GT-01's clock seems about 10 years behind this computer's" in w for w in at_hq.warnings)
    at_gt = net.sync("HQ", "GT-01")
    assert any("This computer's clock seems about 10 years behind headquarters'" in w for w in at_gt.warnings)
    assert any("10 years behind" in p for p in clock_health(gt))  # at start, until the clock is set
    assert any("10 years behind" in w for w in export_bundle(gt, "HQ", net.root / "again.fdb").warnings)
    # The office's edit lost to headquarters' concurrent one: listed on both sides, not only at headquarters.
    [at_gt_conflict] = list_conflicts(gt)
    assert [c.key for c in list_conflicts(hq)] == [at_gt_conflict.key]
    assert (at_gt_conflict.mine, at_gt_conflict.theirs) == ("Magistrada", "Presidenta del tribunal")
    assert gt.participants.get(pid).organisation == hq.participants.get(pid).organisation == "Organismo Judicial"
    gt.wall.reset()
    assert clock_health(gt) == []


def test_a_bundle_far_ahead_is_quarantined_then_accepted_without_moving_the_clock(net, capsys):
    gt = net["GT-01"]
    gt.wall.shift(days=3)
    pid = gt.participants.create({"full_name": "Ana López", "position": "Jueza"})
    path = net.bundle("GT-01", "HQ")
    hq_root, gt_root = net.root / "HQ", net.root / "GT-01"
    before = net.dump("HQ")
    net.close()
    code, out, err = run(capsys, "--profile", hq_root, "bundle", "import", path)
    assert code == 3 and out == ""
    [line] = err.strip().splitlines()
    assert "Quarantined" in line and "72 hours ahead" in line and "fielddesk bundle accept" in line
    [note] = quarantined(net["HQ"])
    assert note["sender"] == "GT-01" and "72 hours ahead" in note["reason"]
    assert (quarantine_dir(net["HQ"]) / f"{note['bundle_id']}.fdb").read_bytes() == path.read_bytes()
    assert net.dump("HQ") == before
    net.close()
    code, out, err = run(capsys, "--profile", hq_root, "bundle", "inspect", path)  # shown, to be checked
    assert code == 0 and "#1 from GT-01" in out and "72 hours ahead" in err
    code, out, _ = run(capsys, "--profile", hq_root, "bundle", "quarantine")
    assert code == 0 and note["bundle_id"][:8] in out
    code, out, err = run(capsys, "--profile", hq_root, "bundle", "accept", note["bundle_id"][:8])
    assert code == 0 and "Applied bundle #1 from GT-01" in out and "not acknowledged" in err
    hq = net["HQ"]
    assert hq.participants.get(pid).position == "Jueza" and quarantined(hq) == []
    assert within_bound(hq) and check_profile(hq) == []
    assert physical_ms(newest_stamp_of(hq, gt.site.site_id)) <= hq.wall.now_ms() + MAX_AHEAD_MS
    # The office sets its clock and repairs; its changes come again with present stamps, and both sides agree.
    net.close()
    assert run(capsys, "--profile", gt_root, "clock", "repair")[0] == 0
    gt, hq = net["GT-01"], net["HQ"]
    gt.participants.update(pid, {"position": "Magistrada"})
    again = net.sync("GT-01", "HQ")
    assert again.warnings == [] and hq.participants.get(pid).position == "Magistrada"
    net.sync("HQ", "GT-01")
    assert gt.participants.get(pid).position == "Magistrada"
    hq.participants.update(pid, {"position": "Presidenta"})  # a later edit at headquarters wins at the office too
    net.sync("HQ", "GT-01")
    assert gt.participants.get(pid).position == "Presidenta"
    assert within_bound(gt)
