"""Every write through the services is logged in the same transaction; a rolled-back write logs nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.models import ChangeLog
from app.services.store.check import check_profile
from app.services.store.history import record_history
from app.services.store.seed import SEEDED_TABLES, country_id, stakeholder_type_id

LOG = ChangeLog.__table__


def log_rows(fd, record_id=None):
    stmt = select(LOG).order_by(LOG.c.seq)
    if record_id:
        stmt = stmt.where(LOG.c.record_id == record_id)
    with fd.reading() as conn:
        return [dict(r) for r in conn.execute(stmt).mappings()]


def clock(fd):
    with fd.reading() as conn:
        return conn.exec_driver_sql("SELECT hlc FROM clock_state").scalar()


def new_training(fd, **extra):
    return fd.trainings.create({"title": "Fair trial standards", "country_id": country_id("GT"),
                                "start_date": "2025-05-05", "end_date": "2025-05-07", **extra})


def test_create_update_delete_are_logged_with_fields_clock_and_office(fd):
    pid = fd.participants.create({"full_name": "Rosa Tzul", "sex": "female", "organisation": "Organismo Judicial"})
    fd.participants.update(pid, {"position": "Jueza", "organisation": "Corte Suprema"})
    fd.participants.delete(pid)
    rows = log_rows(fd, pid)
    assert [r["op"] for r in rows] == ["create", "update", "delete"]
    create, upd, delete = rows
    assert create["new"]["full_name"] == "Rosa Tzul" and create["new"]["owner_office"] == "GT-01"
    assert upd["new"]["position"] == "Jueza" and upd["old"]["position"] == ""
    assert upd["old"]["organisation"] == "Organismo Judicial" and upd["new"]["organisation"] == "Corte Suprema"
    assert delete["new"]["deleted"] is True and delete["old"]["deleted"] is False
    assert all(r["office"] == "GT-01" and r["site_id"] == fd.site.site_id and r["author"] == "tester" for r in rows)
    assert create["hlc"] < upd["hlc"] < delete["hlc"] <= clock(fd)


def test_an_update_that_changes_nothing_logs_nothing(fd):
    pid = fd.participants.create({"full_name": "Tomás Ixcoy", "sex": "male"})
    before = len(log_rows(fd))
    assert fd.participants.update(pid, {"full_name": "Tomás Ixcoy"}) is False
    assert len(log_rows(fd)) == before


def test_rolled_back_write_logs_nothing_and_keeps_the_clock(fd):
    before_rows, before_clock = len(log_rows(fd)), clock(fd)
    with pytest.raises(RuntimeError), fd.writing():
        fd.participants.create({"full_name": "Ana López"})
        fd.participants.create({"full_name": "Juan Pérez"})
        raise RuntimeError("power cut")
    assert len(log_rows(fd)) == before_rows
    assert clock(fd) == before_clock
    assert fd.participants.count() == 0


def test_a_failed_validation_inside_a_batch_rolls_back_the_whole_batch(fd):
    before = len(log_rows(fd))
    with pytest.raises(Exception, match="Full name is required"):
        fd.participants.create_many([{"full_name": "Ana López"}, {"full_name": ""}])
    assert len(log_rows(fd)) == before and fd.participants.count() == 0


def test_delete_cascades_to_parts_and_each_part_is_logged(fd):
    tid = new_training(fd)
    p1 = fd.participants.create({"full_name": "Lucía Chávez"})
    p2 = fd.participants.create({"full_name": "Héctor Gómez"})
    e1 = fd.enrollments.create({"training_id": tid, "participant_id": p1})
    e2 = fd.enrollments.create({"training_id": tid, "participant_id": p2})
    fd.trainings.delete(tid)
    assert fd.enrollments.count() == 0
    assert fd.participants.count() == 2  # people outlive the activity
    for eid in (e1, e2):
        assert [r["op"] for r in log_rows(fd, eid)] == ["create", "delete"]
    assert check_profile(fd) == []


def test_history_reads_who_changed_what_from_what_to_what(fd):
    pid = fd.participants.create({"full_name": "Juana Batzín", "sex": "female"})
    fd.participants.update(pid, {"position": "Fiscal"})
    history = record_history(fd, "participant", pid)
    assert [h.op for h in history] == ["create", "update"]
    change = history[1].changes
    assert [(c.field, c.old, c.new) for c in change] == [("position", "", "Fiscal")]
    assert history[1].author == "tester" and history[1].office == "GT-01"


def test_check_detects_a_write_around_the_services(fd, field_profile):
    from sqlalchemy import text

    pid = fd.participants.create({"full_name": "Marta Morales", "stakeholder_type_id": stakeholder_type_id("ngo")})
    assert check_profile(fd) == []
    with fd.db.engine.begin() as raw:  # plain SQL, as a careless script would write
        raw.execute(text("UPDATE participant SET full_name = 'Someone else' WHERE id = :id"), {"id": pid})
        raw.execute(text("INSERT INTO participant (id, owner_office, created_at, created_by, updated_at, updated_by, "
                         "deleted, full_name, sex, organisation, position, email, phone, consent_contact) VALUES "
                         "('x-1', 'GT-01', '', '', '', '', false, 'Ghost', 'male', '', '', '', '', false)"))
    found = check_profile(fd)
    assert any("'full_name' holds 'Someone else'" in p for p in found)
    assert any("x-1 has no change-log entry" in p for p in found)


def test_every_demo_record_is_in_the_change_log(demo):
    with demo.reading() as conn:
        logged = conn.execute(select(func.count(func.distinct(LOG.c.record_id)))).scalar()
    counts = demo.stats.record_counts()
    seeded = sum(counts[table] for table in SEEDED_TABLES)
    assert logged == sum(counts.values()) - seeded
    assert check_profile(demo) == []


def test_a_write_reports_the_tables_its_rules_and_cascades_wrote_and_a_rollback_reports_none(fd):
    from app.services.store.op_changes import recording

    rid = fd.recommendations.create({"text": "Ratify the Optional Protocol.", "country_id": country_id("GT")})
    with recording() as changes:
        fd.followup_notes.create({"recommendation_id": rid, "note_date": "2025-06-01", "status": "implemented"})
    # the note's rule sets the recommendation's status: a table the caller never named
    assert changes.records == {"followup_note", "recommendation"}
    assert {"change_log", "clock_state"} <= changes.tables
    training = new_training(fd)
    fd.enrollments.create({"training_id": training, "participant_id": fd.participants.create({"full_name": "Ana"})})
    with recording() as changes:
        fd.trainings.delete(training)
    assert "enrollment" in changes.records  # its enrollments go with it
    with recording() as outer, pytest.raises(RuntimeError), fd.writing():
        fd.participants.create({"full_name": "Ana López"})
        raise RuntimeError("refused")
    assert outer.tables == set()
    with recording() as outer:
        with recording() as inner:
            fd.set_setting("report_language", "fr")
        fd.participants.create({"full_name": "Juan Pérez"})
    assert inner.tables == {"local_setting"} and outer.records == {"local_setting", "participant"}
