"""``fielddesk participants duplicates`` and ``participants merge``; names matched across scripts."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.cli import main
from app.models.ids import reference_id
from app.services import FieldDesk, ListQuery
from app.services.store.matching import similar_participants


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def people(field_profile):
    with FieldDesk.open(field_profile) as fd:
        training = fd.trainings.create({"title": "Juicio justo", "country_id": reference_id("country", "GT"),
                                        "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 3)})
        ids = {
            "latin": fd.participants.create({"full_name": "Ivan Petrov", "organisation": "Supreme Court"}),
            "cyrillic": fd.participants.create({"full_name": "Иван Петров", "organisation": "Supreme Court",
                                                "position": "Judge"}),
            "chinese": fd.participants.create({"full_name": "王小明", "organisation": "法院"}),
            "pinyin": fd.participants.create({"full_name": "Xiaoming Wang", "organisation": "Court"}),
            "unrelated": fd.participants.create({"full_name": "Ana López", "organisation": "Supreme Court"}),
        }
        fd.service("enrollment").create({"training_id": training, "participant_id": ids["cyrillic"]})
    return field_profile, ids, training


def test_a_name_typed_in_one_script_finds_the_other(people):
    profile, ids, _ = people
    with FieldDesk.open(profile) as fd:
        found = {m.id for m in similar_participants(fd, "Иван Петров", "Supreme Court")}
        assert found == {ids["cyrillic"], ids["latin"]}
        assert {m.id for m in similar_participants(fd, "ivan petrov")} == {ids["latin"], ids["cyrillic"]}
        assert {m.id for m in similar_participants(fd, "Wang Xiaoming")} == {ids["pinyin"], ids["chinese"]}
        assert {m.id for m in similar_participants(fd, "Ivan Petrov", "Court")} == set()  # another organisation
        assert similar_participants(fd, "Juan Pérez") == []


def test_duplicates_json_lists_the_pairs_with_scores(people, capsys):
    profile, ids, _ = people
    code, out, _err = run(capsys, "--profile", str(profile), "participants", "duplicates", "--json")
    pairs = json.loads(out)
    assert code == 0
    assert {frozenset((p["first"]["id"], p["second"]["id"])) for p in pairs} == {
        frozenset((ids["latin"], ids["cyrillic"])), frozenset((ids["chinese"], ids["pinyin"]))}
    assert all(p["score"] >= 0.85 and p["first"]["office"] == "GT-01" for p in pairs)


def test_merge_dry_run_changes_nothing_then_merge_moves_the_enrolment(people, capsys):
    profile, ids, training = people
    keep, other = ids["latin"], ids["cyrillic"]
    code, out, err = run(capsys, "--profile", str(profile), "participants", "merge", keep, other, "--take",
                         "position", "--dry-run", "--json")
    plan = json.loads(out)
    assert code == 0 and plan["dry_run"] and "nothing changed" in err
    assert {f["field"]: f["chosen"] for f in plan["fields"]}["position"] == "other"
    assert [e["action"] for e in plan["enrolments"]] == ["moved"]
    with FieldDesk.open(profile) as fd:
        assert not fd.participants.get(other).deleted
    code, out, err = run(capsys, "--profile", str(profile), "participants", "merge", keep, other, "--take",
                         "position")
    assert code == 0 and "Merged Иван Петров into Ivan Petrov" in err and "Juicio justo: moved" in out
    with FieldDesk.open(profile) as fd:
        assert fd.participants.get(other).merged_into == keep
        assert fd.participants.get(keep).position == "Judge"
        enrolled = fd.service("enrollment").ids(ListQuery(filters={"training_id": training}))
        assert [r["participant_id"] for r in fd.service("enrollment").rows(enrolled, ["participant_id"])] == [keep]
    code, _out, err = run(capsys, "--profile", str(profile), "participants", "merge", keep, other)
    assert code == 1 and "merged into" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "--profile", str(profile), "participants", "merge", keep, "nobody")
    assert code == 1 and "no participant with id nobody" in err
    code, _out, err = run(capsys, "--profile", str(profile), "participants", "merge", keep, other, "--take", "id")
    assert code == 2 and "not a field that can be taken" in err


def test_a_file_on_the_others_enrolment_may_not_pass_to_an_erased_person(field_profile, tmp_path, capsys):
    """Merging a named duplicate into an erased person would carry the files on its enrolments to that person, whom
    no file may follow any more: refused, with the erasure's own message, and nothing changed."""
    from app.services.errors import NotAllowed
    from app.services.privacy.erasure import erase_participant
    from app.services.profile.attachments import attach_file
    from app.services.store.merging import merge_participants

    letter = tmp_path / "letter.txt"
    letter.write_text("a letter")
    with FieldDesk.open(field_profile) as fd:
        training = fd.trainings.create({"title": "Juicio justo", "country_id": reference_id("country", "GT"),
                                        "start_date": date(2026, 3, 2), "end_date": date(2026, 3, 3)})
        erased, other = fd.participants.create_many([{"full_name": "Rosa Pop"}, {"full_name": "Rosa Pop Caal"}])
        erase_participant(fd, erased)
        enrolment = fd.enrollments.create({"training_id": training, "participant_id": other})
        attach_file(fd, "enrollment", enrolment, letter)
        with pytest.raises(NotAllowed, match="no file may be attached"):
            merge_participants(fd, erased, other)
        assert fd.enrollments.get_row(enrolment)["participant_id"] == other
        assert not fd.participants.get_row(other)["deleted"]
        # a file on an objective of the other's fellowship would follow the fellowship to the erased person too
        for attachment in fd.attachments.ids():
            fd.attachments.delete(attachment)
        fellowship = fd.fellowships.create({"participant_id": other, "cohort": "2026 Indigenous Fellowship",
                                            "country_id": reference_id("country", "GT")})
        objective = fd.fellowship_objectives.create({"fellowship_id": fellowship, "objective": "A shadow report"})
        attach_file(fd, "fellowship_objective", objective, letter)
        with pytest.raises(NotAllowed, match="no file may be attached"):
            merge_participants(fd, erased, other)
        assert fd.fellowships.get_row(fellowship)["participant_id"] == other
    code, _out, err = run(capsys, "--profile", str(field_profile), "participants", "merge", erased, other)
    assert code != 0 and "no file may be attached" in err and "Traceback" not in err
