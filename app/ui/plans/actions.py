"""A plan's actions: the list (its number, text, responsible institution, deadline, status, how many recommendations
it answers, and what to look at: overdue, or a deadline outside the plan's period), each added and edited in a dialog
whose recommendations are the plan's country's and whose projects work there (held there, or covering it among
several countries), found by typing. The spreadsheet import of actions sits under the list (``importing.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton

from app.models.action_plans import is_overdue
from app.models.enums import ActionStatus
from app.services.programme.action_plans import action_warnings, projects_for_country
from app.services.programme.due import today_of
from app.services.store.query import ListQuery
from app.ui.i18n.problems import problem_text
from app.ui.plans.checklist import RecordsChecklist
from app.ui.plans.importing import save_template, start_import
from app.ui.widgets.children import PartsSection
from app.ui.widgets.columns import Column
from app.ui.widgets.date_input import DateInput
from app.ui.widgets.fields import LongTextInput, TextInput, enum_input
from app.ui.widgets.form import FieldSpec

LABEL_TEXT = 90  # characters of a recommendation's text in its label


def recommendation_label(row: dict[str, Any]) -> str:
    where = row["document_symbol"] + (f" \u00b6{row['paragraph']}" if row["paragraph"] else "")
    text = " ".join(row["text"].split())
    text = text if len(text) <= LABEL_TEXT else text[:LABEL_TEXT - 1] + "\u2026"
    return f"{where} \u2013 {text}" if where else text


def country_recommendations(country_id: str) -> Callable[[Any], list[tuple[str, str]]]:
    def read(fd):
        rows = fd.recommendations.matching_rows(ListQuery(filters={"country_id": country_id},
                                                          sort=("document_symbol", "paragraph")),
                                                ["document_symbol", "paragraph", "text"])
        return [(r["id"], recommendation_label(r)) for r in rows]
    return read


def country_projects(country_id: str) -> Callable[[Any], list[tuple[str, str]]]:
    def read(fd):
        return [(r["id"], f"{r['code']} \u2013 {r['title']}") for r in projects_for_country(fd, country_id)]
    return read


class ActionsSection(PartsSection):
    table = "plan_action"
    parent_column = "plan_id"

    def __init__(self, ctx, plan: Callable[[], dict[str, Any]], parent=None):
        self.plan = plan
        super().__init__(ctx, parent)
        self.import_button = QPushButton(self.tr("&Import from Excel\u2026"))
        self.template_button = QPushButton(self.tr("Excel &template\u2026"))
        self.buttons.addWidget(self.template_button)
        self.buttons.addWidget(self.import_button)
        self.import_button.clicked.connect(self.import_actions)
        self.template_button.clicked.connect(self.save_template)

    def make_columns(self) -> list[Column]:
        return [Column("number", self.tr("No."), "number"),
                Column("text", self.tr("Action")),
                Column("responsible", self.tr("Responsible institution")),
                Column("deadline", self.tr("Deadline")),
                Column("status", self.tr("Status")),
                Column("answers", self.tr("Recommendations"), "number"),
                Column("warning", self.tr("To look at"))]

    def read_rows(self, fd, parent_id: str) -> list[dict[str, Any]]:
        plan = fd.action_plans.get_row(parent_id)
        today = today_of(fd)
        rows = super().read_rows(fd, parent_id)
        for n, r in enumerate(rows, start=1):
            r["number"] = n
            r["overdue"] = is_overdue(r, today)
            r["answers"] = len(r["recommendation_ids"] or [])
            r["supported"] = len(r["project_ids"] or [])
            overdue = [self.tr("Overdue.")] if r["overdue"] else []  # the editor's language, set on the GUI thread
            r["warning"] = " ".join([*overdue, *(problem_text(w, None) for w in action_warnings(plan, r))])
        return rows

    def field_specs(self) -> list[FieldSpec]:
        ctx, country = self.ctx, self.plan().get("country_id") or ""
        return [
            FieldSpec("text", self.tr("Action"), lambda: LongTextInput(3)),
            FieldSpec("responsible", self.tr("Responsible institution"), lambda: TextInput(300)),
            FieldSpec("deadline", self.tr("Deadline"), lambda: DateInput(optional=True)),
            FieldSpec("indicator", self.tr("Indicator"), lambda: TextInput(1000)),
            FieldSpec("status", self.tr("Status"), lambda: enum_input(ActionStatus)),
            FieldSpec("recommendation_ids", self.tr("Recommendations it answers"),
                      lambda: RecordsChecklist(ctx, country_recommendations(country),
                                               self.tr("Type a symbol, paragraph or words to find one; Enter ticks "
                                                       "it"))),
            FieldSpec("project_ids", self.tr("Projects that support it"),
                      lambda: RecordsChecklist(ctx, country_projects(country),
                                               self.tr("Type a code or title; Enter ticks it"), rows=3)),
        ]

    def set_record(self, parent_id: str | None, writable: bool) -> None:
        plan = self.plan()
        self.parent_dates = (plan.get("period_start"), plan.get("period_end"))
        super().set_record(parent_id, writable)
        self.import_button.setEnabled(bool(parent_id) and writable)
        self.template_button.setEnabled(bool(parent_id))

    def defaults(self) -> dict[str, Any]:
        return {"status": ActionStatus.NOT_STARTED.value, "deadline": None}

    def add(self):
        """A new action goes at the end of the plan's list (after imported ones too)."""
        dialog = super().add()
        if dialog is not None:
            last = max((r.get("sort_order") or 0 for r in self.model.rows), default=-1)
            dialog.fixed = {**dialog.fixed, "sort_order": last + 1}
        return dialog

    def noun(self) -> str:
        return self.tr("action")

    def note(self) -> str:
        return self.tr("An action past its deadline that is neither done nor dropped is overdue.")

    def save_template(self) -> None:
        save_template(self.ctx, self)

    def import_actions(self) -> None:
        if self.parent_id:
            start_import(self.ctx, self, self.parent_id)
