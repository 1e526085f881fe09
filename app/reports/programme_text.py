"""Report text shared by the requests, project and portfolio reports: criterion names, the evidence behind a score,
why a tie was parted, indicator values and progress, all in the report's language."""

from __future__ import annotations

from app.models.enums import PlanStage, ProgressStatus, RecommendationSource
from app.models.requests import PRIORITY_CRITERIA
from app.reports.i18n import Translator
from app.reports.lookups import Lookups
from app.services.programme.priorities import CriterionScore, Evidence, TieBreak
from app.services.programme.results import IndicatorView

_SEEDED_NAMES = {code: name for code, name, *_ in PRIORITY_CRITERIA}
MAX_EVIDENCE_SHOWN = 3
EVIDENCE_TEXT_CHARS = 100


def criterion_name(tr: Translator, code: str, name: str) -> str:
    """A seeded criterion in the report's language; one headquarters renamed or added, as headquarters wrote it."""
    if _SEEDED_NAMES.get(code) == name and tr.has(f"criterion.{code}"):
        return tr.t(f"criterion.{code}")
    return name


def _short(text: str, limit: int = EVIDENCE_TEXT_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def citation(tr: Translator, e: Evidence) -> str:
    """The mechanism, document and paragraph of a recommendation cited as evidence: "CAT, CAT/C/MWI/CO/1 para. 12"."""
    if e.source == "treaty_body" and e.mechanism:
        text = e.mechanism
    elif e.source == "special_procedure" and e.mechanism:
        text = tr.t("matrix.special_procedure", mandate=e.mechanism)
    elif e.source == "upr" and e.mechanism:
        text = tr.t("matrix.upr", cycle=e.mechanism)
    else:
        text = tr.enum(e.source, RecommendationSource)
    if e.symbol:
        text += ", " + e.symbol
        if e.paragraph:
            text += " " + tr.t("req.ev.paragraph", paragraph=e.paragraph)
    return text


def evidence_text(tr: Translator, look: Lookups, e: Evidence) -> str:
    if e.kind == "no_facts":
        return tr.t("req.ev.no_facts")
    if e.kind in ("fact_yes", "fact_no"):
        text = tr.t(f"req.ev.{e.source}_{'yes' if e.kind == 'fact_yes' else 'no'}")
        return text + (" " + tr.t("req.ev.as_of", date=tr.date(e.day)) if e.day else "")
    if e.kind == "recommendation":
        return tr.t("req.ev.recommendation", source=citation(tr, e), date=tr.date(e.day),
                    text=_short(e.text))
    if e.kind == "meeting":
        return tr.t("req.ev.meeting", organisation=e.text, type=tr.stakeholder(e.source), date=tr.date(e.day))
    if e.kind == "partner_activity":  # "UNDP: <title>" from the coordination register
        return tr.t("req.ev.partner_activity", text=_short(e.text), stage=tr.enum(e.source, PlanStage))
    return e.text


def score_reason(tr: Translator, look: Lookups, c: CriterionScore, *, max_evidence: int = MAX_EVIDENCE_SHOWN) -> str:
    """Why the criterion has its score: staff's assessment and note, or the evidence, or nothing yet."""
    lines = []
    if c.basis == "assessed":
        lines.append(tr.t("req.assessed", note=c.note) if c.note.strip() else tr.t("req.assessed_no_note"))
        if c.suggested is not None and c.suggested != c.assessed:
            lines.append(tr.t("req.evidence_suggests", score=c.suggested))
    elif c.basis == "none":
        lines.append(tr.t("req.not_assessed"))
    shown = [e for e in c.evidence if e.kind != "no_facts" or c.basis != "assessed"]
    for e in shown[:max_evidence]:
        lines.append("\u2022 " + evidence_text(tr, look, e))
    if len(shown) > max_evidence:
        lines.append(tr.t("req.more_evidence", n=len(shown) - max_evidence))
    if c.basis == "evidence" and not c.evidence:
        lines.append(tr.t("req.no_evidence"))
    return "\n".join(lines)


def tie_text(tr: Translator, tie: TieBreak | None, criterion_names: dict[str, str]) -> str:
    if tie is None:
        return ""
    if tie.rule == "criterion":
        return tr.t("req.tie_criterion", other=tie.above_title,
                    criterion=criterion_names.get(tie.criterion_name, tie.criterion_name),
                    theirs=tie.above_value, ours=tie.own_value)
    if tie.rule == "received":
        return tr.t("req.tie_received", other=tie.above_title, theirs=tr.date(tie.above_value),
                    ours=tr.date(tie.own_value))
    return tr.t("req.tie_id", other=tie.above_title)


def total_text(tr: Translator, total: float) -> str:
    return tr.number(total, 1)


def value_text(tr: Translator, value: float | None, unit: str = "") -> str:
    if value is None:
        return "\u2014"
    decimals = 0 if float(value).is_integer() else 1
    text = tr.number(value, decimals)
    return f"{text}\u00a0{unit}" if unit and len(unit) <= 12 else text


def progress_text(tr: Translator, indicator: IndicatorView) -> str:
    p = indicator.progress
    status = tr.enum(p.status, ProgressStatus)
    if p.share is None:
        return status
    return f"{tr.number(100 * p.share)}\u00a0% \u2013 {status}"
