"""The "After the exit" section of the project and portfolio reports, from the demo's closed projects (Bosnia and
Herzegovina's three checks, Mongolia's two and its third due), in English and French."""

from __future__ import annotations

from report_helpers import pdf_text

from app.reports import build_report
from app.services import ListQuery


def flat(path) -> str:
    return " ".join(pdf_text(path).split())


def test_the_project_report_lists_its_checks_after_the_exit(demo, tmp_path):
    pid = demo.projects.ids(ListQuery(filters={"code": "MN-2021-00"}))[0]
    out = tmp_path / "project.pdf"
    build_report(demo, "project", out, record_id=pid)
    text = flat(out)
    for needle in ("After the exit", "6 months", "Partly sustained", "12 months", "Not sustained",
                   "No national budget line: the visits stopped", "24 months", "not yet (due 30 January 2026)"):
        assert needle in text, needle
    open_one = demo.projects.ids(ListQuery(filters={"code": "MW-2024-01"}))[0]
    build_report(demo, "project", out, record_id=open_one, lang="fr")
    assert "Après la sortie" in flat(out) and "programmées une fois le projet clôturé" in flat(out)


def test_the_portfolio_counts_closed_projects_sustained_at_twelve_months(demo, tmp_path):
    out = tmp_path / "portfolio.pdf"
    build_report(demo, "portfolio", out, lang="fr")
    text = flat(out)
    assert "Après la sortie" in text
    assert "Projets clôturés durables à 12 mois : 2 sur 3 (3 vérifiés)" in text
    assert "BA-2021-00" in text and "MN-2021-00" in text and "GT-2022-05" in text
