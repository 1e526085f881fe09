"""A change of mind about sharing the name travels: consent given later sends the real name to headquarters with
the next bundle; withdrawn, the pseudonym goes again and headquarters keeps nothing of the name (every file of its
database scanned, on SQLite and PostgreSQL). The office keeps the name throughout."""

from __future__ import annotations

import pytest

from app.services.erasure import pseudonym
from app.services.seed import country_id
from tests.sync.test_erasure import bundle_text, holding, no_secure_delete, site_files  # noqa: F401

NAME = "Yupanqui Changeofmind"
SECRET = b"Changeofmind"


def test_consent_given_later_sends_the_name_and_withdrawn_takes_it_back(no_secure_delete, net):  # noqa: F811
    hq, gt = net["HQ"], net["GT-01"]
    pid = gt.participants.create({"full_name": NAME, "sex": "male", "country_id": country_id("GT"),
                                  "organisation": "Changeofmind Legal Aid", "consent_share_name": False})
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(pid)["full_name"] == pseudonym(pid)

    gt.participants.update(pid, {"consent_share_name": True, "consent_date": "2026-11-20"})
    given = net.bundle("GT-01", "HQ")
    assert SECRET in bundle_text(hq, given)
    assert net.deliver(given, "HQ").status == "applied"
    row = hq.participants.get_row(pid)
    assert (row["full_name"], row["organisation"], row["sex"]) == (NAME, "Changeofmind Legal Aid", "male")
    net.sync("HQ", "GT-01")

    gt.participants.update(pid, {"consent_share_name": False})
    withdrawn = net.bundle("GT-01", "HQ")
    assert SECRET not in bundle_text(hq, withdrawn) and pseudonym(pid).encode() in bundle_text(hq, withdrawn)
    applied = net.deliver(withdrawn, "HQ")
    assert (applied.status, applied.withdrawn) == ("applied", 1), applied.message
    assert "1 participant's name held here replaced by their pseudonym" in applied.message
    row = hq.participants.get_row(pid)
    assert (row["full_name"], row["organisation"], row["sex"]) == (pseudonym(pid), "", "male")
    back = net.bundle("HQ", "GT-01")
    assert SECRET not in bundle_text(gt, back)
    net.sync("HQ", "GT-01")
    assert gt.participants.get_row(pid)["full_name"] == NAME, "the office keeps the name"
    net.close()
    hq = net["HQ"]
    assert holding(site_files(hq), SECRET) == []
    from app.services.check import check_profile

    assert check_profile(hq) == []


def test_headquarters_policy_keeps_every_name_in_the_offices(no_secure_delete, net, capsys):  # noqa: F811
    from app.cli import main
    from app.services.errors import NotAllowed
    from app.services.name_policy import in_use, set_policy

    hq, gt = net["HQ"], net["GT-01"]
    known = gt.participants.create({"full_name": NAME, "country_id": country_id("GT")})
    net.sync("GT-01", "HQ")
    assert hq.participants.get_row(known)["full_name"] == NAME
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
    assert hq.participants.get_row(known)["full_name"] == pseudonym(known)
    assert net.deliver(late_bundle, "HQ").withdrawn == 1
    assert hq.participants.get_row(late)["full_name"] == pseudonym(late)
    net.sync("HQ", "GT-01")
    assert in_use(gt)
    consenting = gt.participants.create({"full_name": "Sumaq Changeofmind", "country_id": country_id("GT"),
                                         "consent_share_name": True})
    policy_bundle = net.bundle("GT-01", "HQ")
    assert SECRET not in bundle_text(hq, policy_bundle)
    assert net.deliver(policy_bundle, "HQ").status == "applied"
    assert hq.participants.get_row(consenting)["full_name"] == pseudonym(consenting)
    assert gt.participants.get_row(consenting)["full_name"] == "Sumaq Changeofmind", "the office keeps the name"
    net.close()
    assert holding(site_files(net["HQ"]), SECRET) == []
