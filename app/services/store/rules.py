"""Rules that belong to particular tables: who owns a child record, what a delete takes with it, uniqueness, status
transitions (requests and projects), and follow-on changes (a follow-up note sets its recommendation's status; a
status change is recorded with its date and author)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, and_, select

from app.models.validation import FieldProblem, ValidationFailed
from app.services.store import transitions
from app.services.store.entities import BY_NAME, Entity
from app.vocabulary.problems import problem

if TYPE_CHECKING:
    from app.services.core import FieldDesk
    from app.services.store.changes import Writer

# Deleting the referenced record deletes these too (they have no life of their own without it).
EXTRA_CASCADES = {("enrollment", "participant_id"), ("fellowship", "participant_id")}
INSTITUTION_RULES = frozenset({"project", "mission", "training", "recommendation", "partner", "institution",
                               "institution_accreditation", "institution_office", "institution_concern"})


def dependents(entity: Entity) -> list[tuple[Entity, str]]:
    found = []
    for child in BY_NAME.values():
        for column, target in child.foreign_keys.items():
            if target != entity.name:
                continue
            if (child.parent and child.parent[0] == column) or (child.name, column) in EXTRA_CASCADES:
                found.append((child, column))
    if entity.name != "attachment":
        found.append((BY_NAME["attachment"], "record_id"))
    return found


def inherited_owner(conn: Connection, entity: Entity, row: dict[str, Any], cache: dict | None = None) -> str | None:
    """Children belong to the office that owns their parent, wherever they are created."""
    if entity.name == "attachment":
        parent_table, parent_id = row["record_table"], row["record_id"]
    elif entity.parent:
        column, parent_table = entity.parent
        parent_id = row[column]
    else:
        return None
    if cache is not None and (parent_table, parent_id) in cache:
        return cache[(parent_table, parent_id)]
    parent = BY_NAME.get(parent_table)
    if parent is None:
        raise ValidationFailed(entity.label,
                               [FieldProblem("record_table", problem("not_a_kind_of_record", table=parent_table))])
    found = conn.execute(
        select(parent.table.c.owner_office, parent.table.c.deleted).where(parent.table.c.id == parent_id)
    ).first()
    if found is None:
        raise ValidationFailed(entity.label, [FieldProblem(entity.parent[0] if entity.parent else "record_id",
                                                          problem("no_parent", entity=parent.label.lower(),
                                                                  id=parent_id))])
    if found.deleted:
        raise ValidationFailed(entity.label, [FieldProblem(entity.parent[0] if entity.parent else "record_id",
                                                          problem("parent_deleted", entity=parent.label.lower(),
                                                                  id=parent_id))])
    if cache is not None:
        cache[(parent_table, parent_id)] = found.owner_office
    return found.owner_office


def check_row(conn: Connection, entity: Entity, row: dict[str, Any], old: dict[str, Any] | None, *,
              check_flow: bool = True) -> None:
    """``check_flow`` False: a status may go back to any value (resolving a sync conflict restores what one site
    had; the change is still recorded)."""
    problems = transitions.check(entity.name, row, old) if check_flow else []
    if problems:
        raise ValidationFailed(entity.label, problems)
    check_batch(conn, entity, [row], exclude_id=row.get("id") if old else None)


def check_batch(conn: Connection, entity: Entity, rows: list[dict[str, Any]], exclude_id: str | None = None) -> None:
    problems: list[FieldProblem] = []

    if entity.unique_together:
        problems += _unique_together(conn, entity, rows, exclude_id)
    if entity.name in ("project", "priority_criterion", "due_rule", "retention_rule"):
        problems += _unique_column(conn, entity, rows, "code", exclude_id)
    if entity.name == "enrollment":
        problems += _attendance_fits(conn, rows)
    if entity.name == "fund_allocation":
        problems += _grant_of_the_project(conn, rows)
    if entity.name in INSTITUTION_RULES:  # national human rights institutions (schema 0026)
        # imported here: start-up: the first screen (participants) does not load services.programme.institutions
        from app.services.programme.institutions import check_rows

        problems += check_rows(conn, entity.name, rows)
    if entity.name == "plan_action":  # national action plans (schema 0025)
        # imported here: start-up: the first screen (participants) does not load services.programme.action_plans
        from app.services.programme.action_plans import same_country_problems

        problems += same_country_problems(conn, rows)
    if entity.name == "action_plan" and exclude_id:  # a plan's country, changed under its actions
        # imported here: start-up: the first screen (participants) does not load services.programme.action_plans
        from app.services.programme.action_plans import plan_country_problems

        problems += plan_country_problems(conn, rows)
    if problems:
        raise ValidationFailed(entity.label, problems)


def _unique_together(conn, entity: Entity, rows, exclude_id) -> list[FieldProblem]:
    cols = entity.unique_together
    keys = [tuple(r.get(c) for c in cols) for r in rows]
    problems = []
    for key, n in Counter(keys).items():
        if n > 1:
            problems.append(FieldProblem(cols[-1], _duplicate_message(entity, key)))
    table = entity.table
    firsts = sorted({k[0] for k in keys if k[0] is not None})
    wanted = set(keys)
    for start in range(0, len(firsts), 500):
        cond = and_(table.c[cols[0]].in_(firsts[start : start + 500]), table.c.deleted == False)  # noqa: E712
        if exclude_id:
            cond = and_(cond, table.c.id != exclude_id)
        for existing in conn.execute(select(*[table.c[c] for c in cols]).where(cond)):
            if tuple(existing) in wanted:
                problems.append(FieldProblem(cols[-1], _duplicate_message(entity, tuple(existing))))
    return problems


def _duplicate_message(entity: Entity, key: tuple) -> str:
    if entity.name == "enrollment":
        return problem("already_enrolled")
    if entity.name == "grant_tranche":
        return problem("tranche_recorded", number=key[-1])
    if entity.name == "sustainability_check":
        return problem("check_recorded", months=key[-1])
    if entity.name == "fellowship":
        return problem("fellow_in_cohort", cohort=key[-1])
    return problem("duplicate", entity=entity.label.lower(), key=", ".join(str(k) for k in key))


def _unique_column(conn, entity: Entity, rows, column: str, exclude_id) -> list[FieldProblem]:
    values = [r[column] for r in rows]
    problems = [FieldProblem(column, problem("appears_twice", f"{entity.field_title(column)} '{v}' appears twice.",
                                             title=entity.field_title(column), value=v))
                for v, n in Counter(values).items() if n > 1]
    table = entity.table
    cond = and_(table.c[column].in_(values), table.c.deleted == False)  # noqa: E712
    if exclude_id:
        cond = and_(cond, table.c.id != exclude_id)
    for value in conn.execute(select(table.c[column]).where(cond)).scalars():
        problems.append(FieldProblem(column, problem(
            "already_used",
            f"{entity.field_title(column)} '{value}' is already used by another {entity.label.lower()}.",
            title=entity.field_title(column), value=value)))
    return problems


def _attendance_fits(conn, rows) -> list[FieldProblem]:
    training = BY_NAME["training"].table
    ids = {r["training_id"] for r in rows if r.get("attendance")}
    if not ids:
        return []
    days = {
        t.id: (t.end_date - t.start_date).days + 1
        for t in conn.execute(select(training.c.id, training.c.start_date,
                                     training.c.end_date).where(training.c.id.in_(ids)))
    }
    problems = []
    for r in rows:
        n = days.get(r["training_id"])
        if n is not None and len(r.get("attendance") or []) > n:
            problems.append(FieldProblem("attendance", problem("attendance_too_long", listed=len(r["attendance"]),
                                                               days=n)))
    return problems


def _grant_of_the_project(conn, rows) -> list[FieldProblem]:
    """An allocation for a grant is for the grant's project. The grant is an office's record with no foreign key here
    (allocations reach every office, a grant only its own): one this site does not hold is not checked."""
    grants = BY_NAME["grant_award"].table
    ids = {r["grant_id"] for r in rows if r.get("grant_id")}
    if not ids:
        return []
    project_of = dict(conn.execute(select(grants.c.id, grants.c.project_id).where(grants.c.id.in_(ids))).all())
    return [FieldProblem("grant_id", problem("grant_of_another_project"))
            for r in rows if r.get("grant_id") in project_of and project_of[r["grant_id"]] != r.get("project_id")]


def after_write(fd: FieldDesk, w: Writer, entity: Entity, row: dict[str, Any], old: dict[str, Any] | None) -> None:
    if entity.name == "followup_note":
        _sync_recommendation_status(fd, w, row["recommendation_id"])
    elif entity.name in transitions.FLOWS:
        transitions.record(fd, w, entity.name, row, old)


def _sync_recommendation_status(fd: FieldDesk, w: Writer, recommendation_id: str) -> None:
    """A recommendation's follow-up status is that of its latest live note."""
    notes = BY_NAME["followup_note"].table
    latest = w.conn.execute(
        select(notes.c.status)
        .where(notes.c.recommendation_id == recommendation_id, notes.c.deleted == False)  # noqa: E712
        .order_by(notes.c.note_date.desc(), notes.c.created_at.desc(), notes.c.id.desc())
        .limit(1)
    ).scalar()
    if latest is None:
        return
    service = fd.service("recommendation")
    current = service.get_row(recommendation_id, w.conn)
    if current["status"] != latest and not current["deleted"]:
        service.update(recommendation_id, {"status": latest})
