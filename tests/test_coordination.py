"""The coordination register's rules: an amount needs its currency (an ISO 4217 code); the others working on a
request are the same country's activities on its themes, in its period or planned, most relevant first; the
request ranking's coordination criterion cites them by partner; a partner that looks like one recorded is shown;
the report matrix; and the Excel import: a sheet exported imports back, bad rows change nothing."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from app.models.validation import ValidationFailed
from app.services.programme.coordination import country_register, others_working_on, similar_partners
from app.services.programme.priorities import score_request
from app.services.store.seed import country_id, stakeholder_type_id, theme_id
from app.spreadsheets.coordination import commit_register_import, plan_register_import
from app.spreadsheets.export import export_table

GT, JUSTICE = country_id("GT"), theme_id("justice")


@pytest.fixture
def register(fd):
    undp = fd.partners.create({"name": "United Nations Development Programme", "acronym": "UNDP"})
    eu = fd.partners.create({"name": "European Union", "acronym": "EU", "kind": "donor"})
    ids = {
        "undp": fd.partner_activities.create({
            "partner_id": undp, "title": "Access to justice", "country_id": GT, "theme_ids": [JUSTICE],
            "target_group_ids": [stakeholder_type_id("judiciary")], "start_date": date(2024, 1, 1),
            "end_date": date(2027, 12, 31), "amount": 4_500_000, "currency": "USD"}),
        "eu": fd.partner_activities.create({
            "partner_id": eu, "title": "Judicial training", "country_id": GT, "theme_ids": [JUSTICE],
            "stage": "planned", "start_date": date(2027, 2, 1)}),
        "ended": fd.partner_activities.create({
            "partner_id": eu, "title": "Court records", "country_id": GT, "theme_ids": [JUSTICE],
            "start_date": date(2019, 1, 1), "end_date": date(2021, 12, 31)}),
        "other_theme": fd.partner_activities.create({
            "partner_id": undp, "title": "Schools", "country_id": GT, "theme_ids": [theme_id("education")]}),
        "other_country": fd.partner_activities.create({
            "partner_id": undp, "title": "Justice in Malawi", "country_id": country_id("MW"),
            "theme_ids": [JUSTICE]}),
    }
    return {"undp": undp, "eu": eu, **{f"a_{k}": v for k, v in ids.items()}}


def test_an_amount_needs_a_known_currency(fd, register):
    base = {"partner_id": register["undp"], "title": "X", "country_id": GT}
    with pytest.raises(ValidationFailed) as caught:
        fd.partner_activities.create({**base, "amount": 1000})
    assert caught.value.by_field()["currency"].code == "currency_needed"
    with pytest.raises(ValidationFailed) as caught:
        fd.partner_activities.create({**base, "amount": 1000, "currency": "EUX"})
    assert str(caught.value.by_field()["currency"]).startswith("\u201cEUX\u201d is not a currency code")
    assert fd.partner_activities.get(fd.partner_activities.create({**base, "amount": 0, "currency": "GTQ"})).amount == 0


def test_others_working_on_a_request_and_the_ranking_cites_them(fd, register):
    request = fd.requests.create({"title": "Training of judges", "requesting_authority": "Organismo Judicial",
                                  "country_id": GT, "received_date": date(2026, 3, 1), "theme_ids": [JUSTICE]})
    found = others_working_on(fd, "assistance_request", request)
    assert [(o.partner, o.title, o.stage) for o in found] == [
        ("UNDP", "Access to justice", "existing"), ("EU", "Judicial training", "planned")]
    card = score_request(fd, request)
    [coordination] = [c for c in card.criteria if c.code == "coordination"]
    assert [e.text for e in coordination.evidence] == ["UNDP: Access to justice", "EU: Judicial training"]
    assert coordination.suggested == 2 and coordination.basis == "evidence"


def test_a_partner_like_one_recorded_is_shown(fd, register):
    assert [p["acronym"] for p in similar_partners(fd, "Programa de las Naciones Unidas", "UNDP")] == ["UNDP"]
    assert [p["acronym"] for p in similar_partners(fd, "european  UNION", "")] == ["EU"]
    assert similar_partners(fd, "Asociación de Jueces", "AJG") == []
    assert similar_partners(fd, "European Union", "EU", exclude_id=register["eu"]) == []


def test_the_country_matrix_puts_the_programme_first(fd, register):
    fd.projects.create({"code": "GT-2026-01", "title": "Justicia", "country_id": GT, "theme_ids": [JUSTICE]})
    matrix = country_register(fd, GT)
    assert [a.name for a in matrix.actors] == ["", "EU", "UNDP"]
    assert matrix.cells[(JUSTICE, f"partner:{register['eu']}")] == {"planned": ["Judicial training"],
                                                                     "existing": ["Court records"]}
    assert matrix.cells[(JUSTICE, "programme")] == {"planned": ["GT-2026-01 Justicia"]}


def test_an_exported_register_imports_back_and_bad_rows_change_nothing(fd, register, tmp_path, hq):
    sheet = tmp_path / "register.xlsx"
    assert export_table(fd, "partner_activity", sheet, lang="fr") == 5
    plan = plan_register_import(hq, sheet)
    assert plan.ok and len(plan.new_partners) == 2 and len(plan.activities) == 5, plan.describe()
    assert commit_register_import(hq, plan) == {"partner": 2, "partner_activity": 5, "existing": 0}
    again = plan_register_import(hq, sheet)
    assert again.ok and again.existing == 5 and not again.activities and not again.new_partners

    wb = Workbook()
    ws = wb.active
    # "Activity", as the Coordination page names the column ("Title", its stored name, is read too)
    ws.append(["Partner", "Acronym", "Kind of partner", "Activity", "Country", "Existing or planned", "Amount",
               "Currency", "Thematic areas"])
    ws.append(["UNDP", "", "", "Justicia", "GT", "Existing", 1000, "USD", "Administration of justice"])
    ws.append(["United Nations Development Programme (UNDP)", "", "UN agency", "Justicia", "GT", "Existing", None,
               "", ""])
    ws.append(["Asociación de Jueces", "AJG", "NGO", "Red de jueces", "GT", "Planned", 5000, "QQQ", ""])
    ws.append(["Asociación de Jueces", "AJG", "NGO", "Formación", "Narnia", "Planned", None, "", ""])
    bad = tmp_path / "bad.xlsx"
    wb.save(bad)
    before = (hq.partners.count(), hq.partner_activities.count())
    plan = plan_register_import(hq, bad)
    assert [(p.row, p.column, p.message.code) for p in plan.problems] == [
        (3, "Partner", "import_similar_partner"), (4, "Currency", "unknown_currency"),
        (5, "Country", "import_unknown_country")]
    assert "looks like United Nations Development Programme," in str(plan.problems[0].message)
    with pytest.raises(Exception, match="nothing was written"):
        commit_register_import(hq, plan)
    assert (hq.partners.count(), hq.partner_activities.count()) == before


def test_others_on_the_command_line_by_reference_code_or_country_with_labels(field_profile, capsys):
    """The review: `coordination others` took only internal ids and printed stage codes. A request's reference, a
    project's code and a country's ISO code are accepted; the stage reads as its label (--json keeps the code)."""
    from app.cli import main
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        eu = fd.partners.create({"name": "European Union", "acronym": "EU"})
        fd.partner_activities.create({"partner_id": eu, "title": "Judicial training", "country_id": GT,
                                      "theme_ids": [JUSTICE], "stage": "planned"})
        fd.requests.create({"title": "Training of judges", "requesting_authority": "Organismo Judicial",
                            "country_id": GT, "received_date": date(2026, 3, 1), "theme_ids": [JUSTICE],
                            "reference": "GT/2026/7"})
        fd.projects.create({"code": "GTM-J1", "title": "Justice", "country_id": GT, "theme_ids": [JUSTICE]})
    p = ["--profile", str(field_profile), "coordination", "others"]
    for argv in (["request", "gt/2026/7"], ["project", "GTM-J1"], ["country", "gt"]):
        assert main([*p, *argv]) == 0, argv
        out = capsys.readouterr().out
        assert "1 found." in out and "EU: Judicial training (Planned, ... - ...)" in out, (argv, out)
    assert main([*p, "country", "GT", "--json"]) == 0 and '"stage": "planned"' in capsys.readouterr().out
    assert main([*p, "project", "NOPE"]) == 1 and "no project with the id or code 'NOPE'" in capsys.readouterr().err
    assert main([*p, "country", "XX"]) == 2 and "not an ISO 3166" in capsys.readouterr().err


@pytest.mark.parametrize("lang,words", [("en", "from 1 February 2027"), ("fr", "à partir du 1 février 2027"),
                                        ("es", "desde el 1 de febrero de 2027"), ("ru", "с 1 февраля 2027"),
                                        ("ar", "اعتبارا من"), ("zh", "自2027")])
def test_an_open_ended_activity_reads_from_its_start_in_the_report(fd, register, tmp_path, lang, words):
    """The review: an activity with a start and no end read as one day in the coordination report."""
    import sys
    import unicodedata
    from pathlib import Path

    from app.reports import build_report

    sys.path.insert(0, str(Path(__file__).parent / "reports"))
    from report_helpers import pdf_text

    out = tmp_path / "coordination.pdf"
    build_report(fd, "coordination", out, country="GT", lang=lang)
    text = " ".join(unicodedata.normalize("NFKC", pdf_text(out)).replace("\u064b", "").split())
    assert words in text, text[:2000]
