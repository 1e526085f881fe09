"""The programme summary's figures mean what they say: "undertaken" and "reached" count held activities and
missions that went to the field, planned and ongoing ones are shown apart by name, counts are grouped, and the
pre/post/gain figures agree with each other as printed."""

from __future__ import annotations

from report_helpers import pdf_text

from app.reports import build_report
from app.services.programme.stats import TestResults
from app.services.store.seed import country_id


def _activity(fd, status: str, start: str) -> str:
    return fd.trainings.create({"title": f"{status} course", "form": "training_course", "country_id": country_id("GT"),
                                "start_date": start, "end_date": start, "status": status})


def _mission(fd, status: str) -> None:
    fd.missions.create({"title": f"{status} mission", "country_id": country_id("GT"), "start_date": "2026-02-02",
                        "end_date": "2026-02-06", "status": status})


def test_summary_counts_held_activities_and_names_the_others(fd, tmp_path):
    held, held_too = _activity(fd, "completed", "2026-02-10"), _activity(fd, "completed", "2026-03-10")
    planned, ongoing = _activity(fd, "planned", "2026-11-10"), _activity(fd, "ongoing", "2026-09-10")
    people = fd.participants.create_many([{"full_name": f"Person {n}", "sex": "female" if n % 2 else "male"}
                                          for n in range(1001)])
    fd.enrollments.create_many([{"training_id": held, "participant_id": p} for p in people])
    fd.enrollments.create_many([{"training_id": held_too, "participant_id": people[0], "pre_score": 52.36,
                                 "post_score": 60.14}])
    extra = fd.participants.create_many([{"full_name": f"Not yet {n}"} for n in range(5)])
    fd.enrollments.create_many([{"training_id": planned, "participant_id": p} for p in extra[:2]]
                               + [{"training_id": ongoing, "participant_id": p} for p in extra[2:]])
    for status in ("closed", "report_final", "in_the_field", "planned", "requested"):
        _mission(fd, status)

    out = tmp_path / "summary.pdf"
    build_report(fd, "summary", out)
    text = " ".join(pdf_text(out).split())
    assert "2 needs assessment missions were undertaken in Guatemala (2)" in text
    assert "Not counted above: 1 missions in the field and 2 requested or planned." in text
    assert "2 training activities held (courses," in text and "reached 1,001 people, of whom 500 women" in text
    assert "Not counted above: 1 ongoing and 1 planned training activities." in text
    assert "Activities held" in text and "Missions undertaken" in text  # columns say what they count
    assert "Training activities held by quarter" in text and "Q1 2026 2 1,002" in text
    assert "Q3 2026" not in text and "Q4 2026" not in text  # planned and ongoing are no quarter's activities held
    assert "Enrolments with both test scores 1" in text
    # 52.36 and 60.14 print as 52.4 and 60.1: the gain printed is theirs (7.7), not the unrounded 7.78
    assert "52.4 points" in text and "60.1 points" in text and "+7.7 points" in text


def test_the_gain_is_the_difference_of_the_rounded_averages():
    assert TestResults(1, 52.36, 60.14).rounded(1) == (52.4, 60.1, 7.7)
    assert TestResults(0, None, None).rounded(1) == (None, None, None)


def test_summary_breaks_activities_held_down_by_thematic_area(fd, tmp_path):
    from app.services.store.seed import theme_id

    held = {"a": ["justice"], "b": ["justice", "nhri"], "c": ["nhri"], "d": [], "e": ["justice"]}
    for name, codes in [*held.items(), ("planned", ["justice", "nhri"])]:
        fd.trainings.create({"title": f"Course {name}", "form": "training_course", "country_id": country_id("GT"),
                             "start_date": "2026-02-10", "end_date": "2026-02-11",
                             "status": "planned" if name == "planned" else "completed",
                             "theme_ids": [theme_id(c) for c in codes]})
    out = tmp_path / "summary.pdf"
    build_report(fd, "summary", out, lang="es")
    text = " ".join(pdf_text(out).split())
    start = text.index("Actividades de capacitación por área temática")
    part = text[start:text.index("Una actividad con varias áreas temáticas se cuenta en cada una de ellas.", start)]
    # justice: a, b and e; national human rights institutions: b and c; the planned course in neither
    assert "Instituciones nacionales de derechos humanos 2 Administración de justicia 3" in part  # catalogue order
    assert "Total" not in part, "b counts under both: no total that would add up to more than the 5 held"
def test_by_country_a_regional_activity_is_under_each_country_and_once_in_the_total(fd, tmp_path):
    from app.services.store.seed import region_id

    gt, sv, hn = (country_id(c) for c in ("GT", "SV", "HN"))
    regional = {"scope": "regional", "region_ids": [region_id("013")], "country_ids": [gt, sv, hn]}
    _activity(fd, "completed", "2026-02-10")
    fd.trainings.update(_activity(fd, "completed", "2026-03-10"), regional)
    fd.trainings.update(_activity(fd, "completed", "2026-04-10"), {"scope": "global"})
    fd.missions.create({"title": "Regional mission", "country_id": sv, "start_date": "2026-02-02",
                        "end_date": "2026-02-06", "status": "closed", **regional})

    out = tmp_path / "summary.pdf"
    build_report(fd, "summary", out)
    text = " ".join(pdf_text(out).split())
    # by hand: GT has the course and the regional meeting, SV and HN the meeting, the global seminar no country
    assert "Training activities held by country" in text
    assert "Guatemala 2 El Salvador 1 Honduras 1 Global (no single country) 1 Total 3" in text
    assert "1 needs assessment missions were undertaken in El Salvador (1), Guatemala (1), Honduras (1)." in text
    assert "El Salvador 1 Guatemala 1 Honduras 1 Total 1" in text  # the missions' table totals the one mission
    note = ("A regional or interregional activity or mission is counted under each of its countries; totals count it "
            "once.")
    assert text.count(note) == 2
