"""Certificates of participation, to hand out: one landscape page per enrolment marked "certificate issued", for an
activity that was held, each with a number of its own.

Pages of their own design (no running header or "Page X of Y" footer: a participant takes one page home). The
number is derived from the ids (office, year, a short hash of the activity and participant), so printing again
gives the same number and the office can find the enrolment it stands for (``find_certificate``).
"""

from __future__ import annotations

import base64
import hashlib
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from app.models import ActivityStatus, TrainingForm
from app.reports import fonts
from app.reports.i18n import Translator
from app.reports.layout import ACCENT, INK, MUTED, Report
from app.reports.letterhead_block import draw_logo
from app.reports.lookups import Lookups, ReportRefused, live_record
from app.reports.text import RtlParagraph, draw_line, markup, visual
from app.services import ListQuery
from app.services.profile import site_settings

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TITLE_KEY = "certificate.title"
# Certificates are handed out at the closing session, often before anyone marks the activity completed: an
# ongoing activity is being held. A planned or cancelled one was not.
HELD_STATUSES = (ActivityStatus.ONGOING.value, ActivityStatus.COMPLETED.value)


def certificate_number(office: str, year: int, training_id: str, participant_id: str) -> str:
    """``GT-01-2026-K3F9QZ``: the office and year say where to look, six base32 letters of a hash of the two ids
    tell the enrolments apart (one in a billion chance that two of an office's certificates of a year collide)."""
    digest = hashlib.sha256(f"{training_id}:{participant_id}".encode()).digest()
    return f"{office}-{year}-{base64.b32encode(digest).decode()[:6]}"


def find_certificate(fd: FieldDesk, number: str) -> tuple[str, str] | None:
    """(training id, participant id) of the certificate with this number, or None."""
    wanted = number.strip().upper()
    office, _, year = wanted.rpartition("-")[0].rpartition("-")
    if not office or not year.isdigit():
        return None
    trainings = fd.trainings.rows(fd.trainings.ids(ListQuery(filters={"status": list(HELD_STATUSES)})),
                                  ["owner_office", "start_date"])
    for t in trainings:
        if t["owner_office"] != office or t["start_date"].year != int(year):
            continue
        ids = fd.enrollments.ids(ListQuery(filters={"training_id": t["id"]}))
        for e in fd.enrollments.rows(ids, ["participant_id", "certificate_issued"]):
            if e["certificate_issued"] and certificate_number(
                    office, int(year), t["id"], e["participant_id"]) == wanted:
                return t["id"], e["participant_id"]
    return None


def build_story(fd: FieldDesk, report: Report, training_id: str) -> tuple[list, int]:
    tr = report.tr
    look = Lookups(fd, tr)
    training = live_record(fd.trainings, training_id, "training activity")
    report.subject = training.title
    report.plain_pages = True
    if training.status not in HELD_STATUSES:
        raise ReportRefused(tr.t("certificate.not_held", status=tr.enum(training.status, ActivityStatus).lower()))
    ids = fd.enrollments.ids(ListQuery(filters={"training_id": training_id}))
    issued = [r["participant_id"] for r in fd.enrollments.rows(ids, ["participant_id", "certificate_issued"])
              if r["certificate_issued"]]
    if not issued:
        raise ReportRefused(tr.t("certificate.none_issued" if ids else "certificate.none"))
    people = fd.participants.rows(issued, ["full_name", "organisation", "position", "sex"])
    people.sort(key=lambda p: p["full_name"].casefold())
    report.report_progress(0.15, tr.t(TITLE_KEY))

    place = tr.join(x for x in (training.venue, look.country(training.country_id)) if x)
    if training.start_date == training.end_date:
        when = tr.t("certificate.on", date=tr.date(training.start_date))
    else:
        when = tr.t("certificate.from_to", start=tr.date(training.start_date), end=tr.date(training.end_date))
    days = training.day_count
    duration = tr.t("day_1") if days == 1 else tr.t("days_n", n=days)
    lines = {"when": f"{when} ({duration})", "place": tr.t("certificate.held_in", place=place) if place else "",
             "activity": activity_line(tr, training.form, training.title),
             "issuer": site_settings.organisation_name(fd) or tr.t("certificate.organisation"),
             "office": _office_name(report, look, training.owner_office, fd.site.office),
             "signatory": site_settings.signatory(fd)}
    year = training.start_date.year
    pages = [Certificate(report, person, lines,
                         certificate_number(training.owner_office, year, training_id, person["id"]))
             for person in people]
    return pages, len(pages)


def _office_name(report: Report, look, owner: str, own_office: str) -> str:
    """The office as its letterhead names it in the certificate's language (its own activities), else its name."""
    if owner == own_office and report.letterhead is not None and report.letterhead.name:
        return report.letterhead.name
    return look.office(owner)


def activity_line(tr: Translator, form: str, title: str) -> str:
    """The activity as a certificate names it: its form and quoted title, or the title alone when it names the form
    already ("Workshop on ...", never 'Workshop "Workshop on ..."'). Titles are written in the office's language,
    which may not be the report's: the English form counts too."""
    label = tr.enum(form, TrainingForm)
    named = title.casefold()
    if any(word.casefold() in named for word in (label, TrainingForm(form).label)):
        return tr.t("certificate.activity_titled", title=title)
    return tr.t("certificate.activity", form=label, title=title)


def _style(name: str, size: float, font: str = fonts.REGULAR, color=INK, cjk: bool = False) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=size * 1.3, alignment=TA_CENTER, textColor=color,
                          wordWrap="CJK" if cjk else None, splitLongWords=0)


CERTIFICATE_LOGO_HEIGHT = 14 * mm
SIGNATURE_TOP = 40 * mm  # the signature lines and the number below this


def spread_gaps(gaps: list[float], spare: float) -> list[float]:
    """The gaps between a certificate's lines, widened in proportion to share most of the room left above the
    signatures (else a short certificate leaves a blank band above them), at most three times as wide."""
    total = sum(gaps)
    if spare <= 0 or total <= 0:
        return gaps
    scale = min(3.0, 1 + 0.8 * spare / total)
    return [gap * scale for gap in gaps]


class Certificate(Flowable):
    """One certificate filling the page's frame: drawn at fixed places, so every certificate looks the same."""

    def __init__(self, report: Report, person: dict, lines: dict[str, str], number: str):
        super().__init__()
        self.report = report
        self.person = person
        self.lines = lines
        self.number = number

    def wrap(self, availWidth, availHeight):
        # the whole frame, always: the next certificate then cannot fit and goes on a page of its own
        self.width, self.height = availWidth, self.report.frame_height - 1
        return self.width, self.height

    def _style(self, name: str, size: float, font: str | None = None, color=INK) -> ParagraphStyle:
        """A centred style in the report's font (a Chinese certificate's breaks between characters)."""
        return _style(name, size, font or self.report.family.regular, color, cjk=self.report.tr.lang == "zh")

    def _para(self, text: str, style: ParagraphStyle) -> Paragraph:
        return RtlParagraph(text, style) if self.report.tr.rtl else Paragraph(markup(visual(text)), style)

    def _blocks(self) -> list[tuple[str, ParagraphStyle, float]]:
        """The certificate's lines from the top: (text, style, the least room under it)."""
        tr, bold = self.report.tr, self.report.family.bold
        who = tr.join(x for x in (self.person["position"], self.person["organisation"]) if x)
        return [(self.lines["issuer"], self._style("i", 12, bold, INK), 1 * mm),
                (self.lines["office"], self._style("of", 10, color=MUTED), 8 * mm),
                (tr.t("certificate.title"), self._style("t", 30, bold, ACCENT), 8 * mm),
                (tr.t("certificate.certify"), self._style("c", 13, color=MUTED), 4 * mm),
                (self.person["full_name"], self._style("n", 24, bold), 1 * mm),
                (who, self._style("o", 11, color=MUTED), 6 * mm),
                (self._took_part(), self._style("p", 13, color=MUTED), 3 * mm),
                (self.lines["activity"], self._style("a", 16, bold, ACCENT), 3 * mm),
                (self.lines["place"], self._style("pl", 12), 0),
                (self.lines["when"], self._style("w", 12), 0)]

    def _took_part(self) -> str:
        """Wording that agrees with the participant's sex where it is recorded (Arabic and Russian verbs do),
        else the neutral form."""
        tr = self.report.tr
        sex = self.person.get("sex")
        return tr.t(f"certificate.took_part_{sex}") if sex in ("female", "male") else tr.t("certificate.took_part")

    def draw(self):
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
        y = h - 14 * mm
        logo = self.report.letterhead.logo if self.report.letterhead else None
        if logo:  # the office's logo above its name, as on its letters
            y = draw_logo(c, logo, w / 2, y + 4 * mm, CERTIFICATE_LOGO_HEIGHT) - 3 * mm
        blocks = [(self._para(text, style), gap) for text, style, gap in self._blocks() if text]
        heights = [para.wrap(inner, h)[1] for para, _ in blocks]
        least = [gap for _, gap in blocks]
        gaps = spread_gaps(least, y - SIGNATURE_TOP - sum(heights) - sum(least))
        for (para, _), height, gap in zip(blocks, heights, gaps, strict=True):
            para.drawOn(c, (w - inner) / 2, y - height)
            y -= height + gap
        self._signature_lines()

    def _signature_lines(self):
        tr = self.report.tr
        c = self.canv
        line_w = 70 * mm
        y = 26 * mm
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.setFont(self.report.family.regular, 9)
        c.setFillColor(MUTED)
        date_x, sign_x = (self.width * 0.75, self.width * 0.25) if tr.rtl else (self.width * 0.25, self.width * 0.75)
        for x_centre, label in ((date_x, tr.t("certificate.date_place")), (sign_x, tr.t("certificate.signature"))):
            c.line(x_centre - line_w / 2, y, x_centre + line_w / 2, y)
            draw_line(c, "centre", x_centre, y - 11, label, tr.rtl)
        signatory = self.lines["signatory"]
        c.setFillColor(INK if signatory else MUTED)
        draw_line(c, "centre", sign_x, y - 22, signatory or tr.t("certificate.name_title"), tr.rtl)
        # the number, small, where a clerk looks for it: it finds the enrolment again (find_certificate)
        c.setFillColor(MUTED)
        c.setFont(self.report.family.regular, 8.5)
        draw_line(c, "centre", self.width / 2, 9 * mm, tr.t("certificate.number", number=self.number), tr.rtl)
        c.restoreState()
