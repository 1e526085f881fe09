"""The participants' import settles probable duplicates as the participant form's hint does: "Use this person"
attaches and enrols the existing record, "Not the same person" adds someone new and records the decision; the
command line takes a default (``--duplicates use|new|stop``); the same file again adds no one and enrols no one
twice."""

from __future__ import annotations

import json
from datetime import date

from openpyxl import Workbook

from app.cli import main
from app.services import FieldDesk
from app.services.store.export import export_json_text
from app.services.store.matching import distinct_pairs, similar_participants
from app.services.store.seed import country_id
from app.spreadsheets.importer import CREATE, EXISTING, commit_import, plan_import


def write_people(path, rows) -> None:
    wb = Workbook()
    wb.active.append(["Full name", "Organisation"])
    for row in rows:
        wb.active.append(row)
    wb.save(path)


ROWS = [["Chikondi Bandaa", "High Court of Malawi"], ["Tiwonge Phirri", "MHRC"], ["Grace Mwale", "MHRC"]]


def _people(fd) -> tuple[str, str, str]:
    banda = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "High Court of Malawi"})
    phiri = fd.participants.create({"full_name": "Tiwonge Phiri", "organisation": "MHRC"})
    training = fd.trainings.create({"title": "Workshop on fair trial", "form": "workshop",
                                    "country_id": country_id("MW"), "start_date": date(2026, 5, 4),
                                    "end_date": date(2026, 5, 6)})
    return banda, phiri, training


def test_use_this_person_and_not_the_same_person_then_the_same_file_again(fd, tmp_path):
    banda, phiri, training = _people(fd)
    path = tmp_path / "people.xlsx"
    write_people(path, ROWS)
    plan = plan_import(fd, path, into_training=training)
    by_name = {r.label: r for r in plan.rows}
    assert [c.id for c in by_name["Chikondi Bandaa"].candidates] == [banda]
    assert [c.full_name for c in by_name["Tiwonge Phirri"].candidates] == ["Tiwonge Phiri"]
    assert {r.label for r in plan.undecided} == {"Chikondi Bandaa", "Tiwonge Phirri"}
    plan.choose(by_name["Chikondi Bandaa"].row, banda)  # Use this person
    plan.choose(by_name["Tiwonge Phirri"].row, None)  # Not the same person
    assert not plan.undecided and plan.count(CREATE) == 2 and plan.enrollments == 3
    done = commit_import(fd, plan)
    assert done.created == {"participant": 2, "enrollment": 3}
    enrolled = {r["participant_id"] for r in fd.enrollments.rows(
        fd.enrollments.ids(), ["participant_id"])}
    new_phiri = by_name["Tiwonge Phirri"].existing_id
    assert banda in enrolled and new_phiri in enrolled and phiri not in enrolled
    with fd.reading() as conn:
        assert distinct_pairs(conn) == {frozenset((new_phiri, phiri))}  # the decision, kept with the new person
    assert similar_participants(fd, "Tiwonge Phirri", "MHRC", exclude_id=new_phiri) == []  # not offered again

    # The same file again: everyone is recognised, no one is added and no one enrolled twice.
    before = export_json_text(fd)
    again = plan_import(fd, path, into_training=training)
    assert again.count(CREATE) == 0 and again.enrollments == 0 and not again.undecided
    assert {r.label: r.existing_id for r in again.rows if r.action == EXISTING}["Chikondi Bandaa"] == banda
    commit_import(fd, again)
    assert export_json_text(fd) == before


def test_choosing_a_person_already_enrolled_enrols_no_one_twice(fd, tmp_path):
    banda, _phiri, training = _people(fd)
    fd.enrollments.create({"training_id": training, "participant_id": banda})
    path = tmp_path / "people.xlsx"
    write_people(path, [["Chikondi Bandaa", "High Court of Malawi"], ["chikondi  BANDA", "High Court of Malawi"]])
    plan = plan_import(fd, path, into_training=training)
    assert all(r.existing_id == banda and not r.enroll for r in plan.rows)  # the enrolled candidate, taken
    plan.choose(plan.rows[0].row, None)  # then said to be someone else: enrolled as someone new
    assert plan.rows[0].enroll and plan.rows[0].not_same
    plan.choose(plan.rows[0].row, banda)
    assert not plan.rows[0].enroll


def _cli(capsys, profile, *argv) -> tuple[int, str, str]:
    code = main(["--profile", str(profile), "import", "xlsx", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_takes_a_default_for_probable_duplicates(field_profile, tmp_path, capsys):
    with FieldDesk.open(field_profile) as fd:
        banda, phiri, _training = _people(fd)
        before = export_json_text(fd)
    path = tmp_path / "people.xlsx"
    write_people(path, ROWS)
    code, _out, err = _cli(capsys, field_profile, str(path), "--duplicates", "stop")
    assert code == 1 and "2 rows (2, 3) are probably people already recorded; nothing was imported" in err
    with FieldDesk.open(field_profile) as fd:
        assert export_json_text(fd) == before
    code, out, _ = _cli(capsys, field_profile, str(path), "--duplicates", "use", "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["new"] == 1 and preview["existing"] == 2 and not preview["written"]
    assert {r["existing_id"] for r in preview["rows"] if r["action"] == "existing"} == {banda, phiri}
    code, out, _ = _cli(capsys, field_profile, str(path), "--duplicates", "new")
    assert code == 0 and "not the same person (decision recorded)" in out and "Imported: 3 participants" in out
    with FieldDesk.open(field_profile) as fd, fd.reading() as conn:
        assert len(distinct_pairs(conn)) == 2
    code, out, _ = _cli(capsys, field_profile, str(path), "--duplicates", "stop")  # all recorded now
    assert code == 0 and "nothing new; 3 rows were already recorded" in out


def test_a_row_settled_as_the_same_person_is_not_asked_again_without_an_activity(field_profile, tmp_path, capsys):
    """A participants-only file (no activity to enrol in, so no enrolment recognises the row): "Use this person" is
    kept, and the same file again asks nothing and adds no one, even with ``--duplicates stop``."""
    with FieldDesk.open(field_profile) as fd:
        banda, phiri, _training = _people(fd)
    path = tmp_path / "people.xlsx"
    write_people(path, ROWS)
    code, out, _ = _cli(capsys, field_profile, str(path), "--duplicates", "use")
    assert code == 0 and "Imported: 1 participant; 2 rows were already recorded." in out
    with FieldDesk.open(field_profile) as fd:
        before = export_json_text(fd)
    code, out, err = _cli(capsys, field_profile, str(path), "--duplicates", "stop", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["new"] == 0 and all(r["decided"] for r in preview["rows"]), err
    assert {r["label"]: r["existing_id"] for r in preview["rows"]}.items() >= {
        "Chikondi Bandaa": banda, "Tiwonge Phirri": phiri}.items()
    code, out, _ = _cli(capsys, field_profile, str(path))  # without a default: still no one new
    assert code == 0 and "nothing new; 3 rows were already recorded" in out
    with FieldDesk.open(field_profile) as fd:
        assert export_json_text(fd) == before
        plan = plan_import(fd, path)
        row = next(r for r in plan.rows if r.label == "Tiwonge Phirri")
        plan.choose(row.row, None)  # changed to someone new: recorded so, and the row is that person from now on
        commit_import(fd, plan)
        again = plan_import(fd, path)
        assert again.count(CREATE) == 0 and not again.undecided
        assert next(r for r in again.rows if r.label == "Tiwonge Phirri").existing_id == row.existing_id != phiri


def test_erasing_a_person_forgets_the_rows_settled_as_them(field_profile, tmp_path, capsys):
    """The remembered choice is a digest of a name kept beside the person's id: an erasure removes it, so nothing
    left in the profile confirms a guessed name."""
    from app.services.privacy.erasure import erase_participant
    from app.services.store.import_decisions import same_people

    with FieldDesk.open(field_profile) as fd:
        banda, phiri, _training = _people(fd)
    path = tmp_path / "people.xlsx"
    write_people(path, ROWS)
    assert _cli(capsys, field_profile, str(path), "--duplicates", "use")[0] == 0
    with FieldDesk.open(field_profile) as fd:
        assert {banda, phiri} <= set(same_people(fd).values())
        erase_participant(fd, banda, "asked to be forgotten")
        assert set(same_people(fd).values()) == {phiri}
