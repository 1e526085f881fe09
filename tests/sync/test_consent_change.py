"""A change of mind about sharing the name travels: consent given later sends the real name to headquarters with
the next bundle; withdrawn, the pseudonym goes again and headquarters keeps nothing of the name (every file of its
database scanned, on SQLite and PostgreSQL). The office keeps the name throughout."""

from __future__ import annotations

import pytest

from app.services.privacy.erasure import pseudonym as erased_pseudonym
from app.services.privacy.pseudonyms import pseudonym_of
from app.services.store.query import ListQuery
from app.services.store.seed import country_id
from tests.sync.test_erasure import bundle_text, holding, no_secure_delete, site_files  # noqa: F401

NAME = "Yupanqui Changeofmind"
SECRET = b"Changeofmind"


def test_consent_given_later_sends_the_name_and_withdrawn_takes_it_back(no_secure_delete, net):  # noqa: F811
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": NAME, "sex": "male", "country_id": country_id("GT"),
                                  "organisation": "Changeofmind Legal Aid", "consent_share_name": False})
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(pid)["full_name"] == pseudonym_of(gt, pid)

    gt.participants.update(pid, {"consent_share_name": True, "consent_date": "2026-11-20"})
    given = net.bundle("GT-01", "HQ")
    assert SECRET in bundle_text(hq, given)
    assert net.deliver(given, "HQ").status == "applied"
    row = hq.participants.get_row(pid)
    assert (row["full_name"], row["organisation"], row["sex"]) == (NAME, "Changeofmind Legal Aid", "male")
    net.sync("HQ", "GT-01")

    gt.participants.update(pid, {"consent_share_name": False})
    withdrawn = net.bundle("GT-01", "HQ")
    assert SECRET not in bundle_text(hq, withdrawn) and pseudonym_of(gt, pid).encode() in bundle_text(hq, withdrawn)
    applied = net.deliver(withdrawn, "HQ")
    assert (applied.status, applied.withdrawn) == ("applied", 1), applied.message
    assert "1 participant's name held here replaced by their pseudonym" in applied.message
    row = hq.participants.get_row(pid)
    assert (row["full_name"], row["organisation"], row["sex"]) == (pseudonym_of(gt, pid), "", "male")
    back = net.bundle("HQ", "GT-01")
    assert SECRET not in bundle_text(gt, back)
    net.sync("HQ", "GT-01")
    assert gt.participants.get_row(pid)["full_name"] == NAME, "the office keeps the name"
    net.close()
    hq = net["HQ"]
    assert holding(site_files(hq), SECRET) == []
    from app.services.store.check import check_profile

    assert check_profile(hq) == []


def test_headquarters_policy_keeps_every_name_in_the_offices(no_secure_delete, net, capsys, tmp_path):  # noqa: F811
    from app.cli import main
    from app.services.errors import NotAllowed
    from app.services.privacy.name_policy import in_use, set_policy
    from app.services.profile.attachments import attach_file

    hq, gt = net["HQ"], net["GT-01"]
    known = gt.participants.create({"full_name": NAME, "country_id": country_id("GT")})
    (tmp_path / "Changeofmind form.pdf").write_bytes(b"%PDF- signed by " + NAME.encode())
    with gt.writing():
        attach_file(gt, "participant", known, tmp_path / "Changeofmind form.pdf")
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(known)["full_name"] == NAME
    assert len(hq.service("attachment").ids(ListQuery())) == 1
    late = gt.participants.create({"full_name": "Amaru Changeofmind", "country_id": country_id("GT")})
    late_bundle = net.bundle("GT-01", "HQ")  # made before the office hears of the policy
    with pytest.raises(NotAllowed):
        set_policy(gt, True)
    net.close()
    assert main(["--profile", str(net.root / "HQ"), "retention", "set", "names_stay_in_offices",
                 "--in-use", "yes"]) == 0
    assert "names of 1 participant of" in capsys.readouterr().err
    assert main(["--profile", str(net.root / "HQ"), "retention"]) == 0
    assert "names_stay_in_offices: yes: every participant is sent to headquarters under a pseudonym" in \
        capsys.readouterr().out
    hq, gt = net["HQ"], net["GT-01"]
    assert hq.participants.get_row(known)["full_name"] == pseudonym_of(hq, known)
    assert hq.service("attachment").ids(ListQuery()) == [], "their files go too"
    assert net.deliver(late_bundle, "HQ").withdrawn == 1
    assert hq.participants.get_row(late)["full_name"] == pseudonym_of(hq, late)
    net.sync("HQ", "GT-01")
    assert in_use(gt)
    consenting = gt.participants.create({"full_name": "Sumaq Changeofmind", "country_id": country_id("GT"),
                                         "consent_share_name": True})
    policy_bundle = net.bundle("GT-01", "HQ")
    assert SECRET not in bundle_text(hq, policy_bundle)
    assert net.deliver(policy_bundle, "HQ").status == "applied"
    assert hq.participants.get_row(consenting)["full_name"] == pseudonym_of(gt, consenting)
    assert gt.participants.get_row(consenting)["full_name"] == "Sumaq Changeofmind", "the office keeps the name"
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) == []


def test_lifting_the_policy_brings_back_the_names_of_those_who_consent_with_the_next_bundle(no_secure_delete, net):  # noqa: F811
    from app.services.privacy.name_policy import set_policy

    hq, gt = net["HQ"], net["GT-01"]
    sharing = gt.participants.create({"full_name": NAME, "country_id": country_id("GT"),
                                      "organisation": "Changeofmind Legal Aid"})
    private = gt.participants.create({"full_name": "Amaru Changeofmind", "country_id": country_id("GT"),
                                      "consent_share_name": False})
    erased = gt.participants.create({"full_name": "Sumaq Erased", "country_id": country_id("GT")})
    set_policy(hq, True)
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    from app.services.privacy.erasure import erase_participant

    erase_participant(gt, erased)
    assert hq.participants.get_row(sharing)["full_name"] == pseudonym_of(gt, sharing)

    set_policy(hq, False)
    net.sync("HQ", "GT-01")  # the office hears of it, and edits nobody
    back = net.bundle("GT-01", "HQ")
    assert SECRET in bundle_text(hq, back) and b"Amaru" not in bundle_text(hq, back)
    assert net.deliver(back, "HQ").status == "applied"
    row = hq.participants.get_row(sharing)
    assert (row["full_name"], row["organisation"]) == (NAME, "Changeofmind Legal Aid")
    assert hq.participants.get_row(private)["full_name"] == pseudonym_of(gt, private)
    assert hq.participants.get_row(erased)["full_name"] == erased_pseudonym(erased)
    assert gt.participants.get_row(sharing)["full_name"] == NAME
    def logged() -> int:
        with gt.reading() as conn:
            return conn.exec_driver_sql("SELECT count(*) FROM change_log").scalar()

    before = logged()
    assert net.deliver(net.bundle("HQ", "GT-01", full=True), "GT-01").status == "applied"
    assert logged() == before, "the lift met again (a full bundle) sends nothing again"
    from app.services.store.check import check_profile

    assert check_profile(gt) == []


def test_a_correction_from_headquarters_and_a_withdrawal_in_either_order(no_secure_delete, net):  # noqa: F811
    """The withdrawal wins: headquarters keeps no name; the office keeps its name (the corrected one when the
    correction reached it first), never the pseudonym headquarters put into its correction."""
    hq, gt = net["HQ"], net["GT-01"]
    first, second = (gt.participants.create({"full_name": f"{given} Changeofmnd", "country_id": country_id("GT"),
                                             "organisation": "Old Ministry"}) for given in ("Yupanqui", "Amaru"))
    net.sync("GT-01", "HQ")
    hq.participants.update(second, {"organisation": ""})  # a field really cleared at headquarters is cleared here
    net.sync("HQ", "GT-01")
    assert gt.participants.get_row(second)["organisation"] == ""

    hq.participants.update(first, {"full_name": NAME})  # the withdrawal reaches headquarters first
    gt.participants.update(first, {"consent_share_name": False})
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(first)["full_name"] == pseudonym_of(gt, first)
    from app.services.errors import NotAllowed

    with pytest.raises(NotAllowed, match="under a pseudonym: their office keeps their name"):
        hq.participants.update(first, {"full_name": "Yupanqui Changeofmind", "position": "Judge"})
    net.sync("HQ", "GT-01")
    assert gt.participants.get_row(first)["full_name"] == "Yupanqui Changeofmnd", "not the pseudonym"

    hq.participants.update(second, {"full_name": "Amaru Changeofmind"})  # the correction reaches the office first
    correction = net.bundle("HQ", "GT-01")
    gt.participants.update(second, {"consent_share_name": False})
    withdrawal = net.bundle("GT-01", "HQ")
    assert net.deliver(correction, "GT-01").status == "applied"
    assert net.deliver(withdrawal, "HQ").withdrawn == 1
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    assert gt.participants.get_row(second)["full_name"] == "Amaru Changeofmind"
    assert [hq.participants.get_row(p)["full_name"] for p in (first, second)] == [
        pseudonym_of(gt, first), pseudonym_of(gt, second)]
    net.close()
    assert holding(site_files(net["HQ"]), b"Changeofm") == []


def test_a_correction_crossing_a_withdrawal_and_a_consent_given_again_leaves_both_sides_alike(net):
    """Found by the convergence test: headquarters corrects a name; the office, not having seen the correction,
    withdraws consent and gives it again. The consent given carries the office's name to headquarters under its own
    stamp, so it wins there; before, the office logged the consent alone, the older correction won at the office,
    and the two kept different names for good."""
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": "Amaru Crossing", "country_id": country_id("GT"),
                                  "position": "Clerk"})
    net.sync("GT-01", "HQ")
    hq.participants.update(pid, {"full_name": "Amaru Crossing Corrected", "position": "Judge"})
    correction = net.bundle("HQ", "GT-01")
    gt.participants.update(pid, {"consent_share_name": False})
    gt.participants.update(pid, {"consent_share_name": True})
    assert net.deliver(net.bundle("GT-01", "HQ"), "HQ").status == "applied"
    assert net.deliver(correction, "GT-01").status == "applied"
    net.sync("HQ", "GT-01")
    net.sync("GT-01", "HQ")
    office, held = gt.participants.get_row(pid), hq.participants.get_row(pid)
    assert (office["full_name"], office["position"]) == (held["full_name"], held["position"]) == (
        "Amaru Crossing", "Clerk")
