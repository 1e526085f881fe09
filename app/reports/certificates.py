"""Certificates of participation: one landscape page per enrolled participant, with the activity, its dates and
place, and signature lines."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.models import TrainingForm
from app.reports import fonts
from app.reports.layout import ACCENT, INK, MUTED, Report
from app.reports.lookups import Lookups, ReportRefused, enrolled_participant_ids, live_record
from app.reports.text import RtlParagraph, markup, visual

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "certificate.title"


def build_story(fd: FieldDesk, report: Report, training_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    training = live_record(fd.trainings, training_id, "training activity")
    report.subject = training.title
    people = fd.participants.rows(enrolled_participant_ids(fd, training_id), ["full_name", "organisation", "position"])
    if not people:
        raise ReportRefused(tr.t("certificate.none"))
    people.sort(key=lambda p: p["full_name"].casefold())
    report.report_progress(0.15, tr.t(TITLE_KEY))
    place = ", ".join(x for x in (training.venue, look.country(training.country_id)) if x)
    if training.start_date == training.end_date:
        when = tr.t("certificate.on", date=tr.date(training.start_date))
    else:
        when = tr.t("certificate.from_to", start=tr.date(training.start_date), end=tr.date(training.end_date))
    activity = tr.t("certificate.activity", form=tr.enum(training.form, TrainingForm), title=training.title)
    lines = {"when": when, "place": tr.t("certificate.held_in", place=place) if place else "", "activity": activity}
    return [Certificate(report, person, lines) for person in people], len(people)


def _style(name: str, size: float, font: str = fonts.REGULAR, color=INK) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER, textColor=color)


class Certificate(Flowable):
    """One certificate filling the page's frame: drawn at fixed places, so every certificate looks the same."""

    def __init__(self, report: Report, person: dict, lines: dict[str, str]):
        super().__init__()
        self.report = report
        self.person = person
        self.lines = lines

    def wrap(self, availWidth, availHeight):
        # the whole frame, always: the next certificate then cannot fit and goes on a page of its own
        self.width, self.height = availWidth, self.report.frame_height - 1
        return self.width, self.height

    def _centred(self, text: str, style: ParagraphStyle, y_top: float, width: float) -> float:
        """Draw wrapped, centred text whose top is at ``y_top``; returns the y below it."""
        para = RtlParagraph(text, style) if self.report.tr.rtl else Paragraph(markup(visual(text)), style)
        _, h = para.wrap(width, self.height)
        para.drawOn(self.canv, (self.width - width) / 2, y_top - h)
        return y_top - h

    def draw(self):
        tr = self.report.tr
        c = self.canv
        w, h = self.width, self.height
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(2.2)
        c.rect(0, 0, w, h)
        c.setLineWidth(0.6)
        c.rect(4 * mm, 4 * mm, w - 8 * mm, h - 8 * mm)
        c.restoreState()
        inner = w - 40 * mm
        y = h - 18 * mm
        y = self._centred(tr.t("certificate.title"), _style("t", 30, fonts.BOLD, ACCENT), y, inner) - 10 * mm
        y = self._centred(tr.t("certificate.certify"), _style("c", 13, color=MUTED), y, inner) - 4 * mm
        y = self._centred(self.person["full_name"], _style("n", 24, fonts.BOLD), y, inner) - 1 * mm
        who = ", ".join(x for x in (self.person["position"], self.person["organisation"]) if x)
        if who:
            y = self._centred(who, _style("o", 11, color=MUTED), y, inner)
        y -= 7 * mm
        y = self._centred(tr.t("certificate.took_part"), _style("p", 13, color=MUTED), y, inner) - 3 * mm
        y = self._centred(self.lines["activity"], _style("a", 16, fonts.BOLD, ACCENT), y, inner) - 3 * mm
        if self.lines["place"]:
            y = self._centred(self.lines["place"], _style("pl", 12), y, inner)
        self._centred(self.lines["when"], _style("w", 12), y, inner)
        self._signature_lines()

    def _signature_lines(self):
        tr = self.report.tr
        c = self.canv
        line_w = 70 * mm
        y = 22 * mm
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.setFont(fonts.REGULAR, 9)
        c.setFillColor(MUTED)
        for x_centre, label in ((self.width * 0.25, tr.t("certificate.date_place")),
                                (self.width * 0.75, tr.t("certificate.signature"))):
            c.line(x_centre - line_w / 2, y, x_centre + line_w / 2, y)
            c.drawCentredString(x_centre, y - 11, visual(label, tr.rtl))
        c.drawCentredString(self.width * 0.75, y - 22, visual(tr.t("certificate.name_title"), tr.rtl))
        c.restoreState()
