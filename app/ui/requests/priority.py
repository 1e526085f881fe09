"""A request's priority: each criterion's weight and score with where the score comes from (staff's assessment,
the recorded evidence, or nothing yet), the evidence itself, the total and the request's place among the open
requests; and the dialog in which staff assess a criterion."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import PlanStage, RecommendationSource
from app.services.programme.priorities import rank_requests, score_request, set_score
from app.services.store.transitions import OPEN_REQUEST_STATUSES
from app.ui.i18n.formats import format_date, format_number
from app.ui.i18n.vocabulary import criterion_name as seeded_criterion_name
from app.ui.i18n.vocabulary import enum_label, stakeholder_name
from app.ui.widgets.children import ColumnRowsModel
from app.ui.widgets.columns import Column
from app.ui.widgets.enter_keys import enter_never_rejects
from app.ui.widgets.fields import ChoiceInput, LongTextInput
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import FieldSpec, RecordForm
from app.ui.widgets.messages import show_error

if TYPE_CHECKING:
    from app.services.programme.priorities import CriterionScore, Evidence, ScoreCard, TieBreak
    from app.ui.context import AppContext

translate = QCoreApplication.translate


def criterion_name(name: str) -> str:
    """A seeded criterion's name in the interface language (a name headquarters wrote shows as written)."""
    return seeded_criterion_name(name)


def citation(e: Evidence) -> str:
    """The mechanism, document and paragraph of a recommendation cited as evidence: "CAT, CAT/C/MWI/CO/1 para. 12"."""
    if e.source == "treaty_body" and e.mechanism:
        text = e.mechanism
    elif e.source == "special_procedure" and e.mechanism:
        text = translate("Priority", "Special procedure: %1").replace("%1", e.mechanism)
    elif e.source == "upr" and e.mechanism:
        text = translate("Priority", "Universal periodic review, cycle %1").replace("%1", e.mechanism)
    else:
        text = enum_label(RecommendationSource, e.source)
    if e.symbol:
        text += ", " + e.symbol
        if e.paragraph:
            text += " " + translate("Priority", "para. %1").replace("%1", e.paragraph)
    return text


def evidence_text(e: Evidence) -> str:
    if e.kind == "no_facts":
        return translate("Priority", "Headquarters has recorded no facts about this country.")
    if e.kind in ("fact_yes", "fact_no"):
        texts = {("least_developed", True): translate("Priority", "On the UN list of least developed countries."),
                 ("least_developed", False): translate("Priority", "Not on the UN list of least developed countries."),
                 ("in_transition", True): translate("Priority",
                                                    "Recorded by headquarters as in transition to democracy."),
                 ("in_transition", False): translate("Priority",
                                                     "Not recorded by headquarters as in transition to democracy.")}
        text = texts.get((e.source, e.kind == "fact_yes"), e.source)
        return text + (" " + translate("Priority", "(as of %1)").replace("%1", format_date(e.day)) if e.day else "")
    if e.kind == "recommendation":
        return translate("Priority", "%1, %2: %3").replace("%1", citation(e)) \
            .replace("%2", format_date(e.day) or "\u2014").replace("%3", e.text)
    if e.kind == "meeting":
        return translate("Priority", "Met %1 (%2), %3").replace("%1", e.text) \
            .replace("%2", stakeholder_name(e.source)) \
            .replace("%3", format_date(e.day) or "\u2014")
    if e.kind == "partner_activity":  # "UNDP: <title>", from the coordination register
        return translate("Priority", "%1 (%2, coordination register)").replace("%1", e.text) \
            .replace("%2", enum_label(PlanStage, e.source))
    return e.text



def basis_text(c: CriterionScore) -> str:
    if c.basis == "assessed":
        if c.suggested is not None and c.suggested != c.assessed:
            return translate("Priority", "Assessed by staff (the evidence suggests %1)").replace("%1", str(c.suggested))
        return translate("Priority", "Assessed by staff")
    if c.basis == "evidence":
        return translate("Priority", "From the evidence")
    return translate("Priority", "Not assessed yet")


def tie_text(tie: TieBreak | None) -> str:
    if tie is None:
        return ""
    if tie.rule == "criterion":
        return translate("Priority",
                         "Same total as \u201c%1\u201d, which scores higher on \u201c%2\u201d (%3 against %4).") \
            .replace("%1", tie.above_title).replace("%2", criterion_name(tie.criterion_name)) \
            .replace("%3", str(tie.above_value)).replace("%4", str(tie.own_value))
    if tie.rule == "received":
        return translate("Priority",
                         "Same total and scores as \u201c%1\u201d, which was received earlier (%2 against %3).") \
            .replace("%1", tie.above_title).replace("%2", format_date(tie.above_value)) \
            .replace("%3", format_date(tie.own_value))
    return translate("Priority", "Same total, scores and date received as \u201c%1\u201d, which was recorded first.") \
        .replace("%1", tie.above_title)


def read_priority(fd, request_id: str) -> tuple[ScoreCard, tuple[int, int, TieBreak | None] | None]:
    """Runs on the worker: the request's scores and, while it is open, its place in the ranking."""
    card = score_request(fd, request_id)
    place = None
    if card.status in OPEN_REQUEST_STATUSES:
        ranked = rank_requests(fd, office=card.owner_office)
        place = next(((r.rank, len(ranked), r.tie) for r in ranked if r.card.request_id == request_id), None)
    return card, place


class AssessDialog(QDialog):
    """Staff's score for one criterion, with a note; or back to what the evidence suggests."""

    def __init__(self, ctx: AppContext, request_id: str, criterion: CriterionScore, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.request_id, self.criterion = ctx, request_id, criterion
        self.setWindowTitle(self.tr("Assess: %1").replace("%1", criterion_name(criterion.name)))
        suggested = self.tr("From the evidence (%1)").replace("%1", str(criterion.suggested)) \
            if criterion.suggested is not None else self.tr("Not assessed")
        choices = [(0, self.tr("0 \u2013 does not apply")), (1, "1"), (2, "2"), (3, self.tr("3 \u2013 applies fully"))]
        self.form = RecordForm([
            FieldSpec("score", self.tr("Score"), lambda: ChoiceInput(choices, suggested)),
            FieldSpec("note", self.tr("Note"), lambda: LongTextInput(4),
                      hint=self.tr("Why this score: the facts, who was consulted.")),
        ])
        self.form.set_values({"score": criterion.assessed, "note": criterion.note})
        evidence = "\n".join("\u2022 " + evidence_text(e) for e in criterion.evidence) or self.tr("No evidence "
                                                                                                   "recorded.")
        facts = QLabel(evidence)
        facts.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        enter_never_rejects(buttons)  # Enter never cancels
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Evidence recorded:")))
        layout.addWidget(facts)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def save(self) -> None:
        values = self.form.values()
        request_id, criterion_id = self.request_id, self.criterion.criterion_id

        def write(fd):
            return set_score(fd, request_id, criterion_id, values["score"], values["note"] or "")

        self.ok_button.setEnabled(False)
        self.ctx.write(write, lambda _r: self.accept(), owner=self,
                       on_error=lambda e: (self.ok_button.setEnabled(True), show_error(self, e)))


class PriorityTab(QWidget):
    """Shown as a tab of the request's editor; ``set_record(request_id, writable)`` like any part."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.request_id: str | None = None
        self.writable = False
        self.card: ScoreCard | None = None
        self.dialog: AssessDialog | None = None
        self.reads: set[str] = set()  # the tables scoring read: a write to one of them scores again
        self.total = QLabel()
        self.total.setObjectName("priorityTotal")
        self.total.setWordWrap(True)
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.tie = QLabel()
        self.tie.setWordWrap(True)
        self.model = ColumnRowsModel([Column("score", self.tr("Score"), "number"),
                                      Column("weight", self.tr("Weight"), "number"),
                                      Column("name", self.tr("Criterion")), Column("basis", self.tr("Basis")),
                                      Column("evidence", self.tr("Evidence"))], ctx.refs, self)
        self.view = QTableView()
        self.view.setTabKeyNavigation(False)  # Tab leaves the list for the next field
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Priority criteria"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_evidence())
        self.view.activated.connect(lambda _index: self.assess())
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        self.evidence.setObjectName("priorityEvidence")
        self.assess_button = QPushButton(self.tr("&Assess\u2026"))
        self.assess_button.clicked.connect(lambda: self.assess())
        note = QLabel(self.tr("Each criterion is scored from 0 to 3: from the recorded evidence, unless staff assess "
                              "it. The total is the weighted score out of 100."))
        note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.assess_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        layout.addWidget(self.tie)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.evidence)
        layout.addLayout(buttons)
        ctx.changed.connect(self._data_changed)
        self._update_buttons()

    def set_record(self, request_id: str | None, writable: bool) -> None:
        self.request_id, self.writable = request_id, writable
        self.reload()

    def reload(self) -> None:
        self._update_buttons()
        if not self.request_id:
            self.card = None
            self.model.set_rows([])
            self.total.clear()
            self.tie.clear()
            self.evidence.clear()
            return
        request_id = self.request_id
        self.ctx.read(lambda fd: read_priority(fd, request_id), lambda found: self._shown(request_id, *found),
                      owner=self, reads=self.reads)

    def _shown(self, request_id: str, card: ScoreCard, place) -> None:
        if request_id != self.request_id:
            return
        self.card = card
        self.model.set_rows([self._row(c) for c in card.criteria])
        fit_columns(self.view)
        for column in range(self.model.columnCount()):  # long names and evidence must not push the rest away
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))
        total = format_number(card.total, 1)
        if place:
            rank, of, tie = place
            self.total.setText(self.tr("Total %1 out of 100: ranked %2 of %3 open requests.").replace("%1", total)
                               .replace("%2", str(rank)).replace("%3", str(of)))
            self.tie.setText(tie_text(tie))
        else:
            self.total.setText(self.tr("Total %1 out of 100. The request is closed and no longer ranked.")
                               .replace("%1", total))
            self.tie.clear()
        self.tie.setVisible(bool(self.tie.text()))
        self._show_evidence()
        self._update_buttons()

    def _row(self, c: CriterionScore) -> dict[str, Any]:
        shown = [e for e in c.evidence if e.kind != "no_facts" or c.basis != "assessed"]
        first = evidence_text(shown[0]) if shown else ""
        if len(shown) > 1:
            first += " " + self.tr("(and %n more)", "", len(shown) - 1)
        return {"id": c.criterion_id, "name": criterion_name(c.name), "weight": c.weight, "score": c.score,
                "basis": basis_text(c), "evidence": first}

    def selected(self) -> CriterionScore | None:
        index = self.view.currentIndex()
        if self.card is None or not index.isValid():
            return None
        return self.card.criteria[index.row()]

    def _show_evidence(self) -> None:
        c = self.selected()
        if c is None:
            self.evidence.clear()
        else:
            lines = [f"{criterion_name(c.name)} \u2013 {basis_text(c)}"]
            if c.note.strip():
                lines.append(self.tr("Note: %1").replace("%1", c.note))
            lines += ["\u2022 " + evidence_text(e) for e in c.evidence]
            self.evidence.setText("\n".join(lines))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.assess_button.setEnabled(self.writable and self.selected() is not None)

    def assess(self, row: int | None = None) -> AssessDialog | None:
        if row is not None:
            self.view.selectRow(row)
        criterion = self.selected()
        if criterion is None or not self.writable or not self.request_id:
            return None
        self.dialog = AssessDialog(self.ctx, self.request_id, criterion, self)
        self.dialog.open()
        return self.dialog

    def _data_changed(self, tables) -> None:
        if self.request_id and not self.reads.isdisjoint(tables):
            self.reload()
