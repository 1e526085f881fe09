"""Names of referenced records (countries, themes, stakeholder types, projects, experts, offices) in the report's
language, read once per report through the services."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from app.models.coverage import NATIONAL, covered_countries, scope_value
from app.models.enums import Scope
from app.models.ids import reference_id
from app.reports.i18n import Translator
from app.services import ListQuery
from app.services.errors import NotFound
from app.services.profile import site_settings
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk


class ReportRefused(NotFound):
    """The record cannot be reported on (missing or deleted); the message says which."""


class Lookups:
    def __init__(self, fd: FieldDesk, tr: Translator):
        self.fd = fd
        self.tr = tr

    @cached_property
    def _themes(self) -> dict[str, dict]:
        """id -> code, name and names of every thematic area (retired ones too: old records still name them)."""
        return entry_rows(self.fd, "thematic_area")

    @cached_property
    def _stakeholders(self) -> dict[str, dict]:
        return entry_rows(self.fd, "stakeholder_type")

    @cached_property
    def theme_order(self) -> dict[str, int]:
        return {tid: n for n, tid in enumerate(self.fd.thematic_areas.ids())}

    @cached_property
    def stakeholder_order(self) -> dict[str, int]:
        return {sid: n for n, sid in enumerate(self.fd.stakeholder_types.ids())}

    def theme(self, theme_id: str | None) -> str:
        row = self._themes.get(theme_id or "")
        return self.tr.theme(row["code"], row["name"], row["names"]) if row else ""

    def themes(self, ids) -> str:
        return self.tr.join((self.theme(i) for i in ids or []), strong=True)

    def stakeholder(self, type_id: str | None) -> str:
        row = self._stakeholders.get(type_id or "")
        return self.tr.stakeholder(row["code"], row["name"], row["names"]) if row else self.tr.stakeholder(None)

    def stakeholders(self, ids) -> str:
        return self.tr.join((self.stakeholder(i) for i in ids or []), strong=True)

    def country(self, cid: str | None) -> str:
        return self.tr.country(cid)

    def coverage(self, record) -> str:
        """Where a record is (schema 0024): its country when national, "Regional (12)" when it covers twelve,
        "Global" when it covers none. ``record`` is a model or a dict of its fields."""
        get = record.get if isinstance(record, dict) else lambda key: getattr(record, key, None)
        scope = scope_value(get("scope"))
        if scope == NATIONAL:
            return self.country(get("country_id"))
        label = self.tr.enum(scope, Scope)
        covered = covered_countries(record)
        return self.tr.t("coverage.several", scope=label, n=self.tr.number(len(covered))) if covered else label

    def coverage_facts(self, record, country_label: str) -> list[tuple[str, str]]:
        """The facts a record's report gives about where it is: its country; for a regional or interregional one,
        its scope, its lead or host country and every country it covers."""
        if scope_value(getattr(record, "scope", None)) == NATIONAL:
            return [(country_label, self.country(record.country_id))]
        names = sorted((self.country(c) for c in covered_countries(record)), key=str.casefold)
        return [(self.tr.field(record.__tablename__, "scope", "Scope"), self.coverage(record)),
                (country_label, self.country(record.country_id)),
                (self.tr.t("coverage.countries"), self.tr.join(names))]

    def project(self, pid: str | None) -> str:
        if not pid:
            return ""
        rows = self.fd.projects.rows([pid], ["code", "title"])
        return f"{rows[0]['code']} {rows[0]['title']}" if rows else ""

    def expert(self, eid: str | None) -> str:
        if not eid:
            return ""
        rows = self.fd.experts.rows([eid], ["full_name"])
        return rows[0]["full_name"] if rows else ""

    @cached_property
    def _author_names(self) -> dict[str, str]:
        return site_settings.author_names(self.fd)

    def author(self, made_by: str | None, office: str | None) -> str:
        """Who made a recorded change, as a printed history names them: the person's name the office gave the
        author, or the name recorded (FIELDDESK_USER), never an operating-system account ("root", "jdoe",
        "Administrator": one word, where a person's name has two or more). An account with no name given is
        shown as its office."""
        made_by = (made_by or "").strip()
        # imported here: it loads cryptography (with sync.hq_users)
        from app.sync.hq_users import ROOT_AUTHOR

        if made_by == ROOT_AUTHOR:  # a headquarters bundle its root key signed alone (no certified user)
            return self.tr.t("root_key_author")
        if made_by in self._author_names:
            return self._author_names[made_by]
        if len(made_by.split()) >= 2:
            return made_by
        return self.office(office) if office else self.tr.t("not_available")

    def office(self, code: str | None) -> str:
        if not code:
            return self.tr.t("all_offices")
        rows = self.fd.offices.rows([reference_id("office", code)], ["name", "code"])
        return f"{rows[0]['name']} ({rows[0]['code']})" if rows else code


def entry_rows(fd: FieldDesk, table: str) -> dict[str, dict]:
    """id -> code, name and names of a reference list's live entries (retired ones too)."""
    service = fd.service(table)
    return {r["id"]: r for r in service.rows(service.ids(), ["code", "name", "names"])}


def office_label(fd: FieldDesk, tr: Translator) -> str:
    """The office this report is printed by, for every page header."""
    return Lookups(fd, tr).office(fd.site.office)


def live_record(service, record_id: str, what: str):
    try:
        record = service.get(record_id)
    except NotFound:
        raise ReportRefused(problem("no_parent", entity=what, id=record_id)) from None
    if record.deleted:
        raise ReportRefused(problem("report.record_deleted", what=what, id=record_id))
    return record


def children(service, column: str, parent_id: str, sort: tuple[str, ...] | None = None) -> list:
    return service.list(ListQuery(filters={column: parent_id}, sort=sort)).rows


def enrolled_participant_ids(fd: FieldDesk, training_id: str) -> list[str]:
    """Who is enrolled in a training (plain rows: a 1,000-person sheet need not build 1,000 model objects)."""
    ids = fd.enrollments.ids(ListQuery(filters={"training_id": training_id}))
    return [r["participant_id"] for r in fd.enrollments.rows(ids, ["participant_id"])]
