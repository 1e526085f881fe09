"""Two records of one person merged at headquarters while their office edits and enrols the merged one: after
bundles both ways every site holds one person, with the office's edit and every enrolment."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.ids import reference_id
from app.services.errors import NotAllowed
from app.services.store.check import check_profile
from app.services.store.matching import probable_duplicates
from app.services.store.merging import merge_participants, plan_merge
from app.services.store.query import ListQuery


def _country(_fd) -> str:
    return reference_id("country", "GT")


def _live_enrolments(fd, training_id: str) -> list[dict]:
    e = fd.service("enrollment")
    ids = e.ids(ListQuery(filters={"training_id": training_id}))
    return e.rows(ids, ["participant_id", "attendance", "pre_score", "post_score"])


@pytest.fixture
def two_records(net):
    gt = net["GT-01"]
    country = _country(gt)
    both = gt.trainings.create({"title": "Juicio justo", "country_id": country, "start_date": date(2026, 3, 2),
                                "end_date": date(2026, 3, 4)})
    only_other = gt.trainings.create({"title": "Tortura", "country_id": country, "start_date": date(2026, 4, 6),
                                      "end_date": date(2026, 4, 6)})
    later = gt.trainings.create({"title": "Prisiones", "country_id": country, "start_date": date(2026, 5, 4),
                                 "end_date": date(2026, 5, 5)})
    keep = gt.participants.create({"full_name": "Ana López", "organisation": "Organismo Judicial"})
    other = gt.participants.create({"full_name": "Ana Lopez", "organisation": "Organismo Judicial",
                                    "position": "Jueza"})
    enrol = gt.service("enrollment").create
    enrol({"training_id": both, "participant_id": keep, "attendance": [True, False, None], "pre_score": 40})
    enrol({"training_id": both, "participant_id": other, "attendance": [False, True, None], "pre_score": 55,
           "post_score": 80})
    enrol({"training_id": only_other, "participant_id": other})
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    return keep, other, both, only_other, later


def test_merge_with_a_concurrent_edit_and_enrolment_converges(net, two_records):
    keep, other, both, only_other, later = two_records
    gt, hq = net["GT-01"], net["HQ"]
    plan = merge_participants(hq, keep, other, {"full_name": "keep"})
    assert [m.training_title for m in plan.enrolments] == ["Juicio justo", "Tortura"]
    # Meanwhile the office edits the merged record and enrols it in another activity.
    gt.participants.update(other, {"position": "Magistrada"})
    gt.service("enrollment").create({"training_id": later, "participant_id": other, "pre_score": 70})
    to_hq, to_gt = net.bundle("GT-01", "HQ"), net.bundle("HQ", "GT-01")
    assert net.deliver(to_hq, "HQ").status == "applied"
    assert net.deliver(to_gt, "GT-01").status == "applied"
    net.sync("GT-01", "HQ")
    net.sync("HQ", "GT-01")
    assert net.values("GT-01") == net.values("HQ")
    for site in (gt, hq):
        merged = site.participants.get(other)
        assert merged.deleted and merged.merged_into == keep
        person = site.participants.get(keep)
        assert (person.full_name, person.position) == ("Ana López", "Magistrada")
        [folded] = _live_enrolments(site, both)
        assert folded["participant_id"] == keep
        assert folded["attendance"] == [True, True, None]
        assert (folded["pre_score"], folded["post_score"]) == (55, 80)
        assert [r["participant_id"] for r in _live_enrolments(site, only_other)] == [keep]
        assert [(r["participant_id"], r["pre_score"]) for r in _live_enrolments(site, later)] == [(keep, 70)]
        assert site.participants.count(ListQuery(search="Ana")) == 1
        assert check_profile(site) == []  # every carried change went through the change log


def test_a_merge_is_refused_plainly_when_it_cannot_be_done(net, two_records):
    keep, other, *_ = two_records
    hq = net["HQ"]
    with pytest.raises(NotAllowed, match="itself"):
        plan_merge(hq, keep, keep)
    merge_participants(hq, keep, other)
    with pytest.raises(NotAllowed, match="merged into"):
        plan_merge(hq, keep, other)
    mw = hq.participants.create({"full_name": "ANA LOPEZ"}, owner_office="MW-01")
    # Headquarters finds the pair across offices, and says why it cannot merge it.
    [pair] = probable_duplicates(hq)
    assert {(pair.first.id, pair.first.owner_office), (pair.second.id, pair.second.owner_office)} == {
        (keep, "GT-01"), (mw, "MW-01")}
    with pytest.raises(NotAllowed, match="records of two offices cannot be merged") as refused:
        plan_merge(hq, keep, mw)
    # which office owns each record, and what to do instead, in the reader's language too
    english = str(refused.value)
    assert "office GT-01" in english and "office MW-01" in english and "Merge duplicates within one office" in english
    from app.services.errors import message_of
    from app.vocabulary.problems import render_text

    spanish = render_text(message_of(refused.value), "es")
    assert "la oficina GT-01" in spanish and "la oficina MW-01" in spanish and "ANA LOPEZ" in spanish
