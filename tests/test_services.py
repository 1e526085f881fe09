"""The service API: create/update/delete/get/list with filters, sorting, paging and search; rules; statistics."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.models.ids import reference_id
from app.services import FieldDesk, ListQuery, NotAllowed, NotFound, ValidationFailed
from app.services.programme.stats import Period
from app.services.store.export import export_json_text
from app.services.store.seed import country_id, stakeholder_type_id, theme_id


def training(fd, title="Fair trial standards", start="2025-05-05", end="2025-05-07", **extra):
    return fd.trainings.create({"title": title, "country_id": country_id("GT"), "start_date": start,
                                "end_date": end, **extra})


def test_get_returns_the_model_and_missing_ids_say_so(fd):
    tid = training(fd)
    got = fd.trainings.get(tid)
    assert got.title == "Fair trial standards" and got.start_date == date(2025, 5, 5) and got.owner_office == "GT-01"
    with pytest.raises(NotFound, match="no training activity with id nope"):
        fd.trainings.get("nope")


def test_search_is_accent_and_case_insensitive_and_matches_prefixes(fd):
    a = fd.participants.create({"full_name": "María José Pérez",
                                "organisation": "Procuraduría de los Derechos Humanos"})
    b = fd.participants.create({"full_name": "Иван Смирнов", "organisation": "Верховный Суд"})
    fd.participants.create({"full_name": "Chikondi Banda", "organisation": "Malawi Human Rights Commission"})
    assert fd.participants.ids(ListQuery(search="maria jose per")) == [a]
    assert fd.participants.ids(ListQuery(search="PROCURADURIA")) == [a]
    assert fd.participants.ids(ListQuery(search="смир")) == [b]
    assert fd.participants.ids(ListQuery(search="верховный суд")) == [b]
    assert fd.participants.ids(ListQuery(search='"quoted" (weird) * text')) == []
    fd.participants.update(a, {"full_name": "María José Velásquez"})
    assert fd.participants.ids(ListQuery(search="perez")) == []
    assert fd.participants.ids(ListQuery(search="velasquez")) == [a]
    fd.participants.delete(a)
    assert fd.participants.ids(ListQuery(search="velasquez")) == []
    assert fd.participants.ids(ListQuery(search="velasquez", include_deleted=True)) == [a]


def test_filters_sorting_and_paging(fd):
    ids = {}
    for n, (start, status, theme) in enumerate([("2025-01-10", "completed", "justice"),
                                                ("2025-04-02", "completed", "education"),
                                                ("2025-08-20", "planned", "justice"),
                                                ("2026-02-01", "planned", "nhri")]):
        ids[n] = training(fd, title=f"T{n}", start=start, end=start, status=status, theme_ids=[theme_id(theme)])
    assert fd.trainings.ids(ListQuery(filters={"status": "planned"}, sort=("start_date",))) == [ids[2], ids[3]]
    assert fd.trainings.ids(ListQuery(filters={"theme_ids": theme_id("justice")}, sort=("title",))) == [ids[0], ids[2]]
    assert fd.trainings.ids(ListQuery(filters={"date_from": "2025-03-01", "date_to": "2025-12-31"},
                                      sort=("start_date",))) == [ids[1], ids[2]]
    assert fd.trainings.ids(ListQuery(filters={"status": ["completed", "planned"]}, sort=("-start_date",))) == [
        ids[3], ids[2], ids[1], ids[0]]
    page = fd.trainings.list(ListQuery(sort=("start_date",), offset=1, limit=2))
    assert [t.title for t in page.rows] == ["T1", "T2"] and page.total == 4
    assert fd.trainings.count(ListQuery(filters={"owner_office": "GT-01"})) == 4
    with pytest.raises(ValueError, match="cannot be filtered by 'colour'"):
        fd.trainings.ids(ListQuery(filters={"colour": "red"}))


def test_sorting_by_a_reference_sorts_by_its_name(fd):
    mw = fd.participants.create({"full_name": "A", "country_id": country_id("MW")})
    bo = fd.participants.create({"full_name": "B", "country_id": country_id("BO")})
    gt = fd.participants.create({"full_name": "C", "country_id": country_id("GT")})
    assert fd.participants.ids(ListQuery(sort=("country_id",))) == [bo, gt, mw]  # Bolivia, Guatemala, Malawi


def test_rows_keep_the_requested_order(fd):
    ids = [fd.participants.create({"full_name": n}) for n in ("Zé", "Ana", "Luz")]
    rows = fd.participants.rows([ids[2], ids[0]], ["full_name"])
    assert [r["full_name"] for r in rows] == ["Luz", "Zé"]


def test_a_participant_cannot_be_enrolled_twice_in_one_activity(fd):
    tid = training(fd)
    pid = fd.participants.create({"full_name": "Ana López"})
    fd.enrollments.create({"training_id": tid, "participant_id": pid})
    with pytest.raises(ValidationFailed, match="already enrolled"):
        fd.enrollments.create({"training_id": tid, "participant_id": pid})
    with pytest.raises(ValidationFailed, match="already enrolled"):
        fd.enrollments.create_many([{"training_id": tid, "participant_id": pid}])


def test_attendance_cannot_list_more_days_than_the_activity_has(fd):
    tid = training(fd)  # three days
    pid = fd.participants.create({"full_name": "Ana López"})
    with pytest.raises(ValidationFailed, match="lists 4 days but the activity lasts 3"):
        fd.enrollments.create({"training_id": tid, "participant_id": pid, "attendance": [True] * 4})


def test_references_must_exist_and_be_live(fd):
    with pytest.raises(ValidationFailed, match="there is no country with id nowhere"):
        fd.participants.create({"full_name": "A", "country_id": "nowhere"})
    tid = training(fd)
    fd.trainings.delete(tid)
    pid = fd.participants.create({"full_name": "A"})
    with pytest.raises(ValidationFailed, match="was deleted"):
        fd.enrollments.create({"training_id": tid, "participant_id": pid})


def test_unknown_and_system_fields_are_refused(fd):
    with pytest.raises(ValidationFailed, match="has no field 'colour'"):
        fd.participants.create({"full_name": "A", "colour": "red"})
    pid = fd.participants.create({"full_name": "A"})
    with pytest.raises(ValidationFailed, match="kept by FieldDesk"):
        fd.participants.update(pid, {"owner_office": "HQ"})


def test_a_deleted_record_must_be_restored_before_editing(fd):
    pid = fd.participants.create({"full_name": "A"})
    fd.participants.delete(pid)
    with pytest.raises(NotAllowed, match="restore it"):
        fd.participants.update(pid, {"full_name": "B"})
    fd.participants.restore(pid)
    assert fd.participants.update(pid, {"full_name": "B"})


def test_a_field_office_cannot_change_reference_data_or_other_offices_records(fd, hq):
    with pytest.raises(NotAllowed, match="reference data kept by headquarters"):
        fd.thematic_areas.update(theme_id("justice"), {"name": "Justice"})
    with pytest.raises(NotAllowed, match="creates records for itself only"):
        fd.participants.create({"full_name": "A"}, owner_office="MW-01")
    # headquarters may do both
    assert hq.thematic_areas.update(theme_id("justice"), {"name": "Administration of justice and the rule of law"})
    pid = hq.participants.create({"full_name": "A"}, owner_office="MW-01")
    assert hq.participants.get(pid).owner_office == "MW-01"


def test_children_belong_to_their_parents_office(hq):
    mid = hq.missions.create({"title": "NAM", "country_id": country_id("MW")}, owner_office="MW-01")
    meeting = hq.meetings.create({"mission_id": mid, "organisation": "Malawi Human Rights Commission",
                                  "stakeholder_type_id": stakeholder_type_id("nhri"), "women_met": 2, "men_met": 1})
    assert hq.meetings.get(meeting).owner_office == "MW-01"


def test_the_latest_follow_up_note_sets_the_recommendation_status(fd):
    rid = fd.recommendations.create({"text": "Adopt the action plan.", "country_id": country_id("GT")})
    fd.followup_notes.create({"recommendation_id": rid, "note_date": "2025-06-01", "status": "implemented"})
    fd.followup_notes.create({"recommendation_id": rid, "note_date": "2025-02-01", "status": "in_progress"})
    assert fd.recommendations.get(rid).status == "implemented"


def test_statistics_on_demo_data(demo):
    by_sex = demo.stats.participants_by_sex()
    assert sum(by_sex.values()) == demo.stats.unique_participants() > 0
    assert set(by_sex) <= {"female", "male", "other", "not_stated"}
    quarters = demo.stats.activities_by_quarter()
    assert [q for q, _, _ in quarters] == sorted(q for q, _, _ in quarters)
    assert sum(a for _, a, _ in quarters) == demo.trainings.count(ListQuery(filters={"status": ["planned", "ongoing",
                                                                                            "completed"]}))
    assert sum(demo.stats.missions_by_status().values()) == demo.missions.count()
    assert sum(demo.stats.recommendations_by_status().values()) == demo.recommendations.count()
    assert set(demo.stats.activities_by_theme()) <= {theme_id(c) for c in ("nhri", "action_plans", "education",
                                                                            "justice", "victims_compensation")}
    year = Period(date_from=date(2025, 1, 1), date_to=date(2025, 12, 31))
    assert all(q.startswith("2025") for q, _, _ in demo.stats.activities_by_quarter(year))


def test_demo_data_uses_each_countrys_script(demo):
    names = [p.full_name for p in demo.participants.list(ListQuery(filters={"country_id": country_id("RU")})).rows]
    assert names and all(any("\u0400" <= ch <= "\u04ff" for ch in n) for n in names)
    names = [p.full_name for p in demo.participants.list(ListQuery(filters={"country_id": country_id("BA")})).rows]
    assert any(ch in "čćđšž" for n in names for ch in n.lower())


def test_demo_refuses_a_profile_with_data(demo):
    from app.services.demo import DemoRefused, load_demo

    with pytest.raises(DemoRefused, match="Nothing was changed"):
        load_demo(demo)


def test_export_json_is_canonical(demo, tmp_path):
    first = export_json_text(demo)
    assert first == export_json_text(demo)
    data = json.loads(first)
    assert list(data["tables"]) == sorted(data["tables"])
    rows = data["tables"]["participant"]
    assert [r["id"] for r in rows] == sorted(r["id"] for r in rows)
    assert "change_log" not in data["tables"] and "local_setting" not in data["tables"]
    assert len(data["tables"]["country"]) >= 249


def test_profile_create_refuses_existing_profile_and_changes_nothing(field_profile):
    from app.services import ProfileError

    before = sorted(p.name for p in field_profile.iterdir())
    with pytest.raises(ProfileError, match="already a FieldDesk profile"):
        FieldDesk.create(field_profile, office_code="X", office_name="Y")
    assert sorted(p.name for p in field_profile.iterdir()) == before


def test_own_office_is_a_record_with_a_derived_id(fd):
    office = fd.offices.get(reference_id("office", "GT-01"))
    assert office.name == "Guatemala office" and office.role == "field" and office.country_id == country_id("GT")


def test_attachments_are_stored_once_by_hash(fd, tmp_path):
    from app.services.profile.attachments import attach_file, attachments_of, read_attachment

    pid = fd.participants.create({"full_name": "Ana López"})
    source = tmp_path / "consent form.pdf"
    source.write_bytes(b"%PDF-1.4 consent")
    first = attach_file(fd, "participant", pid, source)
    second = attach_file(fd, "participant", pid, source)
    assert read_attachment(fd, first) == read_attachment(fd, second) == b"%PDF-1.4 consent"
    if fd.db.is_sqlite:
        assert len(list((fd.folder.attachments_dir).rglob("*"))) == 2  # one folder, one file
    else:  # a shared server keeps the content in the database, once
        with fd.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM attachment_blob").scalar() == 1
        assert not fd.folder.attachments_dir.exists()
    listed = attachments_of(fd, "participant", pid)
    assert [a["filename"] for a in listed] == ["consent form.pdf"] * 2 and listed[0]["mime_type"] == "application/pdf"
    assert fd.attachments.get(first).owner_office == "GT-01"
    fd.participants.delete(pid)
    assert attachments_of(fd, "participant", pid) == []  # deleted with the record


def test_similar_participants_ignore_case_accents_and_word_order(fd):
    from app.services.store.matching import similar_participants

    same = fd.participants.create({"full_name": "María José Pérez", "organisation": "Organismo Judicial"})
    fd.participants.create({"full_name": "María José Pérez", "organisation": "Fundación Myrna Mack"})
    fd.participants.create({"full_name": "Juan Carlos Chávez", "organisation": "Organismo Judicial"})
    found = similar_participants(fd, "perez maria jose", "organismo judicial")
    assert [m.id for m in found] == [same] and found[0].score == 1.0
    assert [m.id for m in similar_participants(fd, "Maria Jose Peres", "Organismo Judicial")] == [same]
    assert similar_participants(fd, "Chikondi Banda", "Organismo Judicial") == []
    assert len(similar_participants(fd, "María José Pérez")) == 2


def test_every_word_of_a_search_matches_as_a_prefix(fd):
    person = fd.participants.create({"full_name": "Chikondi Banda", "organisation": "Malawi Human Rights Commission"})
    assert fd.participants.ids(ListQuery(search="chik band")) == [person]
    assert fd.participants.ids(ListQuery(search="band malawi comm")) == [person]


def test_a_missing_required_reference_says_required(fd):
    with pytest.raises(ValidationFailed) as caught:
        fd.trainings.create({"title": "T", "country_id": None, "start_date": "2026-01-01", "end_date": "2026-01-01"})
    assert caught.value.by_field()["country_id"] == "Country is required."


def test_experts_filter_by_expertise(fd):
    judge = fd.experts.create({"full_name": "Judge Lefèvre", "expertise_ids": [theme_id("justice")]})
    fd.experts.create({"full_name": "Teacher Chen", "expertise_ids": [theme_id("education")]})
    assert fd.experts.ids(ListQuery(filters={"expertise_ids": theme_id("justice")})) == [judge]
    with pytest.raises(ValidationFailed, match="no thematic area"):
        fd.experts.create({"full_name": "X", "expertise_ids": ["nonsense"]})


def test_two_people_saving_the_same_field_keep_the_replaced_value_as_a_conflict(fd):
    from app.sync.conflicts import list_conflicts, resolve_conflict

    pid = fd.participants.create({"full_name": "Ana López", "position": "Jueza"})
    seen_by_both = {"position": "Jueza"}
    fd.participants.update(pid, {"position": "Magistrada"}, base=seen_by_both)  # the first person saves
    fd.participants.update(pid, {"position": "Presidenta"}, base=seen_by_both)  # the second, unaware
    assert fd.participants.get(pid).position == "Presidenta"
    [conflict] = list_conflicts(fd)
    assert (conflict.kind, conflict.mine, conflict.theirs) == ("concurrent_edit", "Presidenta", "Magistrada")
    assert "at the same time" in conflict.describe()
    resolve_conflict(fd, conflict.id, "theirs")
    assert fd.participants.get(pid).position == "Magistrada" and list_conflicts(fd) == []
    fd.participants.update(pid, {"position": "Fiscal"}, base={"position": "Magistrada"})  # saw the latest: fine
    assert list_conflicts(fd) == []


def test_live_records_are_counted_without_reading_the_table(fd):
    """On SQLite, counting a whole list (no filter, no search) is all rows less the deleted ones, from indexes only,
    and a search of a table with nothing deleted is counted by the full-text index; the counts are the same as the
    filtered ones', deleted records left out."""
    from sqlalchemy import event, func, text

    from app.services.store.query import filtered_select

    def statements_of(count) -> list[str]:
        seen: list[str] = []

        def record(_conn, _cursor, statement, *_args):
            seen.append(statement)

        event.listen(fd.db.engine, "before_cursor_execute", record)
        try:
            count()
        finally:
            event.remove(fd.db.engine, "before_cursor_execute", record)
        return [s for s in seen if "count(" in s]

    people = [fd.participants.create({"full_name": f"Person {n}", "organisation": "Court"}) for n in range(7)]
    fd.participants.create({"full_name": "Someone Else", "organisation": "Bar association"})
    assert (fd.participants.count(ListQuery(search="person")) == 7
            == len(fd.participants.ids(ListQuery(search="person"))))
    assert fd.participants.count(ListQuery(search="pers court")) == 7
    assert fd.participants.count(ListQuery(search="nobody")) == 0
    if fd.db.is_sqlite:  # nothing deleted yet: the full-text index's own count
        [statement] = statements_of(lambda: fd.participants.count(ListQuery(search="person")))
        assert statement.startswith("SELECT count(*) FROM participant_fts WHERE participant_fts MATCH")
    fd.participants.delete(people[0])
    fd.participants.delete(people[3])
    scanned = filtered_select(fd.service("participant").entity, ListQuery(), [func.count()])
    with fd.reading() as conn:
        assert conn.execute(scanned).scalar() == 6
    assert fd.participants.count() == 6 == len(fd.participants.ids())
    assert fd.participants.count(ListQuery(include_deleted=True)) == 8
    assert fd.participants.count(ListQuery(search="person")) == 5  # the deleted ones the index finds are left out
    if not fd.db.is_sqlite:
        return  # PostgreSQL keeps no row count to read: its counts stay the filtered ones

    [statement] = statements_of(fd.participants.count)
    with fd.reading() as conn:
        plan = [row[-1] for row in conn.execute(text("EXPLAIN QUERY PLAN " + statement))]
    assert any("ix_participant_deleted_rows" in step for step in plan), plan
    assert all("USING" in step for step in plan if step.startswith("SCAN participant")), plan  # never the table
