"""The grants report on the demo's four grants, the clock set on 1 October 2026: what each grant was paid, what is
overdue in words with its days late, the totals per currency; only the grants with something overdue, in Russian."""

from __future__ import annotations

from datetime import date

from report_helpers import pdf_text

from app.reports import build_report
from tests.test_due import set_today


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_grants_report_says_what_is_paid_and_what_is_overdue(demo, tmp_path):
    set_today(demo, date(2026, 10, 1))
    out = tmp_path / "grants.pdf"
    build_report(demo, "grants", out)
    text = flat(out)
    assert "4 grants, 3 of them active; 1 with a tranche or report overdue." in text
    assert ("Colectivo Madre Tierra Non-governmental organisation, Guatemala GT-2024-01 Strengthening the national "
            "human rights institution in Guatemala USD 30,000 USD 12,000 Active Narrative report, due 14 July 2026: "
            "79 days late; Tranche 2, due 3 August 2026: 59 days late") in text
    assert "Malawi Human Rights Commission" in text and "Vaša prava BiH" in text
    # totals per currency, never summed across; amounts written as the Fund report writes them (Babel, CLDR's order)
    assert "EUR EUR 18,000 EUR 18,000 USD USD 100,000 USD 72,000" in text
    build_report(demo, "grants", out, office="GT-01", overdue=True, lang="ru")
    text = flat(out)
    assert "Colectivo Madre Tierra" in text and "Procuraduría" not in text and "Malawi" not in text
    assert "Грантов: 1" in text and "просрочено на 79 дн." in text
