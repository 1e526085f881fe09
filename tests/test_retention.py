"""Retention: headquarters' settings applied by the daily sweep with the profile's clock moved months ahead; the
effect each setting announces; the command line (sweep at opening, --dry-run, --json)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from app.cli import main
from app.models.ids import reference_id
from app.services.errors import NotAllowed
from app.services.privacy import access_log
from app.services.privacy.retention import effects, months_after, sweep, sweep_if_due, today_of
from app.services.store.seed import country_id


def set_today(fd, day: date) -> None:
    target = int(datetime(day.year, day.month, day.day, 12).timestamp() * 1000)
    fd.wall.shift(ms=target - fd.wall.now_ms())
    assert today_of(fd) == day


def person(fd, name: str, **extra) -> str:
    return fd.participants.create({"full_name": name, "country_id": country_id("GT"), **extra})


def contacts(fd, pid: str) -> tuple[str, str]:
    row = fd.participants.get_row(pid)
    return row["email"], row["phone"]


def _logged(fd, pid: str) -> list[dict]:
    from sqlalchemy import select

    from app.models import ChangeLog

    log = ChangeLog.__table__
    with fd.reading() as conn:
        return [r.new for r in conn.execute(select(log.c.new).where(log.c.record_id == pid).order_by(log.c.seq))]


def test_months_are_calendar_months():
    assert months_after(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert months_after(date(2026, 3, 15), -24) == date(2024, 3, 15)


def test_the_sweep_removes_what_the_settings_say_when_they_say(fd):
    from app.services.privacy.erasure import erase_participant
    from app.services.profile.backup import create_backup

    t0 = date(2030, 1, 10)
    set_today(fd, t0)
    quiet = person(fd, "Ana Quiet", email="ana@example.org", consent_contact=True)
    trained = person(fd, "Berta Trained", phone="+502 5555 0101", consent_contact=True)
    person(fd, "Carla Nocontact")
    gone = person(fd, "Dora Erased")
    erase_participant(fd, gone)
    tid = fd.trainings.create({"title": "Fair trial", "country_id": country_id("GT"),
                               "start_date": date(2030, 3, 30), "end_date": date(2030, 4, 2)})
    fd.enrollments.create({"training_id": tid, "participant_id": trained})
    backup = create_backup(fd, reason="by hand")

    set_today(fd, date(2031, 11, 20))  # 22 months on: the announced effect, nothing due yet
    found = effects(fd)
    assert found["contact_details"].due == [] and found["contact_details"].months == 24
    assert (found["contact_details"].next_date, found["contact_details"].next_count) == ("2032-01-10", 1)

    set_today(fd, date(2032, 1, 11))
    dry = sweep(fd, dry_run=True)
    assert dry.contacts_removed == [quiet] and contacts(fd, quiet) == ("ana@example.org", "")
    result = sweep_if_due(fd)
    assert result.contacts_removed == [quiet], "the trained person's last activity is the training's end"
    assert contacts(fd, quiet) == ("", "") and contacts(fd, trained) == ("", "+502 5555 0101")
    assert sweep_if_due(fd) is None, "once a day"
    assert fd.participants.get_row(quiet)["full_name"] == "Ana Quiet", "only contact details go"
    logged = _logged(fd, quiet)[-1]
    assert (logged["email"], logged["consent_contact"], "phone" in logged) == ("", False, False), "logged"
    [event] = access_log.events(fd, kind="retention")
    assert event.people == 1 and "1 participant" in event.what and "Ana" not in event.what
    assert backup.id in result.backups_proposed and result.erasure_records_removed == 0

    set_today(fd, date(2032, 3, 1))  # consent renewed: a new last activity
    fd.participants.update(trained, {"position": "Judge"})
    set_today(fd, date(2032, 5, 1))  # past the training's end + 24 months, but not the renewal's
    assert sweep_if_due(fd).contacts_removed == []
    set_today(fd, date(2034, 3, 2))
    assert sweep_if_due(fd).contacts_removed == [trained] and contacts(fd, trained) == ("", "")

    from app.services.privacy.erasure import erasure_of

    with fd.reading() as conn:
        assert erasure_of(conn, gone) is not None
    set_today(fd, date(2036, 1, 11))  # 72 months after the erasure
    assert sweep_if_due(fd).erasure_records_removed == 1
    with fd.reading() as conn:
        assert erasure_of(conn, gone) is None
    assert fd.participants.get_row(gone)["full_name"].startswith("Participant "), "the pseudonym stays"


def test_headquarters_governs_the_settings(fd, hq):
    rule = reference_id("retention_rule", "contact_details")
    with pytest.raises(NotAllowed):
        fd.retention_rules.update(rule, {"months": 6})
    hq.retention_rules.update(rule, {"months": 6})
    hq.retention_rules.update(reference_id("retention_rule", "manual_backups"), {"enabled": False})
    found = effects(hq)
    assert found["contact_details"].months == 6 and not found["manual_backups"].enabled


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_command_line_sweeps_at_opening_and_on_demand(field_profile, capsys):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        set_today(fd, date.today() - timedelta(days=800))
        pid = person(fd, "Elena Old", email="elena@example.org", consent_contact=True)
    profile = ("--profile", str(field_profile))
    code, out, _ = run(capsys, *profile, "retention", "--json")
    shown = {s["code"]: s for s in json.loads(out)["settings"]}
    assert code == 0 and shown["contact_details"]["due"] == 1
    code, out, _ = run(capsys, *profile, "retention", "sweep", "--dry-run", "--json")
    assert code == 0 and json.loads(out)["participants"] == [pid]
    code, _, err = run(capsys, *profile, "retention", "set", "contact_details", "--months", "6")
    assert code == 1 and "headquarters" in err
    code, _, err = run(capsys, *profile, "retention", "set", "contact_details", "--months", "0")
    assert code == 2 and "between 1 and 600" in err
    code, out, _ = run(capsys, *profile, "access", "list", "--kind", "retention", "--json")  # opening sweeps
    assert code == 0 and [e["people"] for e in json.loads(out)] == [1]
    with FieldDesk.open(field_profile) as fd:
        assert contacts(fd, pid) == ("", "")


def test_a_profile_from_before_0027_gets_the_names_policy_not_in_use(field_profile):
    import sqlite3

    from app.migrations import HEAD
    from app.services import FieldDesk, ListQuery
    from app.services.privacy.name_policy import POLICY, in_use

    raw = sqlite3.connect(field_profile / "fielddesk.db")
    raw.execute("DELETE FROM retention_rule WHERE code = ?", (POLICY,))
    raw.execute("UPDATE alembic_version SET version_num = '0026'")  # the revision before 0027
    raw.execute("ALTER TABLE attachment_blob RENAME COLUMN name TO sha256")  # and its schema (0028 renames it)
    raw.execute("ALTER TABLE change_log DROP COLUMN attestation")  # (0030 adds it)
    raw.commit()
    raw.close()
    with FieldDesk.open(field_profile) as fd:
        assert fd.schema_revision() == HEAD
        assert len(fd.retention_rules.ids(ListQuery(filters={"code": POLICY}))) == 1 and not in_use(fd)
