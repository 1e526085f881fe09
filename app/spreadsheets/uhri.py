"""Importing recommendations from an export of the Universal Human Rights Index, offline, in the steps of the .xlsx
import: ``plan_recommendations`` reads and checks every row and writes nothing (new rows, rows already recorded,
problem rows); ``commit_recommendations`` writes the new ones in one transaction, or nothing.

A recommendation is already recorded when a live one has the same document symbol and paragraph (spaces and case
aside), so importing the same export twice creates nothing the second time. The Index's columns are recognised by
their titles (several spellings: the Index has changed them over the years), its mechanisms, themes, SDG targets and
affected persons are mapped to FieldDesk's lists, and a row with a problem is named with its row and column."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.validation import ValidationFailed
from app.services import ListQuery
from app.services.errors import FieldDeskError
from app.services.store.entities import BY_NAME
from app.services.store.mechanisms import ids_by_code, mechanism_rows
from app.services.store.validate import validated_row
from app.spreadsheets.columns import fold
from app.spreadsheets.importer import problems_in_file, where_in_file
from app.spreadsheets.read import ImportRefused
from app.spreadsheets.uhri_read import read_index_export
from app.vocabulary.problems import ProblemText
from app.vocabulary.problems import problem as coded

if TYPE_CHECKING:
    from app.services.core import FieldDesk

CREATE, EXISTING, OTHER_COUNTRY = "create", "existing", "other_country"

# The Index's column titles (folded) -> what they hold.
HEADERS = {
    "text": ("recommendation", "recommendations", "annotation", "text", "recommendation/observation", "observation",
             "recommendation text"),
    "symbol": ("document symbol", "symbol", "document", "symbol of document"),
    "paragraph": ("paragraph", "para", "paragraph number", "paragraph no", "para."),
    "body": ("body", "mechanism", "source", "treaty body", "mechanism/body"),
    "mandate": ("mandate", "special procedure mandate"),
    "cycle": ("upr cycle", "cycle"),
    "recommending": ("recommending state", "recommending states", "recommending state(s)"),
    "country": ("country", "state", "state under review", "countries", "state(s)", "country/entity"),
    "date": ("date", "publication date", "document date", "date of document"),
    "response": ("position", "response", "state's response", "upr position", "state position"),
    "themes": ("themes", "theme", "thematic areas"),
    "sdgs": ("sdgs", "sdg", "sdg targets", "sustainable development goals", "sdg goals and targets"),
    "affected": ("affected persons", "concerned persons", "persons concerned", "affected groups"),
}

RESPONSES = {"supported": "supported", "accepted": "supported", "noted": "noted", "rejected": "noted",
             "under consideration": "under_consideration", "pending": "under_consideration",
             "": "not_recorded", "n/a": "not_recorded", "not applicable": "not_recorded"}

# The Index's themes -> FieldDesk's thematic areas: the first whose words appear in the theme wins.
THEME_WORDS = [
    ("national human rights institution", "nhri"), ("action plan", "action_plans"),
    ("human rights education", "education"), ("training", "education"), ("justice", "justice"),
    ("fair trial", "justice"), ("detention", "justice"), ("torture", "justice"),
    ("constitution", "constitutional_reform"), ("legislative", "constitutional_reform"), ("election", "elections"),
    ("treaty bod", "treaty_reporting"), ("reporting", "treaty_reporting"), ("cooperation with", "treaty_reporting"),
    ("economic, social and cultural", "escr_development"), ("development", "escr_development"),
    ("remedy", "victims_compensation"), ("reparation", "victims_compensation"), ("civil society", "civil_society"),
    ("human rights defenders", "civil_society"),
]

SPECIAL_PROCEDURE_WORDS = ("special rapporteur", "sr on", "sr ", "working group", "independent expert",
                           "special procedure", "special representative")
TARGET = re.compile(r"\b(\d{1,2})\.(\d{1,2}|[a-c])\b", re.IGNORECASE)
CELL_SPLIT = re.compile(r"\s*[;|\n]\s*")


class RecommendationImportFailed(FieldDeskError):
    pass


@dataclass(frozen=True)
class UhriProblem:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return str(where_in_file(self))


@dataclass
class PlannedRecommendation:
    row: int
    data: dict[str, Any]
    action: str = CREATE
    existing_id: str | None = None
    same_as_row: int | None = None  # already further up in this file (that row's number)

    @property
    def label(self) -> str:
        return f"{self.data.get('document_symbol', '')} \u00b6{self.data.get('paragraph', '')}".strip()


@dataclass
class RecommendationPlan:
    path: Path
    rows: list[PlannedRecommendation]
    problems: list[UhriProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def summary_line(self) -> ProblemText:
        """What the dry run found, in a sentence of the catalogue (its ``str()`` is English, for the command line)."""
        counts = {"new": self.count(CREATE), "existing": self.count(EXISTING)}
        if self.count(OTHER_COUNTRY):
            counts = coded("import.index_counts_other", **counts, other=self.count(OTHER_COUNTRY))
        else:
            counts = coded("import.index_counts", **counts)
        if self.problems:
            return coded("import.index_summary_problems", counts=counts,
                         problems=problems_in_file(self.problems, self.path))
        return coded("import.index_summary", counts=counts)

    def describe(self) -> list[str]:
        read = len(self.rows) + len({p.row for p in self.problems})
        lines = [str(coded("import.index_header", file=self.path.name, rows=coded("import.n_rows", count=read)))]
        lines += [f"  {p}" for p in self.problems]
        lines += [f"  {coded('import.row_recorded', row=r.row, label=r.label, id=r.existing_id)}" if r.existing_id
                  else f"  {coded('import.same_as_row', row=r.row, label=r.label, same=r.same_as_row)}"
                  for r in self.rows if r.action == EXISTING]
        lines.append(str(self.summary_line()))
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "ok": self.ok, "new": self.count(CREATE), "existing": self.count(EXISTING),
                "other_country": self.count(OTHER_COUNTRY),
                "problems": [{"row": p.row, "column": p.column, "message": p.message} for p in self.problems],
                "rows": [{"row": r.row, "action": r.action, "existing_id": r.existing_id,
                          "same_as_row": r.same_as_row,
                          "document_symbol": r.data.get("document_symbol"), "paragraph": r.data.get("paragraph")}
                         for r in self.rows]}


def symbol_key(symbol: str, paragraph: str) -> tuple[str, str]:
    return re.sub(r"\s+", "", symbol or "").casefold(), re.sub(r"\s+", "", paragraph or "").casefold()


def plan_recommendations(fd: FieldDesk, path: str | Path, *, country: str | None = None) -> RecommendationPlan:
    """Read ``path`` and check every row; write nothing. Raises ``ImportRefused`` for a file that cannot be imported
    at all (and for an unknown ``country``)."""
    file = Path(path)
    sheet = read_index_export(file)
    columns = _columns(file, sheet.header)
    planner = _UhriPlanner(fd, columns, country, sheet.header)
    if country is None and "country" not in columns:
        raise ImportRefused("no_country_column", file=file.name)
    plan = RecommendationPlan(file, [])
    for number, cells in sheet.rows:
        planned, problems = planner.row(number, cells)
        plan.problems += problems
        if planned is not None and not problems:
            plan.rows.append(planned)
    return plan


def commit_recommendations(fd: FieldDesk, plan: RecommendationPlan) -> int:
    """Write the plan's new recommendations in one transaction; returns how many. Refuses a plan with problems."""
    if not plan.ok:
        raise RecommendationImportFailed(coded("import.index_not_imported", summary=plan.summary_line()))
    new = [r.data for r in plan.rows if r.action == CREATE]
    return len(fd.recommendations.create_many(new)) if new else 0


def _columns(file: Path, header: list[Any]) -> dict[str, int]:
    wanted = {alias: key for key, aliases in HEADERS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = wanted.get(fold(title or ""))
        if key and key not in found:
            found[key] = index
    missing = [name for name in ("text", "symbol") if name not in found]
    if missing:
        names = ", ".join(f"'{HEADERS[m][0].capitalize()}'" for m in missing)
        raise ImportRefused("not_index_export", file=file.name, columns=names, count=len(missing))
    return found


class _UhriPlanner:
    def __init__(self, fd: FieldDesk, columns: dict[str, int], country: str | None, header: list[Any]):
        self.fd, self.columns, self.header = fd, columns, header
        self.entity = BY_NAME["recommendation"]
        countries = fd.service("country").matching_rows(ListQuery(), ["code", "alpha3", "name"])
        self.countries: dict[str, str] = {}
        for c in countries:
            for key in (c["code"], c["alpha3"], c["name"]):
                self.countries.setdefault(fold(key), c["id"])
        self.country_id = None
        if country is not None:
            self.country_id = self.countries.get(fold(country))
            if self.country_id is None:
                raise ImportRefused("not_country_code", country=country)
        self.bodies = ids_by_code(fd, "treaty_body")
        for row in mechanism_rows(fd, "treaty_body"):
            self.bodies[fold(row["name"])] = row["id"]
        self.cycles = ids_by_code(fd, "upr_cycle")
        self.targets = ids_by_code(fd, "sdg_target")
        self.groups = {fold(r["name"]): r["id"] for r in mechanism_rows(fd, "affected_group")}
        self.groups.update(ids_by_code(fd, "affected_group"))
        self.themes = {r["code"]: r["id"] for r in fd.service("thematic_area").matching_rows(ListQuery(), ["code"])}
        self.recorded = {symbol_key(r["document_symbol"], r["paragraph"]): r["id"]
                         for r in fd.recommendations.matching_rows(ListQuery(filters={}), ["document_symbol",
                                                                                          "paragraph"])
                         if r["document_symbol"]}
        self.in_file: dict[tuple[str, str], int] = {}

    def cell(self, cells: list[Any], key: str) -> Any:
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return value.strip() if isinstance(value, str) else value

    def title(self, key: str) -> str:
        """The column's title as the file writes it (problems name what the user sees)."""
        index = self.columns.get(key)
        return str(self.header[index]) if index is not None else HEADERS[key][0].capitalize()

    def row(self, number: int, cells: list[Any]) -> tuple[PlannedRecommendation | None, list[UhriProblem]]:
        problems: list[UhriProblem] = []

        def problem(key: str, message: str) -> None:
            problems.append(UhriProblem(number, self.title(key) if key else "", message))

        for key in self.columns:
            value = self.cell(cells, key)
            if isinstance(value, str) and value.startswith("="):
                problem(key, coded("import.index_formula"))
        if problems:
            return None, problems
        text = str(self.cell(cells, "text") or "")
        symbol = str(self.cell(cells, "symbol") or "")
        paragraph = str(self.cell(cells, "paragraph") or "")
        if not text:
            problem("text", coded("import.index_empty"))
        if not symbol:
            problem("symbol", coded("import.index_symbol_empty"))
        data: dict[str, Any] = {"text": text, "document_symbol": symbol, "paragraph": paragraph}
        data["country_id"] = self._country(number, cells, problem)
        if data["country_id"] is OTHER_COUNTRY:
            return PlannedRecommendation(number, {"document_symbol": symbol, "paragraph": paragraph},
                                         OTHER_COUNTRY), []
        self._mechanism(cells, data, problem)
        response = fold(str(self.cell(cells, "response") or ""))
        if response in RESPONSES:
            data["response"] = RESPONSES[response]
        else:
            problem("response", coded("import.index_not_response", input=self.cell(cells, "response")))
        data["issued_date"] = self._date(self.cell(cells, "date"), problem)
        data["thematic_area_id"] = self._theme(self.cell(cells, "themes"))
        data["sdg_target_ids"] = self._targets(self.cell(cells, "sdgs"))
        data["affected_group_ids"] = self._groups(self.cell(cells, "affected"))
        if problems:
            return None, problems
        try:
            validated_row(self.entity, data)
        except ValidationFailed as failed:
            for column, message in failed.by_field().items():
                problems.append(UhriProblem(number, self.entity.field_title(column) if column else "", message))
            return None, problems
        planned = PlannedRecommendation(number, data)
        key = symbol_key(symbol, paragraph)
        if key in self.recorded:
            planned.action, planned.existing_id = EXISTING, self.recorded[key]
        elif key in self.in_file:
            planned.action, planned.same_as_row = EXISTING, self.in_file[key]
        else:
            self.in_file[key] = number
        return planned, []

    def _country(self, number: int, cells: list[Any], problem) -> str | None:
        """The row's country id; OTHER_COUNTRY for a row about another country than --country (left out)."""
        named = self.cell(cells, "country")
        if not named:
            if self.country_id is None:
                problem("country", coded("import.index_country_empty"))
            return self.country_id
        found = self.countries.get(fold(str(named)))
        if found is None:
            problem("country", coded("import.index_unknown_country", input=named))
            return self.country_id
        if self.country_id is not None and found != self.country_id:
            return OTHER_COUNTRY
        return found

    def _mechanism(self, cells: list[Any], data: dict[str, Any], problem) -> None:
        body = str(self.cell(cells, "body") or "")
        folded = fold(body)
        mandate = str(self.cell(cells, "mandate") or "")
        if folded in self.bodies:
            data["source"], data["treaty_body_id"] = "treaty_body", self.bodies[folded]
        elif folded in ("upr", "universal periodic review", "upr working group") or self.cell(cells, "cycle"):
            data["source"] = "upr"
            cycle = re.match(r"\d+", str(self.cell(cells, "cycle") or ""))
            data["upr_cycle_id"] = self.cycles.get(cycle.group(0)) if cycle else None
            recommending = self.cell(cells, "recommending")
            if recommending:
                data["recommending_state_id"] = self.countries.get(fold(str(recommending)))
                if data["recommending_state_id"] is None:
                    problem("recommending", coded("import.index_unknown_state", input=recommending))
        elif folded.startswith(SPECIAL_PROCEDURE_WORDS) or mandate:
            data["source"] = "special_procedure"
            data["mandate"] = (mandate or body)[:300]
        elif "board of trustees" in folded:
            data["source"] = "board_of_trustees"
        elif not folded:
            data["source"] = "other"
        else:
            problem("body", coded("import.index_unknown_body", input=body))

    @staticmethod
    def _date(value: Any, problem) -> date | None:
        if value in (None, ""):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value).strip()
        for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"):
            try:
                return datetime.strptime(text[:10], pattern).date()
            except ValueError:
                continue
        problem("date", coded("import.index_not_a_date", input=text))
        return None

    def _theme(self, value: Any) -> str | None:
        for theme in CELL_SPLIT.split(fold(str(value or ""))):
            for words, code in THEME_WORDS:
                if words in theme and code in self.themes:
                    return self.themes[code]
        return None

    def _targets(self, value: Any) -> list[str]:
        found = []
        for goal, target in TARGET.findall(str(value or "")):
            target_id = self.targets.get(f"{int(goal)}.{target.lower()}")
            if target_id and target_id not in found:
                found.append(target_id)
        return found

    def _groups(self, value: Any) -> list[str]:
        found = []
        for name in CELL_SPLIT.split(str(value or "")):
            group = self.groups.get(fold(name)) if name else None
            if group and group not in found:
                found.append(group)
        return found
