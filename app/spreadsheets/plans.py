"""Importing a national action plan's actions from .xlsx: a template (one sheet, its column titles in the chosen
language), then a dry run that reads every row and sorts it into new actions, actions already on the plan (the same
text) and problem rows, in one pass, writing nothing; then the import of the new ones in one transaction. A file
with a problem row imports nothing: it is corrected and read again.

A recommendation is named by its document symbol and paragraph, as the treaty bodies and the review print them
("CAT/C/MWI/CO/1 ¶ 12(b)", "CAT/C/MWI/CO/1, 12(b)", "CAT/C/MWI/CO/1 para. 12(b)"), several separated by ";"; it must
be one of the plan's country's. Projects are named by their code. The column titles are read in any of the six
languages; a status by its label in any of them (or its stored value)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.enums import ActionStatus
from app.models.validation import ValidationFailed
from app.reports.i18n import ReportWord, Translator
from app.services.programme.action_plans import same_country_problems
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.services.store.validate import validated_row
from app.spreadsheets.cells import as_text
from app.spreadsheets.columns import CellProblem, _parse_date, fold
from app.spreadsheets.importer import Problem
from app.spreadsheets.read import ImportRefused, read_sheets
from app.vocabulary import LANGUAGES, enum_label
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# column -> the report text that titles it (``plan.*`` in the catalogue, app/locale)
COLUMNS = {"text": "plan.action", "responsible": "plan.responsible", "deadline": "plan.deadline",
           "indicator": "plan.indicator", "status": "plan.status", "recommendation_ids": "plan.answers",
           "project_ids": "plan.projects"}
_PARAGRAPH = re.compile(r"\s*(?:,|\u00b6|\bparas?\.|\bparagraphs?\b|\bp\.)\s*", re.IGNORECASE)


@dataclass
class ActionsImport:
    """What a dry run found: the rows to import (``new``), those already on the plan, and the problems."""

    path: Path
    plan_id: str
    new: list[dict[str, Any]] = field(default_factory=list)  # each with its sheet ``row`` number
    existing: list[int] = field(default_factory=list)  # row numbers of actions already on the plan
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def problem_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})

    def summary_line(self) -> ProblemText:
        """What the dry run found, from the catalogue (its ``str()`` is English, for the command line)."""
        return problem("import.actions_summary", new=problem("import.new_actions", count=len(self.new)),
                       existing=len(self.existing), rows=problem("import.n_rows", count=len(self.problem_rows)))

    def describe(self) -> list[str]:
        return [f"{self.path.name}: {self.summary_line()}", *(f"  {p}" for p in self.problems)]

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.path.name, "plan": self.plan_id, "new": [r["row"] for r in self.new],
                "existing": self.existing, "problems": [{"row": p.row, "column": p.column, "message": p.message}
                                                        for p in self.problems]}


def write_template(path: str | Path, lang: str = "en") -> None:
    """An empty sheet with the actions' column titles in ``lang``; dates formatted as dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    out = Path(path)
    if out.suffix.lower() != ".xlsx":
        raise ImportRefused("template_not_xlsx", file=out.name)
    if not out.parent.is_dir():
        raise ImportRefused("no_folder", path=str(out), folder=str(out.parent))
    tr = Translator(lang)
    wb = Workbook()
    ws = wb.active
    ws.title = tr.t("plan.count")[:31]
    for index, (column, key) in enumerate(COLUMNS.items(), start=1):
        cell = as_text(ws.cell(row=1, column=index, value=tr.t(key)))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        ws.column_dimensions[get_column_letter(index)].width = 50 if column == "text" else 24
        if column == "deadline":  # the column's own format: no empty rows written ahead of what is typed
            ws.column_dimensions[get_column_letter(index)].number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    help_sheet = wb.create_sheet("Help")
    help_sheet.append([tr.t("plan.status"), "; ".join(tr.enum(s, ActionStatus) for s in ActionStatus)])
    help_sheet.append([tr.t("plan.answers"), "CAT/C/MWI/CO/1 \u00b6 12(b); A/HRC/46/9 \u00b6 117.12"])
    help_sheet.append([tr.t("plan.projects"), "MW-JUS; MW-NHRI"])
    # imported here: it loads openpyxl (with spreadsheets.export)
    from app.spreadsheets.export import save_workbook

    save_workbook(wb, out)


def _titles() -> dict[str, str]:
    """A column title in any language (or the column's own name) -> the column."""
    found = {fold(c): c for c in COLUMNS}
    for lang in LANGUAGES:
        tr = Translator(lang)
        found.update({fold(tr.t(key)): column for column, key in COLUMNS.items()})
    return found


def _statuses() -> dict[str, str]:
    found = {}
    for status in ActionStatus:
        found[fold(status.value)] = status.value
        for lang in LANGUAGES:
            found[fold(enum_label(ActionStatus, status, lang))] = status.value
    return found


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def _deadline(value: Any) -> date | None:
    """A date cell, or a date written as the spreadsheet import reads them (2026-06-30, 30.06.2026)."""
    if value is None or _text(value) == "":
        return None
    return _parse_date(value)


def recommendation_key(reference: str) -> tuple[str, str]:
    """("CAT/C/MWI/CO/1", "12(b)") from "CAT/C/MWI/CO/1 ¶ 12(b)" and its other spellings, folded."""
    parts = _PARAGRAPH.split(reference.strip(), maxsplit=1)
    if len(parts) == 1:
        symbol, _, paragraph = reference.strip().rpartition(" ")
        parts = [symbol, paragraph] if symbol and re.match(r"^\d", paragraph) else [reference.strip(), ""]
    return fold(parts[0]).replace(" ", ""), fold(parts[1]).replace(" ", "")


def plan_actions_import(fd: FieldDesk, plan_id: str, path: str | Path) -> ActionsImport:
    """The dry run: nothing is written."""
    plan = fd.action_plans.get_row(plan_id)
    if plan["deleted"]:
        raise ImportRefused("plan_deleted")
    file = Path(path)
    sheet = read_sheets(file)[0]
    titles = _titles()
    mapping = {n: titles[fold(v)] for n, v in enumerate(sheet.header) if v is not None and fold(v) in titles}
    if "text" not in mapping.values():
        raise ImportRefused("no_action_column", file=file.name, column=ReportWord("plan.action"))
    country = plan["country_id"]
    recs = {}
    for r in fd.recommendations.matching_rows(ListQuery(filters={"country_id": country}),
                                              ["document_symbol", "paragraph"]):
        recs.setdefault((fold(r["document_symbol"]).replace(" ", ""), fold(r["paragraph"]).replace(" ", "")),
                        r["id"])
    projects = {fold(r["code"]): r["id"] for r in fd.projects.matching_rows(ListQuery(), ["code"])}
    already = {fold(r["text"]) for r in fd.plan_actions.matching_rows(ListQuery(filters={"plan_id": plan_id}),
                                                                      ["text"])}
    statuses = _statuses()
    result = ActionsImport(file, plan_id)
    seen: set[str] = set()
    header = {column: _text(sheet.header[n]) for n, column in mapping.items()}
    entity = BY_NAME["plan_action"]
    for number, cells in sheet.rows:
        values = {column: cells[n] if n < len(cells) else None for n, column in mapping.items()}
        found: list[Problem] = []

        def refuse(column: str, message: str) -> None:
            found.append(Problem(number, header.get(column, ""), message))  # noqa: B023 - used at once

        data: dict[str, Any] = {"plan_id": plan_id, "text": _text(values.get("text")),
                                "responsible": _text(values.get("responsible")),
                                "indicator": _text(values.get("indicator")), "recommendation_ids": [],
                                "project_ids": []}
        try:
            data["deadline"] = _deadline(values.get("deadline"))
        except CellProblem as bad:
            refuse("deadline", bad.problem)
        status = _text(values.get("status"))
        if status:
            if fold(status) in statuses:
                data["status"] = statuses[fold(status)]
            else:
                refuse("status", problem("import_not_allowed", input=status,
                                         allowed=", ".join(s.label for s in ActionStatus)))
        for reference in filter(None, (p.strip() for p in _text(values.get("recommendation_ids")).split(";"))):
            rid = recs.get(recommendation_key(reference))
            if rid is None:
                refuse("recommendation_ids", problem("import_no_recommendation", input=reference))
            elif rid not in data["recommendation_ids"]:
                data["recommendation_ids"].append(rid)
        for code in filter(None, (p.strip() for p in re.split(r"[;,]", _text(values.get("project_ids"))))):
            pid = projects.get(fold(code))
            if pid is None:
                refuse("project_ids", problem("import_no_project", input=code))
            elif pid not in data["project_ids"]:
                data["project_ids"].append(pid)
        try:
            validated_row(entity, data)
        except ValidationFailed as failed:
            for p in failed.problems:
                refuse(p.field, p.message)
        key = fold(data["text"])
        if not found and key in already:
            result.existing.append(number)
            continue
        if not found and key in seen:
            refuse("text", problem("appears_twice", title=header.get("text", "Action"), value=data["text"]))
        result.problems += found
        if not found:
            seen.add(key)
            result.new.append({**data, "row": number})
    if result.new and not result.problems:  # the rules of the plan's country, as a save checks them
        with fd.reading() as conn:
            for row, p in ((r["row"], p) for r in result.new for p in same_country_problems(conn, [r])):
                result.problems.append(Problem(row, header.get(p.field, ""), p.message))
    return result


class ActionsImportFailed(ImportRefused):
    pass


def commit_actions_import(fd: FieldDesk, planned: ActionsImport) -> int:
    """Record the new actions in one transaction, after the plan's present ones; returns how many."""
    if not planned.ok:
        raise ActionsImportFailed("actions_have_problems", file=planned.path.name)
    with fd.writing():
        start = fd.plan_actions.count(ListQuery(filters={"plan_id": planned.plan_id}))
        items = [{k: v for k, v in row.items() if k != "row"} | {"sort_order": start + n}
                 for n, row in enumerate(planned.new)]
        return len(fd.plan_actions.create_many(items))
