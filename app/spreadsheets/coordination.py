"""Importing the coordination register from .xlsx: the partner matrix many offices keep in Excel ("who does what
where"), one row per activity, the partner named by its name or acronym. Plan first (read and check every row,
write nothing), then commit (one transaction): a file with a problem in any row changes nothing.

The columns are those of ``fielddesk export`` (and the Coordination page's Export to Excel) in any of the six
languages: a sheet exported imports back. A partner not yet in the register is recorded from the row (its name,
and the Acronym and Kind of partner columns when the sheet has them); one that only looks like a partner already
recorded (the same acronym, "PNUD" for UNDP's name...) is refused, so the register keeps each agency once. An
activity already recorded (the same partner, title, country and start) is left as it is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.currency import currency_code
from app.models.enums import PartnerKind
from app.models.validation import ValidationFailed
from app.services.programme.coordination import similar_partners
from app.services.store.entities import BY_NAME
from app.services.store.query import ListQuery
from app.services.store.validate import validated_row
from app.spreadsheets.columns import (
    CellProblem,
    ColumnTitles,
    Importer,
    SheetColumn,
    columns_of,
    fold,
    header_lookup,
)
from app.spreadsheets.importer import Problem, wrong_columns
from app.spreadsheets.read import ImportRefused, Sheet, read_sheets
from app.vocabulary import LANGUAGES, words
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

TABLE = "partner_activity"
ACRONYM, KIND = "partner.acronym", "partner.kind"
PARTNER_KIND = SheetColumn("kind", "enum", False, PartnerKind)
_PLACEHOLDER = "00000000-0000-0000-0000-000000000000"  # a partner yet to be recorded, while the row is checked


@dataclass
class RegisterPlan:
    path: Path
    sheet: str
    new_partners: list[dict[str, Any]] = field(default_factory=list)  # name, acronym, kind (in file order)
    activities: list[dict[str, Any]] = field(default_factory=list)  # to create; partner by id or by "new:<n>"
    existing: int = 0  # activities already recorded
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> list[str]:
        lines = [f"{self.path.name}, sheet '{self.sheet}'."]
        lines += [f"  {p}" for p in self.problems]
        if self.problems:
            lines.append(str(problem("import.register_problems", problems=problem(
                "import.n_problems", count=len(self.problems)))))
        else:
            lines.append(str(problem("import.register_summary", existing=self.existing,
                                     partners=problem("import.new_partners", count=len(self.new_partners)),
                                     activities=problem("import.new_activities", count=len(self.activities)))))
        return lines


def _extra_titles() -> dict[str, str]:
    """The partner's own columns a matrix may have beside the activity's: its acronym and kind."""
    out = {fold("Acronym"): ACRONYM, fold("Kind of partner"): KIND, "acronym": ACRONYM, "kind": KIND}
    for lang in LANGUAGES:
        out.setdefault(fold(words(lang).get("field.acronym", "Acronym")), ACRONYM)
        out.setdefault(fold(words(lang).get("field.partner.kind", "Kind of partner")), KIND)
    return out


def _mapping(file: Path, sheets: list[Sheet]) -> tuple[Sheet, dict[int, str]]:
    lookup = header_lookup(TABLE)
    extra = _extra_titles()
    columns = {c.name: c for c in columns_of(TABLE)}
    required = [c for c in columns.values() if c.required]
    for sheet in sheets:
        mapping: dict[int, str] = {}
        unknown = []
        for index, text in enumerate(str(h).strip() if h is not None else "" for h in sheet.header):
            if not text:
                continue
            name = extra.get(fold(text)) or lookup.get(fold(text))
            if name and name not in mapping.values():
                mapping[index] = name
            else:
                unknown.append(text)
        if "partner_id" not in mapping.values() or "title" not in mapping.values():
            continue
        missing = [c.name for c in required if c.name not in mapping.values()]
        if unknown or missing:
            expected = ColumnTitles(TABLE, tuple(c.name for c in columns.values() if c.kind != "id"))
            raise ImportRefused("register_columns_wrong", file=file.name, sheet=sheet.title,
                                wrong=wrong_columns(TABLE, unknown, missing), expected=expected)
        if not sheet.rows:
            raise ImportRefused("sheet_no_rows", file=file.name, sheet=sheet.title)
        return sheet, mapping
    raise ImportRefused("no_register_sheet", file=file.name)


def plan_register_import(fd: FieldDesk, path: str | Path) -> RegisterPlan:
    """Read ``path`` and check every row; write nothing. ``ImportRefused`` for a file that cannot be imported."""
    file = Path(path)
    sheet, mapping = _mapping(file, read_sheets(file))
    plan = RegisterPlan(file, sheet.title)
    titles = {name: str(sheet.header[i]).strip() for i, name in mapping.items()}
    columns = {c.name: c for c in columns_of(TABLE)}
    importer = Importer(fd)
    partners = fd.partners.matching_rows(ListQuery(), ["name", "acronym"])
    known = {fold(p[k]): p["id"] for p in partners for k in ("acronym", "name") if p[k]}
    planned: dict[str, str] = {}  # folded name or acronym -> "new:<n>"
    seen: dict[tuple, int] = {}
    for number, cells in sheet.rows:
        row: dict[str, Any] = {}
        problems: list[Problem] = []
        for index, name in mapping.items():
            raw = cells[index] if index < len(cells) else None
            if name in (ACRONYM, "partner_id"):
                row[name] = str(raw).strip() if raw not in (None, "") else ""
                continue
            column = PARTNER_KIND if name == KIND else columns[name]
            if column.kind == "id":
                continue
            try:
                value = importer.value(column, raw)
            except CellProblem as exc:
                problems.append(Problem(number, titles[name], exc.problem))
                continue
            if value is not None:
                row[name] = currency_code(value) if name == "currency" else value
        partner_text = row.pop("partner_id", "")
        acronym, kind = row.pop(ACRONYM, ""), row.pop(KIND, None)
        partner = None
        if not partner_text:
            problems.append(Problem(number, titles["partner_id"], problem("import_missing", "missing required value")))
        else:
            partner = known.get(fold(partner_text)) or (known.get(fold(acronym)) if acronym else None) \
                or planned.get(fold(partner_text))
            if partner is None:
                alike = similar_partners(fd, partner_text, acronym)
                if alike:
                    shown = ", ".join(a["acronym"] or a["name"] for a in alike)
                    problems.append(Problem(number, titles["partner_id"], problem(
                        "import_similar_partner", input=partner_text, similar=shown)))
                else:
                    partner = f"new:{len(plan.new_partners)}"
                    plan.new_partners.append({"name": partner_text, "acronym": acronym,
                                              "kind": kind or PartnerKind.OTHER.value})
                    planned[fold(partner_text)] = partner
                    if acronym:
                        planned[fold(acronym)] = partner
        flagged = {p.column for p in problems}
        for column_name, message in _rule_problems({**row, "partner_id": _PLACEHOLDER}, columns):
            if titles.get(column_name, "") not in flagged or not titles.get(column_name):
                problems.append(Problem(number, titles.get(column_name, ""), message))
        if problems:
            plan.problems += problems
            continue
        key = (partner, fold(row["title"]), row.get("country_id"), row.get("start_date"))
        if key in seen:
            plan.problems.append(Problem(number, "", problem("import_duplicate_row", row=seen[key])))
            continue
        seen[key] = number
        if not partner.startswith("new:") and _recorded(fd, partner, row):
            plan.existing += 1
        else:
            plan.activities.append({**row, "partner_id": partner})
    return plan


def _rule_problems(data: dict[str, Any], columns: dict[str, SheetColumn]) -> list[tuple[str, ProblemText | str]]:
    try:
        validated_row(BY_NAME[TABLE], data)
    except ValidationFailed as exc:
        return [(p.field, p.message.restated(p.message.rstrip(".")) if isinstance(p.message, ProblemText)
                 else p.message.rstrip(".")) for p in exc.problems]
    return []


def _recorded(fd: FieldDesk, partner_id: str, row: dict[str, Any]) -> bool:
    filters = {"partner_id": partner_id, "country_id": row["country_id"], "start_date": row.get("start_date")}
    found = fd.partner_activities.matching_rows(ListQuery(filters=filters), ["title"])
    return any(fold(r["title"]) == fold(row["title"]) for r in found)


class RegisterImportFailed(ImportRefused):
    pass


def commit_register_import(fd: FieldDesk, plan: RegisterPlan) -> dict[str, int]:
    """Write the plan in one transaction: the new partners and activities, or nothing."""
    if not plan.ok:
        raise RegisterImportFailed("register_has_problems", count=len(plan.problems))
    try:
        with fd.writing():
            ids = fd.partners.create_many(plan.new_partners) if plan.new_partners else []
            rows = [{**a, "partner_id": ids[int(a["partner_id"][4:])] if a["partner_id"].startswith("new:")
                     else a["partner_id"]} for a in plan.activities]
            made = fd.partner_activities.create_many(rows) if rows else []
    except ValidationFailed as exc:
        raise RegisterImportFailed("nothing_imported", reason=str(exc)) from None
    return {"partner": len(ids), "partner_activity": len(made), "existing": plan.existing}
