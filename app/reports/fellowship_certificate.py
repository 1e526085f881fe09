"""The certificate of a completed fellowship: one page of the certificates' own design (``certificates.py``), for
the fellow, with the cohort, host and placement (its weeks), numbered the same way (office, the year the placement
ended, a hash of fellowship and fellow) so that ``fielddesk certificate NUMBER`` finds it. Never for a fellowship
that is not completed, nor for a withdrawn one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models import FellowshipStatus
from app.models.fellowship import placement_weeks
from app.reports.certificates import Certificate, _office_name, certificate_number
from app.reports.layout import Report
from app.reports.lookups import Lookups, ReportRefused, live_record
from app.services import ListQuery
from app.services.profile import site_settings

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "fcert.title"


def fellowship_number(row: dict) -> str:
    return certificate_number(row["owner_office"], row["placement_end"].year, row["id"], row["participant_id"])


def find_fellowship_certificate(fd: FieldDesk, number: str) -> str | None:
    """The id of the completed fellowship whose certificate has this number, or None."""
    wanted = number.strip().upper()
    office, _, year = wanted.rpartition("-")[0].rpartition("-")
    if not office or not year.isdigit():
        return None
    rows = fd.fellowships.matching_rows(
        ListQuery(filters={"status": FellowshipStatus.COMPLETED.value, "owner_office": office}),
        ["owner_office", "participant_id", "placement_end"])
    for row in rows:
        if row["placement_end"] and row["placement_end"].year == int(year) and fellowship_number(row) == wanted:
            return row["id"]
    return None


class FellowshipCertificate(Certificate):
    """The same page as a certificate of participation, saying the fellowship was completed."""

    def _took_part(self) -> str:
        tr = self.report.tr
        sex = self.person.get("sex")
        return tr.t(f"fcert.completed_{sex}") if sex in ("female", "male") else tr.t("fcert.completed")

    def _blocks(self):
        blocks = super()._blocks()
        title = self.report.tr.t("certificate.title")
        return [(self.report.tr.t(TITLE_KEY), style, gap) if text == title else (text, style, gap)
                for text, style, gap in blocks]


def build_story(fd: FieldDesk, report: Report, fellowship_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    fellowship = live_record(fd.fellowships, fellowship_id, "fellowship")
    report.plain_pages = True
    if fellowship.status == FellowshipStatus.WITHDRAWN:
        raise ReportRefused(tr.t("fcert.withdrawn"))
    if fellowship.status != FellowshipStatus.COMPLETED:
        raise ReportRefused(tr.t("fcert.not_completed", status=tr.enum(fellowship.status, FellowshipStatus).lower()))
    [person] = fd.participants.rows([fellowship.participant_id], ["full_name", "organisation", "position", "sex"])
    report.subject = person["full_name"]
    report.report_progress(0.15, tr.t(TITLE_KEY))
    start, end = fellowship.placement_start, fellowship.placement_end
    weeks = placement_weeks(start, end)
    count = None if weeks is None else tr.number(weeks, 0 if float(weeks).is_integer() else 1)
    when = tr.t("certificate.from_to", start=tr.date(start), end=tr.date(end))
    lines = {"when": f"{when} ({tr.t('fcert.weeks_n', n=count)})" if count is not None else when,
             "place": tr.t("fcert.hosted", host=fellowship.host) if fellowship.host else "",
             "activity": tr.t("certificate.activity_titled", title=fellowship.cohort),
             "issuer": site_settings.organisation_name(fd) or tr.t("certificate.organisation"),
             "office": _office_name(report, look, fellowship.owner_office, fd.site.office),
             "signatory": site_settings.signatory(fd)}
    row = {"id": fellowship.id, "owner_office": fellowship.owner_office, "participant_id": fellowship.participant_id,
           "placement_end": end}
    return [FellowshipCertificate(report, person, lines, fellowship_number(row))], 1
