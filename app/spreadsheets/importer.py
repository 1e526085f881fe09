"""Importing participants (optionally into an activity), trainings and missions from .xlsx, in three steps a GUI
can drive: ``plan_import`` (read and check everything, write nothing) -> the plan's rows, problems and match
candidates (a preview; ``plan.choose`` settles a probable match) -> ``commit_import`` (all or nothing, one
transaction). Re-importing a file creates no duplicates: rows that are already recorded (same id, or the same
natural key) are recognised and left alone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS
from app.models.validation import ValidationFailed
from app.reports.i18n import Translator
from app.services import ListQuery
from app.services.errors import FieldDeskError, NotFound
from app.services.store.entities import BY_NAME
from app.services.store.import_decisions import keep_decisions, row_key, same_people
from app.services.store.matching import Match, normalise, record_not_same, similar_participants, spelled_alike
from app.services.store.validate import validated_row
from app.spreadsheets.cells import as_text
from app.spreadsheets.columns import (
    ID_COLUMN,
    CellProblem,
    ColumnTitles,
    Importer,
    SheetColumn,
    columns_of,
    fold,
    header_lookup,
    title,
)
from app.spreadsheets.importable import IMPORTABLE
from app.spreadsheets.read import ImportRefused, Sheet, read_sheets
from app.vocabulary import words
from app.vocabulary.problems import ProblemText, problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

# create: a new record; existing: already recorded (same id or same natural key), left as it is
CREATE, EXISTING = "create", "existing"


@dataclass(frozen=True)
class Problem:
    row: int  # the row number in the sheet (1 is the header)
    column: str  # the column title as written in the file; "" for the row as a whole
    message: str

    def __str__(self) -> str:
        return str(where_in_file(self))


def where_in_file(found) -> ProblemText:
    """"row 3, column 'Country': ..." from the catalogue (``found`` has a ``row``, ``column`` and ``message``)."""
    if found.column:
        return problem("import.at_row_column", row=found.row, column=found.column, message=found.message)
    return problem("import.at_row", row=found.row, message=found.message)


@dataclass
class PlannedRow:
    row: int
    data: dict[str, Any]
    action: str = CREATE
    existing_id: str | None = None
    candidates: list[Match] = field(default_factory=list)  # participants probably already recorded
    enroll: bool = False  # a participant to enroll in the plan's training
    # A probable match settled as someone new: the decision is recorded with the new person (``participant_distinct``,
    # as the participant form's "Not the same person"), so the pair is not offered again.
    not_same: bool = False
    decided: bool = False  # a probable match settled (by the user, a --duplicates default, or an enrolment)

    @property
    def label(self) -> str:
        return str(self.data.get("full_name") or self.data.get("title") or "")


@dataclass
class ImportPlan:
    table: str
    path: Path
    sheet: str
    rows: list[PlannedRow]
    problems: list[Problem]
    into_training: str | None = None
    enrolled: set[str] = field(default_factory=set)  # participants already enrolled in ``into_training``

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def enrollments(self) -> int:
        return sum(1 for r in self.rows if r.enroll)

    def choose(self, row: int, participant_id: str | None, *, not_same: bool = True) -> None:
        """Settle a probable match: "Use this person" (``participant_id``, one of the candidates: the row attaches
        to that record) or "Not the same person" (None: a new person, and with ``not_same`` the decision is
        recorded with them)."""
        planned = next((r for r in self.rows if r.row == row), None)
        if planned is None or self.table != "participant":
            raise ValueError(problem("import.no_participant_row", row=row))
        if participant_id is None:
            planned.action, planned.existing_id, planned.not_same = CREATE, None, not_same and bool(planned.candidates)
        else:
            if participant_id not in {c.id for c in planned.candidates}:
                raise ValueError(problem("import.not_offered", participant=participant_id, row=row))
            planned.action, planned.existing_id, planned.not_same = EXISTING, participant_id, False
        planned.decided = True
        if self.into_training:  # the person chosen may be enrolled already: never twice in one activity
            planned.enroll = planned.existing_id not in self.enrolled if planned.existing_id else True

    @property
    def undecided(self) -> list[PlannedRow]:
        """Rows that are probably people already recorded and that nobody has settled yet."""
        return [r for r in self.rows if r.candidates and not r.decided]

    def decide_duplicates(self, how: str) -> None:
        """Settle every undecided probable match the same way: ``use`` the best candidate, or ``new`` (someone new,
        the decision recorded). ``stop`` settles nothing (the caller refuses while rows are undecided)."""
        if how not in ("use", "new", "stop"):
            raise ValueError(problem("import.duplicates_choice", given=how))
        if how == "stop":
            return
        for planned in self.undecided:
            self.choose(planned.row, planned.candidates[0].id if how == "use" else None)

    def summary_line(self) -> ProblemText:
        """What the plan holds, in a sentence of the catalogue (its ``str()`` is English, for the command line)."""
        if self.problems:
            return problems_in_file(self.problems, self.path)
        new = problem(f"import.new.{self.table}", count=self.count(CREATE))
        if self.into_training:
            return problem("import.plan_summary_enrol", new=new, existing=self.count(EXISTING),
                           enrol=self.enrollments)
        return problem("import.plan_summary", new=new, existing=self.count(EXISTING))

    def describe(self) -> list[str]:
        """The plan row by row, for the command line (the catalogue's English)."""
        lines = [str(problem("import.sheet_header", file=self.path.name, sheet=self.sheet, kind=TableWord(self.table),
                             rows=problem("import.n_rows", count=len(self.rows))))]
        lines += [f"  {p}" for p in self.problems]
        for r in self.rows:
            if r.action == EXISTING:
                lines.append(f"  {problem('import.row_recorded', row=r.row, label=r.label, id=r.existing_id)}")
            if r.candidates:
                offered = "; ".join(str(problem("import.offered", name=c.full_name, organisation=c.organisation or "-",
                                                id=c.id, score=f"{c.score:.2f}")) for c in r.candidates)
                if r.action == EXISTING:
                    same = problem("import.row_same_person", row=r.row, label=r.label, id=r.existing_id,
                                   offered=offered)
                    lines[-1] = f"  {same}"
                else:
                    said = "import.row_not_same_probably" if r.not_same else "import.row_new_probably"
                    lines.append(f"  {problem(said, row=r.row, label=r.label, offered=offered)}")
        lines.append(str(self.summary_line()))
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path), "sheet": self.sheet, "table": self.table, "into_training": self.into_training,
            "ok": self.ok,
            "problems": [{"row": p.row, "column": p.column, "message": str(p.message)} for p in self.problems],
            "rows": [{"row": r.row, "action": r.action, "existing_id": r.existing_id, "label": r.label,
                      "enroll": r.enroll, "not_same": r.not_same, "decided": r.decided or not r.candidates,
                      "candidates": [{"id": c.id, "full_name": c.full_name, "organisation": c.organisation,
                                      "score": c.score} for c in r.candidates]} for r in self.rows],
            "new": self.count(CREATE), "existing": self.count(EXISTING), "enrollments": self.enrollments,
        }


@dataclass(frozen=True)
class TableWord:
    """A kind of record as a list names it, in the reader's language ("participants", « Participants »)."""

    table: str

    def in_language(self, lang: str) -> str:
        english = BY_NAME[self.table].plural.lower()
        return english if lang == "en" else words(lang).get(f"table.{self.table}") or english


@dataclass
class SheetImportResult:
    created: dict[str, int]
    existing: int

    def summary_line(self) -> ProblemText:
        """What the import wrote, in a sentence of the catalogue (its ``str()`` is English, for the command line)."""
        existing = problem("import.rows_were_recorded", count=self.existing)
        made = [problem(f"import.created.{table}", count=n) for table, n in self.created.items() if n]
        if not made:
            return problem("import.done_nothing", existing=existing)
        if len(made) == 1:
            return problem("import.done", made=made[0], existing=existing)
        return problem("import.done_enrolled", made=made[0], enrolled=made[1], existing=existing)


def problems_in_file(problems: list, path: Path) -> ProblemText:
    """"3 problems in 2 rows of people.xlsx.", the reader's plurals (``problems``: anything with a ``row``)."""
    return problem("import.problems_in_file", problems=problem("import.n_problems", count=len(problems)),
                   rows=problem("import.n_rows", count=len({p.row for p in problems})), file=path.name)


# ------------------------------------------------------------------ plan
def plan_import(fd: FieldDesk, path: str | Path, *, into_training: str | None = None,
                progress: Callable[[int, int], None] | None = None) -> ImportPlan:
    """Read ``path`` and check every row; write nothing. Raises ``ImportRefused`` for a file that cannot be
    imported at all; problems with single rows are in the plan's ``problems``."""
    file = Path(path)
    sheets = read_sheets(file)
    table, sheet, mapping = _choose_sheet(file, sheets)
    if into_training:
        if table != "participant":
            raise ImportRefused("into_training_not_participants", file=file.name, kind=problem(f"import.kind.{table}"))
        _check_training(fd, into_training)
    planner = _Planner(fd, table, mapping, into_training)
    rows, problems = planner.plan(sheet, progress)
    return ImportPlan(table, file, sheet.title, rows, problems, into_training, planner.enrolled)


def _check_training(fd: FieldDesk, training_id: str) -> None:
    try:
        training = fd.trainings.get(training_id)
    except NotFound:
        raise ImportRefused("no_training", id=training_id) from None
    if training.deleted:
        raise ImportRefused("training_deleted", id=training_id)
    if not fd.site.is_hq and training.owner_office != fd.site.office:
        raise ImportRefused("training_other_office", office=training.owner_office)


def _choose_sheet(file: Path, sheets: list[Sheet]) -> tuple[str, Sheet, dict[int, SheetColumn]]:
    """The first sheet whose column titles are those of participants, trainings or missions."""
    best: tuple[str, Sheet, list[str], list[str]] | None = None
    for sheet in sheets:
        titles = [str(h).strip() if h is not None else "" for h in sheet.header]
        for table in IMPORTABLE.values():
            lookup = header_lookup(table)
            known = {c.name: c for c in columns_of(table) if c.kind != "ref"}
            mapping, unknown = {}, []
            for index, text in enumerate(titles):
                if not text:
                    continue
                name = lookup.get(fold(text))
                if name in known and name not in {c.name for c in mapping.values()}:
                    mapping[index] = known[name]
                else:
                    unknown.append(text)
            required = [c for c in known.values() if c.required]
            missing = [c.name for c in required if c not in mapping.values()]
            if not unknown and not missing:
                if not sheet.rows:
                    raise ImportRefused("sheet_no_rows", file=file.name, sheet=sheet.title)
                return table, sheet, mapping
            if mapping and (best is None or len(unknown) + len(missing) < len(best[2]) + len(best[3])):
                best = (table, sheet, unknown, missing)
    if best is None:
        raise ImportRefused("no_known_columns", file=file.name)
    table, sheet, unknown, missing = best
    expected = ColumnTitles(table, tuple(c.name for c in columns_of(table)))
    raise ImportRefused("columns_wrong", file=file.name, sheet=sheet.title, kind=problem(f"import.kind.{table}"),
                        wrong=wrong_columns(table, unknown, missing), expected=expected)


def wrong_columns(table: str, unknown: list[str], missing: list[str]) -> ProblemText:
    """Which column titles of a sheet are unknown (as the sheet writes them) and which required columns of ``table``
    are missing (named in the reader's language), as one problem."""
    unknown_part = problem("import.columns_unknown", unknown=", ".join(f"'{u}'" for u in unknown), count=len(unknown))
    missing_part = problem("import.columns_missing", missing=ColumnTitles(table, tuple(missing), quoted=True),
                           count=len(missing))
    if unknown and missing:
        return problem("import.columns_unknown_missing", unknown_part=unknown_part, missing_part=missing_part)
    return unknown_part if unknown else missing_part


class _Planner:
    def __init__(self, fd: FieldDesk, table: str, mapping: dict[int, SheetColumn], into_training: str | None):
        self.fd = fd
        self.table = table
        self.entity = BY_NAME[table]
        self.mapping = mapping
        self.into_training = into_training
        self.importer = Importer(fd)
        self.titles: dict[str, str] = {}
        self.enrolled: set[str] = set()
        self.same: dict[str, str] = {}  # rows settled as a person already recorded by an earlier import
        if table == "participant":
            self.same = same_people(fd)
        if into_training:
            ids = fd.enrollments.ids(ListQuery(filters={"training_id": into_training}))
            self.enrolled = {r["participant_id"] for r in fd.enrollments.rows(ids, ["participant_id"])}

    def plan(self, sheet: Sheet, progress) -> tuple[list[PlannedRow], list[Problem]]:
        for index, column in self.mapping.items():
            self.titles[column.name] = str(sheet.header[index]).strip()
        rows: list[PlannedRow] = []
        problems: list[Problem] = []
        seen: dict[tuple, int] = {}
        for n, (number, cells) in enumerate(sheet.rows, start=1):
            data, record_id, row_problems = self._read_row(number, cells)
            row_problems += self._validate(number, data, {p.column for p in row_problems})  # all in one pass
            if row_problems:
                problems += row_problems
                continue
            key = self._natural_key(data)
            if key in seen:
                problems.append(Problem(number, "", problem("import_duplicate_row", f"duplicate of row {seen[key]}",
                                                             row=seen[key])))
                continue
            seen[key] = number
            rows.append(self._resolve(number, data, record_id))
            if progress and n % 200 == 0:
                progress(n, len(sheet.rows))
        if progress:
            progress(len(sheet.rows), len(sheet.rows))
        return rows, problems

    def _read_row(self, number: int, cells: list[Any]) -> tuple[dict[str, Any], str | None, list[Problem]]:
        data: dict[str, Any] = {}
        record_id = None
        problems = []
        for index, column in self.mapping.items():
            raw = cells[index] if index < len(cells) else None
            if column.kind == "id":
                record_id = str(raw).strip() if raw not in (None, "") else None
                continue
            try:
                value = self.importer.value(column, raw)
            except CellProblem as exc:
                problems.append(Problem(number, self.titles[column.name], exc.problem))
                continue
            if value is None:
                if column.required:
                    problems.append(Problem(number, self.titles[column.name],
                                            problem("import_missing", "missing required value")))
                continue
            data[column.name] = value
        return data, record_id, problems

    def _validate(self, number: int, data: dict[str, Any], flagged: set[str] = frozenset()) -> list[Problem]:
        """The record's own rules, on what the row's cells gave; columns already ``flagged`` by a cell problem
        are not named twice."""
        try:
            validated_row(self.entity, data)
        except ValidationFailed as exc:
            found = []
            for p in exc.problems:
                column = self.titles.get(p.field, "")
                if column in flagged and column:
                    continue
                text = p.message.restated(p.message.rstrip(".")) if isinstance(p.message, ProblemText) \
                    else p.message.rstrip(".")
                found.append(Problem(number, column, text))
            return found
        return []

    def _natural_key(self, data: dict[str, Any]) -> tuple:
        if self.table == "participant":
            return (normalise(data["full_name"]), normalise(data.get("organisation", "")))
        return (fold(data["title"]), data.get("country_id"), _iso(data.get("start_date")))

    def _resolve(self, number: int, data: dict[str, Any], record_id: str | None) -> PlannedRow:
        planned = PlannedRow(number, data)
        matches: list[Match] = []
        existing = self._existing_by_id(record_id)
        if not existing and self.table == "participant":
            matches = similar_participants(self.fd, data["full_name"], data.get("organisation", ""))
            existing = _same_person(matches, data)
        elif not existing:
            existing = self._existing_by_key(data)
        if existing:
            planned.action, planned.existing_id = EXISTING, existing
        else:
            planned.candidates = matches
            # A row settled with "Use this person" by an earlier import, or a candidate already enrolled in this
            # activity, is the person imported before: the same file again asks nothing, enrols nobody twice and
            # adds no one (still shown, to change).
            remembered = self._remembered(data)
            known = next((m.id for m in matches if m.id == remembered), None) or next(
                (m.id for m in matches if m.id in self.enrolled), None)
            if known:
                planned.action, planned.existing_id, planned.decided = EXISTING, known, True
                existing = known
        if self.into_training and self.table == "participant":
            planned.enroll = not (existing and existing in self.enrolled)
        return planned

    def _remembered(self, data: dict[str, Any]) -> str | None:
        if not self.same:
            return None
        return self.same.get(row_key(data["full_name"], data.get("organisation", "")))

    def _existing_by_id(self, record_id: str | None) -> str | None:
        if not record_id:
            return None
        rows = self.fd.service(self.table).rows([record_id], ["deleted"])
        return record_id if rows and not rows[0]["deleted"] else None

    def _existing_by_key(self, data: dict[str, Any]) -> str | None:
        """A training or mission with the same title, country and start date."""
        filters = {"country_id": data["country_id"]}
        if data.get("start_date"):
            filters["start_date"] = data["start_date"]
        else:
            filters["start_date"] = None
        service = self.fd.service(self.table)
        for row in service.rows(service.ids(ListQuery(filters=filters)), ["title"]):
            if fold(row["title"]) == fold(data["title"]):
                return row["id"]
        return None


def _same_person(matches: list[Match], data: dict[str, Any]) -> str | None:
    """The participant with the same name (case, accents and word order aside) in the same organisation."""
    organisation = normalise(data.get("organisation", ""))
    exact = [m for m in matches if m.score >= 1.0 and normalise(m.organisation) == organisation
             and spelled_alike(m.full_name, data["full_name"])]  # another script's spelling is offered, not assumed
    return exact[0].id if exact else None


def _keep_decisions(fd: FieldDesk, plan: ImportPlan) -> None:
    """The rows settled as people already recorded, kept so that the same file again asks nothing; a row settled
    as someone new is forgotten (its new person is found by name from now on)."""
    settled = [r for r in plan.rows if r.candidates and r.decided]
    keep_decisions(fd, {row_key(r.data["full_name"], r.data.get("organisation", "")): r.existing_id
                        for r in settled if r.action == EXISTING and r.existing_id},
                   {row_key(r.data["full_name"], r.data.get("organisation", "")) for r in settled
                    if r.action == CREATE})


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# ---------------------------------------------------------------- commit
class ImportFailed(FieldDeskError):
    pass


def commit_import(fd: FieldDesk, plan: ImportPlan) -> SheetImportResult:
    """Write the plan in one transaction: every new record and enrollment, or nothing at all."""
    if not plan.ok:
        raise ImportFailed(problem("import.has_problems", summary=plan.summary_line()))
    service = fd.service(plan.table)
    new_rows = [r for r in plan.rows if r.action == CREATE]
    created = {plan.table: 0, "enrollment": 0}
    try:
        with fd.writing():
            ids = service.create_many([r.data for r in new_rows])
            for planned, new_id in zip(new_rows, ids, strict=True):
                planned.existing_id = new_id
                if planned.not_same:
                    for candidate in planned.candidates:
                        record_not_same(fd, new_id, candidate.id)
            created[plan.table] = len(ids)
            if plan.into_training:
                people = list(dict.fromkeys(r.existing_id for r in plan.rows if r.enroll))  # two rows, one person
                enroll = [{"training_id": plan.into_training, "participant_id": p} for p in people]
                created["enrollment"] = len(fd.enrollments.create_many(enroll))
            if plan.table == "participant":
                _keep_decisions(fd, plan)
    except ValidationFailed as exc:
        for planned in new_rows:
            planned.existing_id = None
        raise ImportFailed(problem("import.not_imported", reason=_first_problem(exc))) from None
    return SheetImportResult(created, plan.count(EXISTING))


def _first_problem(failed: ValidationFailed) -> str:
    """What a record refused at the last moment says (a problem, rendered in the reader's language)."""
    return failed.problems[0].message if failed.problems else str(failed)


# -------------------------------------------------------------- templates
def write_template(kind: str, path: str | Path, lang: str = "en") -> None:
    """An empty sheet with the column titles of ``kind`` (participants, trainings, missions) and a help sheet."""

    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    if kind not in IMPORTABLE:
        raise ImportRefused("no_template", kind=kind)
    out = Path(path)
    if out.suffix.lower() != ".xlsx":
        raise ImportRefused("template_not_xlsx", file=out.name)
    if not out.parent.is_dir():
        raise ImportRefused("no_folder", path=str(out), folder=str(out.parent))
    table = IMPORTABLE[kind]
    tr = Translator(lang)
    columns = [c for c in columns_of(table) if c.kind not in ("id", "ref")]
    wb = Workbook()
    ws = wb.active
    ws.title = tr.t(f"table.{table}")[:31]
    for index, column in enumerate(columns, start=1):
        cell = as_text(ws.cell(row=1, column=index, value=title(tr, table, column)))
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE6F0")
        ws.column_dimensions[get_column_letter(index)].width = max(14, len(str(cell.value)) + 4)
        if column.kind == "date":
            for row in range(2, 502):
                ws.cell(row=row, column=index).number_format = "yyyy-mm-dd"
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}1"
    _help_sheet(wb, tr, table, columns)
    # imported here: it loads openpyxl (with spreadsheets.export)
    from app.spreadsheets.export import save_workbook

    save_workbook(wb, out)


def _help_sheet(wb, tr: Translator, table: str, columns: list[SheetColumn]) -> None:
    from openpyxl.styles import Font

    ws = wb.create_sheet("Help")
    required = ", ".join(title(tr, table, c) for c in columns if c.required)
    ws.append([tr.t("xlsx.instructions", required=required)])
    ws.append([])
    for column in columns:
        allowed = ""
        if column.enum:
            allowed = "; ".join(tr.enum(m, column.enum) for m in column.enum)
        elif column.kind in ("stakeholder", "stakeholders"):
            allowed = "; ".join(tr.stakeholder(code) for code, _ in STAKEHOLDER_TYPES)
        elif column.kind in ("theme", "themes"):
            allowed = "; ".join(tr.theme(code) for code, _ in THEMATIC_AREAS)
        ws.append([title(tr, table, column) + (" *" if column.required else ""), allowed])
    for row in ws.iter_rows():
        for cell in row:
            as_text(cell)
    ws["A1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 120


__all__ = ["ID_COLUMN", "ImportPlan", "ImportRefused", "SheetImportResult", "Problem", "commit_import", "plan_import",
           "write_template"]
