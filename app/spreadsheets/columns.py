"""How each column of a table appears in a spreadsheet and is read back: titles in the chosen language, enums as
labels, countries as ISO codes, thematic areas and stakeholder types by name, projects by code, dates as real dates,
lists separated by ';'. Export and import share these rules, so an exported sheet imports back to the same data."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import TYPE_CHECKING, Any

from app import vocabulary
from app.models.ids import reference_id
from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS
from app.models.regions import REGIONS
from app.reports.i18n import LANGUAGES, Translator
from app.reports.lookups import entry_rows
from app.reports.sharing import participant_display
from app.services.store.entities import BY_NAME
from app.services.store.seed import region_id
from app.vocabulary import words
from app.vocabulary.catalogue import former as former_words
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk

ID_COLUMN = "id"
LIST_SEPARATOR = "; "


@dataclass(frozen=True)
class SheetColumn:
    name: str
    kind: str  # text, int, float, bool, date, enum, country, theme, stakeholder, project, ref, themes, stakeholders,
    #            projects, refs, list, attendance, names, id
    required: bool = False
    enum: type[Enum] | None = None
    ref_table: str | None = None


def columns_of(table: str) -> list[SheetColumn]:
    """The spreadsheet columns of ``table``: its data columns, then the record id."""
    entity = BY_NAME[table]
    model_fields = entity.model.model_fields
    out = []
    for name in entity.data_columns:
        info = model_fields[name]
        required = info.is_required()
        ref = entity.foreign_keys.get(name)
        listed = entity.list_columns.get(name)
        if name in entity.date_columns:
            kind = "date"
        elif entity.enum_of(name):
            kind = "enum"
        elif ref:
            kind = {"country": "country", "thematic_area": "theme", "stakeholder_type": "stakeholder",
                    "project": "project"}.get(ref, "ref")
        elif name == "expertise_ids":  # theme ids, though not declared as a list column of the entity
            kind = "themes"
        elif listed:
            kind = {"thematic_area": "themes", "stakeholder_type": "stakeholders", "project": "projects",
                    "country": "countries", "region": "regions"}.get(listed, "refs")
            ref = ref or listed
        elif name == "attendance":
            kind = "attendance"
        elif name == "names":  # a reference entry's names in the other languages (schema 0017)
            kind = "names"
        elif name in entity.bool_columns:
            kind = "bool"
        else:
            kind = _scalar_kind(entity.python_type(name))
        out.append(SheetColumn(name, kind, required, entity.enum_of(name), ref))
    out.append(SheetColumn(ID_COLUMN, "id"))
    return out


def _scalar_kind(annotation) -> str:
    text = str(annotation)
    if annotation is int or "int" in text and "float" not in text:
        return "int"
    if annotation is float or "float" in text:
        return "float"
    if "list" in text:
        return "list"
    return "text"


def title(tr: Translator, table: str, column: SheetColumn) -> str:
    if column.kind == "id":
        return tr.t("xlsx.id")
    return tr.field(table, column.name, BY_NAME[table].field_title(column.name))


@dataclass(frozen=True)
class ColumnTitles:
    """Columns of ``table`` named in a problem (the required ones a sheet lacks, the ones an import expects), written
    in the language the problem is read in (``app.vocabulary.problems.render``): the titles a template in that
    language has, which the import accepts. ``quoted`` puts each in quotes, as the sheet's own titles are."""

    table: str
    names: tuple[str, ...]
    quoted: bool = False

    def in_language(self, lang: str) -> str:
        tr = Translator(lang if lang in LANGUAGES else "en")
        columns = {c.name: c for c in columns_of(self.table)}
        titles = [title(tr, self.table, columns[name]) for name in self.names]
        return tr.join(f"'{t}'" for t in titles) if self.quoted else tr.join(titles)

    def __str__(self) -> str:
        return self.in_language("en")


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'"})


def fold(text: str) -> str:
    """Case, accents, spacing and the apostrophe's shape (’ or ') do not matter when a word is read back."""
    decomposed = unicodedata.normalize("NFKD", str(text).translate(_APOSTROPHES))
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if not unicodedata.combining(c))).strip().casefold()


@cache
def header_lookup(table: str) -> dict[str, str]:
    """A column title in any language (or the column's own name) -> the column."""
    lookup: dict[str, str] = {}
    for lang in LANGUAGES:
        tr = Translator(lang)
        for column in columns_of(table):
            lookup.setdefault(fold(title(tr, table, column)), column.name)
    for column in columns_of(table):
        lookup.setdefault(fold(column.name), column.name)
    return lookup


# ----------------------------------------------------------------- export
class Exporter:
    """Turns stored values into cell values in one language (names of referenced records looked up once)."""

    def __init__(self, fd: FieldDesk, tr: Translator):
        self.fd = fd
        self.tr = tr
        self._codes: dict[str, dict[str, str]] = {}
        self._display: dict[str, dict[str, str]] = {}
        self._entries: dict[str, dict[str, dict]] = {}

    def _code_map(self, table: str) -> dict[str, str]:
        if table not in self._codes:
            service = self.fd.service(table)
            self._codes[table] = {r["id"]: r["code"] for r in service.rows(service.ids(), ["code"])}
        return self._codes[table]

    def _entry_name(self, table: str, record_id: str) -> str:
        """A theme or stakeholder type in the sheet's language: the record's own translation, else by its code."""
        if table not in self._entries:
            self._entries[table] = entry_rows(self.fd, table)
        row = self._entries[table].get(record_id)
        if row is None:
            return self.tr.theme("") if table == "thematic_area" else self.tr.stakeholder(None)
        method = self.tr.theme if table == "thematic_area" else self.tr.stakeholder
        return method(row["code"], row["name"], row["names"])

    def prime(self, columns, rows: list[dict[str, Any]]) -> None:
        """Look up, in one query per table, the names of the records a batch of rows refers to (instead of one
        query per record)."""
        for column in columns:
            if column.kind != "ref":
                continue
            cache_ = self._display.setdefault(column.ref_table, {})
            wanted = sorted({r[column.name] for r in rows if r.get(column.name) and r[column.name] not in cache_})
            if wanted:
                entity = BY_NAME[column.ref_table]
                found = {r["id"]: str(r[entity.display])
                         for r in self.fd.service(column.ref_table).rows(wanted, [entity.display])}
                cache_.update(self._shareable(column.ref_table, found))

    def _display_of(self, table: str, record_id: str) -> str:
        cache_ = self._display.setdefault(table, {})
        if record_id not in cache_:
            entity = BY_NAME[table]
            rows = self.fd.service(table).rows([record_id], [entity.display])
            cache_.update(self._shareable(table, {record_id: str(rows[0][entity.display]) if rows else record_id}))
        return cache_[record_id]

    def _shareable(self, table: str, names: dict[str, str]) -> dict[str, str]:
        """A participant a sheet refers to (an enrolment's, a fellow) under the pseudonym where the sheet may not
        name them, as on their own sheet (``app/reports/sharing.py``)."""
        if table != "participant":
            return names
        return participant_display(self.fd, names)

    def value(self, column: SheetColumn, value: Any) -> Any:
        tr = self.tr
        kind = column.kind
        if value is None:
            return None
        if kind == "enum":
            return tr.enum(value, column.enum)
        if kind == "country":
            return self._code_map("country").get(value, value)
        if kind == "theme":
            return self._entry_name("thematic_area", value)
        if kind == "stakeholder":
            return self._entry_name("stakeholder_type", value)
        if kind == "project":
            return self._code_map("project").get(value, value)
        if kind == "ref":
            return self._display_of(column.ref_table, value)
        if kind == "themes":
            return LIST_SEPARATOR.join(self._entry_name("thematic_area", v) for v in value) or None
        if kind == "stakeholders":
            return LIST_SEPARATOR.join(self._entry_name("stakeholder_type", v) for v in value) or None
        if kind == "projects":
            return LIST_SEPARATOR.join(self._code_map("project").get(v, v) for v in value) or None
        if kind == "countries":  # the countries a record covers, by ISO code like its country (schema 0024)
            return LIST_SEPARATOR.join(self._code_map("country").get(v, v) for v in value) or None
        if kind == "regions":  # UN M49 regions by name, in the sheet's language
            codes = self._code_map("region")
            return LIST_SEPARATOR.join(region_name(codes.get(v, ""), tr.lang) or v for v in value) or None
        if kind == "refs":  # records named by their display column (a result's activities, by title)
            return LIST_SEPARATOR.join(self._display_of(column.ref_table, v) for v in value) or None
        if kind == "attendance":
            return "".join("1" if d is True else "0" if d is False else "-" for d in value) or None
        if kind == "list":
            return LIST_SEPARATOR.join(str(v) for v in value) or None
        if kind == "names":  # "fr: Migrations et droits de l'homme; es: Migración y derechos humanos"
            return LIST_SEPARATOR.join(f"{lang}: {text}" for lang, text in (value or {}).items()) or None
        if isinstance(value, Enum):
            return value.value
        return value


# ----------------------------------------------------------------- import
class CellProblem(ValueError):
    """A cell that cannot be read; ``problem`` says why, as data (its ``str`` is the English message)."""

    def __init__(self, text: str):
        super().__init__(text)
        self.problem = text

    def __str__(self) -> str:
        return str(self.problem)


_TRUE = {"1", "x", "yes", "y", "true", "oui", "si", "sí", "да", "نعم", "✓"}
_FALSE = {"0", "", "no", "n", "false", "non", "нет", "لا"}


@cache
def _enum_lookup(enum_class: type[Enum]) -> dict[str, str]:
    lookup = {}
    for value, spellings in vocabulary.enum_spellings(enum_class).items():  # today's words, then former ones
        for spelling in spellings:
            lookup.setdefault(fold(spelling), value)
    for member in enum_class:
        lookup[fold(member.value)] = member.value
        lookup.setdefault(fold(member.value.replace("_", " ")), member.value)
    return lookup


@cache
def _vocabulary_lookup(kind: str) -> dict[str, str]:
    """Theme or stakeholder type: code or name in any language -> id."""
    table, pairs = ("thematic_area", THEMATIC_AREAS) if kind == "theme" else ("stakeholder_type", STAKEHOLDER_TYPES)
    lookup = {}
    for code, _ in pairs:
        rid = reference_id(table, code)
        lookup[fold(code)] = rid
        for lang in LANGUAGES:
            tr = Translator(lang)
            lookup.setdefault(fold(tr.theme(code) if kind == "theme" else tr.stakeholder(code)), rid)
        for lang in LANGUAGES:
            for spelling in former_words(lang).get(f"{kind}.{code}", []):
                lookup.setdefault(fold(spelling), rid)
    return lookup


def _parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise CellProblem(problem("import_not_a_date", f"'{text}' is not a date (write it as a date, or as YYYY-MM-DD or "
                                                  "DD.MM.YYYY)", input=text))


class Importer:
    """Reads cell values back into stored values, raising ``CellProblem`` with a message for the person."""

    def __init__(self, fd: FieldDesk):
        self.fd = fd
        self._projects: dict[str, str] | None = None
        self._lookups: dict[str, dict[str, str]] = {}

    def _entry_lookup(self, kind: str) -> dict[str, str]:
        """The shipped words (and former ones) and this site's entries (headquarters' new ones, retired ones too),
        each by its code, its stored names and its name in every language -> id."""
        if kind not in self._lookups:
            table = "thematic_area" if kind == "theme" else "stakeholder_type"
            lookup = dict(_vocabulary_lookup(kind))
            for rid, row in entry_rows(self.fd, table).items():
                spellings = [row["code"], row["name"], *(row["names"] or {}).values()]
                spellings += [vocabulary.reference_name(table, row["code"], row["name"], lang, row["names"])
                              for lang in LANGUAGES]
                for spelling in spellings:
                    lookup.setdefault(fold(spelling), rid)
            self._lookups[kind] = lookup
        return self._lookups[kind]

    def _project_ids(self) -> dict[str, str]:
        if self._projects is None:
            rows = self.fd.projects.rows(self.fd.projects.ids(), ["code"])
            self._projects = {fold(r["code"]): r["id"] for r in rows}
        return self._projects

    def value(self, column: SheetColumn, raw: Any) -> Any:
        kind = column.kind
        if isinstance(raw, str):
            raw = raw.strip()
        if raw is None or raw == "":
            return None
        if kind == "date":
            return _parse_date(raw)
        if kind == "bool":
            if isinstance(raw, bool):
                return raw
            text = fold(str(raw))
            if text in _TRUE:
                return True
            if text in _FALSE:
                return False
            raise CellProblem(problem("import_not_yes_no", f"'{raw}' is not yes or no", input=raw))
        if kind in ("int", "float"):
            if isinstance(raw, bool):
                raise CellProblem(problem("import_not_a_number", f"'{raw}' is not a number", input=raw))
            try:
                number = (float(str(raw).replace("\u00a0", "").replace(" ", "").replace(",", "."))
                          if isinstance(raw, str) else float(raw))
            except ValueError:
                raise CellProblem(problem("import_not_a_number", f"'{raw}' is not a number", input=raw)) from None
            if kind == "int":
                if number != int(number):
                    raise CellProblem(problem("import_not_whole", f"'{raw}' is not a whole number", input=raw))
                return int(number)
            return number
        if kind == "enum":
            found = _enum_lookup(column.enum).get(fold(str(raw)))
            if found is None:
                allowed = ", ".join(m.value for m in column.enum)
                raise CellProblem(problem("import_not_allowed", f"'{raw}' is not one of the allowed values ({allowed})",
                                          input=raw, allowed=allowed))
            return found
        if kind == "country":
            code = str(raw).strip().upper()
            cid = reference_id("country", code)
            if len(code) != 2 or not self.fd.countries.exists(cid):
                raise CellProblem(problem("import_unknown_country", f"'{raw}' is not a known country: use its ISO 3166 "
                                          "code (GT, MW, RU...)", input=raw))
            return cid
        if kind == "countries":
            return [self.value(SheetColumn(column.name, "country"), part) for part in _split(raw)]
        if kind == "regions":
            return [self._region(part) for part in _split(raw)]
        if kind in ("theme", "stakeholder"):
            return self._vocabulary(kind, raw)
        if kind in ("themes", "stakeholders"):
            return [self._vocabulary(kind[:-1], part) for part in _split(raw)]
        if kind == "project":
            return self._project(raw)
        if kind == "projects":
            return [self._project(part) for part in _split(raw)]
        if kind == "list":
            return _split(raw)
        if kind == "attendance":
            return [True if c == "1" else False if c == "0" else None for c in str(raw)]
        if kind in ("ref", "refs"):
            raise CellProblem("this column cannot be imported")
        return str(raw) if not isinstance(raw, str) else raw

    def _vocabulary(self, kind: str, raw: Any) -> str:
        found = self._entry_lookup(kind).get(fold(str(raw)))
        if found is None:
            what = "thematic area" if kind == "theme" else "stakeholder type"
            raise CellProblem(problem(f"import_unknown_{kind}", f"'{raw}' is not a known {what}", input=raw))
        return found

    def _region(self, raw: Any) -> str:
        found = _region_lookup().get(fold(str(raw)))
        if found is None:
            raise CellProblem(problem("import_unknown_region", f"'{raw}' is not a known region: use its name or its UN "
                                      "M49 code (013 for Central America)", input=raw))
        return found

    def _project(self, raw: Any) -> str:
        found = self._project_ids().get(fold(str(raw)))
        if found is None:
            raise CellProblem(problem("import_no_project", f"there is no project with the code '{raw}'", input=raw))
        return found


def region_name(code: str, lang: str) -> str:
    return words(lang).get(f"region.{code}") or words("en").get(f"region.{code}", "")


@cache
def _region_lookup() -> dict[str, str]:
    """A region's M49 code, or its name in any of the six languages -> its id."""
    lookup = {}
    for code, _name in REGIONS:
        lookup[code] = region_id(code)
        for lang in LANGUAGES:
            lookup.setdefault(fold(region_name(code, lang)), region_id(code))
    return lookup


def _split(raw: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", str(raw)) if part.strip()]
