"""A site that goes back in time (a restored backup, a database file replaced by an older copy) loses nothing: its
next bundles are not mistaken for old ones, acknowledgements never cover changes that did not travel, and what it
lost comes back from headquarters, without anyone typing --full (app/services/store/incarnation.py)."""

from __future__ import annotations

import json
import shutil
import tracemalloc

import pytest

from app.services.profile.backup import create_backup, restore_backup
from app.services.store.wire import Change
from app.sync.status import peer_status
from app.vocabulary.problems import render_text
from tests.sync.craft import craft_bundle


def restore(net, code: str, backup_id: str, **kw):
    before = restore_backup(net[code], backup_id, **kw)
    net.open.pop(code)  # closed by the restore; the next use opens the restored profile
    return before


def gt_rows(net, site: str) -> dict[str, dict]:
    """GT-01's participants as a site holds them, without who stamped them: an office records headquarters' changes
    under whoever signed the bundle, not the name headquarters wrote (docs/SYNC.md, "The author is the certified
    user")."""
    rows = json.loads(net.dump(site))["tables"]["participant"]
    return {r["id"]: {k: v for k, v in r.items() if k not in ("created_by", "updated_by")}
            for r in rows if r["owner_office"] == "GT-01"}


def names(net, site: str) -> set[str]:
    return {r["full_name"] for r in gt_rows(net, site).values()}


def pending(net, site: str, peer: str) -> int:
    return next(s.unacknowledged for s in peer_status(net[site]) if s.office == peer)


def test_a_restored_backup_loses_nothing_in_either_direction(net):
    gt, hq = net["GT-01"], net["HQ"]
    kept = gt.participants.create({"full_name": "Before the backup"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    backup = create_backup(gt, reason="yesterday")

    # After the backup: work at the office that reaches headquarters, and headquarters' edits that reach the office.
    sent = [gt.participants.create({"full_name": f"Sent before the restore {n}"}) for n in range(3)]
    gt.participants.update(kept, {"organisation": "Supreme Court"})
    net.sync("GT-01", "HQ")
    hq.participants.update(sent[0], {"position": "Judge"})
    net.sync("HQ", "GT-01")
    assert net["GT-01"].participants.get_row(sent[0])["position"] == "Judge"

    before = restore(net, "GT-01", backup.id)
    assert before.restore_sync.will_come_back == 4  # three creates and one edit had reached headquarters
    assert before.restore_sync.not_sent == 0
    assert names(net, "GT-01") == {"Before the backup"}

    # New work after the restore, then a bundle to headquarters: applied, never taken for an old one.
    new = [net["GT-01"].participants.create({"full_name": f"After the restore {n}"}) for n in range(2)]
    result = net.deliver(net.bundle("GT-01", "HQ"), "HQ")
    assert result.status == "applied", result.message
    assert result.created == 2
    assert any("restored a backup" in w for w in result.warnings)
    # and says so in a Spanish headquarters' language, with the date of the restore
    restored = next(w for w in result.warnings if "restored a backup" in w)
    assert render_text(restored, "es").startswith("GT-01 restauró una copia de seguridad (desde el 20")
    # Headquarters knows the office lacks things: they are pending for it, not acknowledged.
    assert pending(net, "HQ", "GT-01") >= 5

    result = net.deliver(net.bundle("HQ", "GT-01"), "GT-01")
    assert result.status == "applied", result.message
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")

    expected = {"Before the backup", *(f"Sent before the restore {n}" for n in range(3)),
                *(f"After the restore {n}" for n in range(2))}
    assert names(net, "GT-01") == names(net, "HQ") == expected
    assert gt_rows(net, "GT-01") == gt_rows(net, "HQ")
    assert gt_rows(net, "GT-01")[sent[0]]["position"] == "Judge"
    assert gt_rows(net, "GT-01")[kept]["organisation"] == "Supreme Court"
    assert all(net["HQ"].participants.exists(pid) for pid in new)
    assert pending(net, "GT-01", "HQ") == 0 and pending(net, "HQ", "GT-01") == 0


def test_an_acknowledgement_from_before_the_restore_never_covers_new_work(net):
    """Headquarters' bundle, made before it heard of the restore, acknowledges positions the office has reused."""
    gt = net["GT-01"]
    gt.participants.create({"full_name": "Before the backup"})
    net.sync("GT-01", "HQ")
    backup = create_backup(gt, reason="yesterday")
    for n in range(4):
        gt.participants.create({"full_name": f"Lost at the office {n}"})
    net.sync("GT-01", "HQ")  # headquarters' next bundle acknowledges positions up to the end of these four
    restore(net, "GT-01", backup.id, confirmed=True)  # the office has not heard back yet
    for n in range(4):
        net["GT-01"].participants.create({"full_name": f"New at the office {n}"})

    assert net.deliver(net.bundle("HQ", "GT-01"), "GT-01").status == "applied"
    assert pending(net, "GT-01", "HQ") == 4  # the old acknowledgement does not cover the new work
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    expected = {"Before the backup", *(f"Lost at the office {n}" for n in range(4)),
                *(f"New at the office {n}" for n in range(4))}
    assert names(net, "GT-01") == names(net, "HQ") == expected


def test_a_database_file_replaced_by_hand_is_noticed(net):
    """No restore command: somebody copies yesterday's database file over today's. The profile's high-water mark
    (outside the database) shows it went back."""
    gt = net["GT-01"]
    gt.participants.create({"full_name": "Before the copy"})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    net.close()
    folder = net.root / "GT-01"
    copy = net.root / "yesterday.db"
    shutil.copyfile(folder / "fielddesk.db", copy)
    for n in range(3):
        net["GT-01"].participants.create({"full_name": f"Sent, then lost {n}"})
    net.sync("GT-01", "HQ")
    net.close()
    shutil.copyfile(copy, folder / "fielddesk.db")
    for suffix in ("-wal", "-shm"):
        (folder / f"fielddesk.db{suffix}").unlink(missing_ok=True)

    net["GT-01"].participants.create({"full_name": "After the copy"})
    result = net.deliver(net.bundle("GT-01", "HQ"), "HQ")
    assert result.status == "applied", result.message
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    expected = {"Before the copy", "After the copy", *(f"Sent, then lost {n}" for n in range(3))}
    assert names(net, "GT-01") == names(net, "HQ") == expected


def test_a_bundle_made_before_the_restore_still_counts_when_it_arrives_late(net):
    gt = net["GT-01"]
    net.sync("GT-01", "HQ")
    backup = create_backup(gt, reason="yesterday")
    gt.participants.create({"full_name": "Only in the lost bundle"})
    in_transit = net.bundle("GT-01", "HQ")
    restore(net, "GT-01", backup.id, confirmed=True)
    net["GT-01"].participants.create({"full_name": "After the restore"})
    assert net.deliver(net.bundle("GT-01", "HQ"), "HQ").status == "applied"

    late = net.deliver(in_transit, "HQ")
    assert late.status == "applied", late.message
    assert late.created == 1 and any("before that office restored" in w for w in late.warnings)
    net.sync("HQ", "GT-01")
    assert names(net, "GT-01") == names(net, "HQ") == {"Only in the lost bundle", "After the restore"}


def test_the_restore_says_what_is_not_at_headquarters(net):
    gt = net["GT-01"]
    backup = create_backup(gt, reason="yesterday")
    for n in range(2):
        gt.participants.create({"full_name": f"Never sent {n}"})
    before = restore(net, "GT-01", backup.id, confirmed=True)
    assert (before.restore_sync.not_sent, before.restore_sync.will_come_back) == (2, 0)
    assert any("not been acknowledged" in line for line in before.restore_sync.describe())


def _one_change(net, sender: str) -> list[Change]:
    from app.services.store.clock import pack, wall_ms

    return [Change(1, "participant", "7d0f3c8e-0000-4000-8000-00000000beef", "create", pack(wall_ms()),
                   net[sender].site.site_id, sender, "x", "2026-01-01T00:00:00.000Z",
                   {"full_name": "Numbered absurdly", "owner_office": sender}, {})]


def test_absurd_bundle_numbers_are_refused_and_later_bundles_still_count(net):
    """A signed bundle numbered 2^31, or 3,000,000: refused in one line, with bounded memory, and the office's next
    genuine bundle is applied, not dropped as superseded."""
    for number in (2**31, 3_000_000):
        path = craft_bundle(net, "GT-01", "HQ", _one_change(net, "GT-01"), sequence=number)
        tracemalloc.start()
        result = net.deliver(path, "HQ")
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert result.status == "rejected" and result.exit_code == 3, result.message
        assert "\n" not in result.message and str(number) in result.message
        assert peak < 64 * 1024 * 1024
    net["GT-01"].participants.create({"full_name": "Genuine"})
    assert net.deliver(net.bundle("GT-01", "HQ"), "HQ").status == "applied"
    assert "Genuine" in names(net, "HQ")


def test_negative_and_oversized_numbers_in_a_manifest_are_refused(net):
    for field_changes in ({"received": {net["HQ"].site.site_id: -1}}, {"covers_to": 2**40},
                          {"covers_from": 5, "covers_to": 2}, {"epoch_first_seq": 9}):
        path = craft_bundle(net, "GT-01", "HQ", [], sequence=1, manifest_changes=field_changes)
        result = net.deliver(path, "HQ")
        assert result.status == "rejected" and "\n" not in result.message, (field_changes, result.message)


def test_headquarters_restoring_a_backup_gets_its_own_changes_back_from_the_office(tmp_path):
    """Headquarters on SQLite (a small headquarters) restores yesterday's backup: its roster and its edits of an
    office's records that reached the office come back with the office's next bundle, and only those: a change that
    merely claims to be headquarters' is still refused."""
    from app.services import FieldDesk
    from app.services.profile.keys import create_identity, load_identity, trust_card
    from tests.sync.conftest import Network

    root = tmp_path / "net"
    with FieldDesk.create(root / "HQ", office_code="HQ", office_name="Headquarters", role="hq",
                          country_code="CH") as hq:
        create_identity(hq)
        with FieldDesk.create(root / "GT-01", office_code="GT-01", office_name="Guatemala office",
                              country_code="GT") as office:
            create_identity(office)
            trust_card(office, load_identity(hq).card)
            trust_card(hq, load_identity(office).card)
    net = Network(root)
    try:
        pid = net["GT-01"].participants.create({"full_name": "Ana López"})
        net["HQ"].experts.create({"full_name": "Expert before the backup"})
        net.sync("GT-01", "HQ")
        net.sync("HQ", "GT-01")
        backup = create_backup(net["HQ"], reason="yesterday")
        lost_expert = net["HQ"].experts.create({"full_name": "Expert after the backup"})
        net["HQ"].participants.update(pid, {"position": "Magistrate"})
        net.sync("HQ", "GT-01")

        restore(net, "HQ", backup.id)
        assert not net["HQ"].experts.exists(lost_expert)
        net.sync("HQ", "GT-01")  # the office learns that headquarters went back
        result = net.deliver(net.bundle("GT-01", "HQ"), "HQ")
        assert result.status == "applied", result.message
        assert result.refused == 0, result.refused_records
        assert net["HQ"].experts.exists(lost_expert)
        assert net["HQ"].participants.get_row(pid)["position"] == "Magistrate"
        assert pending(net, "GT-01", "HQ") == 2  # sent back, until headquarters confirms it has them
        net.sync("HQ", "GT-01")
        net.sync("GT-01", "HQ")
        assert pending(net, "GT-01", "HQ") == 0 and pending(net, "HQ", "GT-01") == 0

        # A change made up by the office in headquarters' name, stamped now (after the restore), is no echo.
        from app.services.store.clock import pack, wall_ms

        forged = Change(99, "expert", "5f0c3c8e-0000-4000-8000-00000000f00d", "create", pack(wall_ms()),
                        net["HQ"].site.site_id, "HQ", "HQ Director", "2026-01-01T00:00:00.000Z",
                        {"full_name": "Planted expert", "owner_office": "HQ"}, {})
        path = craft_bundle(net, "GT-01", "HQ", [forged], sequence=50)
        result = net.deliver(path, "HQ")
        assert result.refused == 1 and "forged_origin" in result.refused_records[0]
        assert not net["HQ"].experts.exists(forged.record_id)
    finally:
        net.close()


def test_a_restored_office_keeps_the_names_headquarters_never_held(net):
    """Headquarters holds a participant who did not consent to sharing under a pseudonym. When the office restores a
    backup, headquarters sends the office's own changes back: those must not put the pseudonym in place of the name
    the restored office holds; a person recorded after the backup comes back under the pseudonym, and the import
    says so plainly (the name never left the office, so nobody else has it)."""
    from app.services.privacy.pseudonyms import pseudonym_of
    from app.services.store.seed import country_id

    gt, hq = net["GT-01"], net["HQ"]
    kept = gt.participants.create({"full_name": "Quispe Unshared", "organisation": "Legal Aid",
                                   "country_id": country_id("GT"), "consent_share_name": False})
    cleared = gt.participants.create({"full_name": "Quispe Shared", "organisation": "Old Ministry",
                                      "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    backup = create_backup(gt, reason="yesterday")
    gt.participants.update(kept, {"full_name": "Quispe Unshared-Mamani", "position": "Paralegal"})
    gt.participants.update(cleared, {"organisation": ""})  # really cleared: it comes back cleared, not as a scrub
    later = gt.participants.create({"full_name": "Mamani Later", "country_id": country_id("GT"),
                                    "consent_share_name": False})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    assert hq.participants.get_row(kept)["full_name"] == pseudonym_of(gt, kept)

    restore(net, "GT-01", backup.id)
    net.sync("GT-01", "HQ")  # tells headquarters the office went back in time
    result = net.deliver(net.bundle("HQ", "GT-01"), "GT-01")
    assert result.status == "applied", result.message
    row = net["GT-01"].participants.get_row(kept)
    assert (row["full_name"], row["organisation"]) == ("Quispe Unshared", "Legal Aid"), "the restored name stays"
    assert row["position"] == ""  # the edit after the backup was scrubbed at headquarters: it cannot come back
    assert net["GT-01"].participants.get_row(cleared)["organisation"] == ""
    assert net["GT-01"].participants.get_row(later)["full_name"] == pseudonym_of(net["GT-01"], later)
    warning = next(w for w in result.warnings if "pseudonym" in render_text(w, "en"))
    assert render_text(warning, "en").startswith("1 participant recorded here after the restored backup")
    assert pseudonym_of(net["GT-01"], later) in render_text(warning, "en")
    assert render_text(warning, "es") != render_text(warning, "en")


@pytest.mark.parametrize("scrubbed_by", ["consent withdrawn after the backup", "headquarters' names policy"])
def test_a_restored_office_keeps_a_name_whatever_made_headquarters_scrub_it(net, scrubbed_by):
    """The restored backup may say the person consents to sharing while headquarters holds only the pseudonym (the
    consent was withdrawn after the backup, or headquarters' policy keeps every name in the offices): the changes
    headquarters sends back still do not put the pseudonym in place of the name the office holds."""
    from app.services.privacy.name_policy import set_policy
    from app.services.privacy.pseudonyms import pseudonym_of
    from app.services.store.seed import country_id

    gt, hq = net["GT-01"], net["HQ"]
    kept = gt.participants.create({"full_name": "Quispe Shared", "organisation": "Legal Aid",
                                   "country_id": country_id("GT"), "consent_share_name": True})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    backup = create_backup(gt, reason="yesterday")
    if scrubbed_by == "consent withdrawn after the backup":
        gt.participants.update(kept, {"consent_share_name": False})
        net.sync("GT-01", "HQ")
    else:
        gt.participants.update(kept, {"full_name": "Quispe Shared-Mamani"})
        net.sync("GT-01", "HQ")
        set_policy(hq, True)
    net.sync("HQ", "GT-01")
    made_by = gt if scrubbed_by == "consent withdrawn after the backup" else hq  # the policy: headquarters' own
    assert hq.participants.get_row(kept)["full_name"] == pseudonym_of(made_by, kept)

    restore(net, "GT-01", backup.id)
    net.sync("GT-01", "HQ")
    result = net.deliver(net.bundle("HQ", "GT-01"), "GT-01")
    assert result.status == "applied", result.message
    row = net["GT-01"].participants.get_row(kept)
    assert (row["full_name"], row["organisation"]) == ("Quispe Shared", "Legal Aid")
