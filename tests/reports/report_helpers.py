"""Helpers for the report tests: PDF text (pypdf) and demo records to report on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from app.services import FieldDesk, ListQuery
from app.services.store.seed import country_id

REPORT_DAY = date(2026, 10, 1)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))


def pdf_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]))
    return names


def completed_training(fd: FieldDesk, country: str | None = None) -> str:
    filters = {"status": "completed"}
    if country:
        filters["country_id"] = country_id(country)
    return fd.trainings.ids(ListQuery(filters=filters))[0]


def reported_mission(fd: FieldDesk) -> str:
    """A mission with a final report, so it has findings, meetings and recommendations."""
    for mission_id in fd.missions.ids(ListQuery(filters={"status": ["report_final", "closed"]})):
        if fd.recommendations.count(ListQuery(filters={"mission_id": mission_id})):
            return mission_id
    raise AssertionError("the demo data has no mission with recommendations")
