"""Create, update, delete, get and list records of one table, each write logged in the change log."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, insert, select, text, update

from app.models.base import PROGRAMME_OWNER
from app.models.ids import new_id, reference_id
from app.services.errors import NotAllowed, NotFound
from app.services.privacy.erasure import check_not_erased
from app.services.programme.thread.follow_through import resolve
from app.services.store import rules
from app.services.store.changes import Writer
from app.services.store.entities import ENTITIES, PROGRAMME, Entity
from app.services.store.query import ListQuery, ResultPage, filtered_select, fts_match_expression, fts_table, order_by
from app.services.store.validate import check_known_fields, check_references, validated_row
from app.services.store.values import row_to_wire, to_wire
from app.vocabulary.problems import problem

# Tables whose writes app/services/privacy/person_guard.py checks (a person's files and fellowships' free text)
GUARDED = frozenset({"attachment", "fellowship", "fellowship_objective", "fellowship_contact"})

if TYPE_CHECKING:
    from app.services.core import FieldDesk


class RecordService:
    def __init__(self, fd: FieldDesk, entity: Entity):
        self.fd = fd
        self.entity = entity

    @property
    def table(self):
        return self.entity.table  # the model is declared on first use (app/services/store/entities.py)

    # ----------------------------------------------------------------- reads
    def get(self, record_id: str):
        """The record as a model instance (deleted ones too: see its ``deleted`` flag)."""
        return self.entity.model(**self.get_row(record_id))

    def get_row(self, record_id: str, conn: Connection | None = None) -> dict[str, Any]:
        with self.fd.reading(conn) as c:
            row = c.execute(select(self.table).where(self.table.c.id == record_id)).mappings().first()
        if row is None:
            raise NotFound(problem("no_parent", entity=self.entity.label.lower(), id=record_id))
        return dict(row)

    def exists(self, record_id: str) -> bool:
        with self.fd.reading() as c:
            return c.execute(select(self.table.c.id).where(self.table.c.id == record_id)).first() is not None

    def _select(self, query: ListQuery, columns: list | None = None):
        """The query's SELECT; a filter computed in Python (a recommendation's follow-through) becomes ids first."""
        return filtered_select(self.entity, resolve(self.fd, self.entity.name, query), columns,
                               dialect=self.fd.db.dialect)

    def ids(self, query: ListQuery = ListQuery()) -> list[str]:
        stmt = self._select(query).order_by(*order_by(self.entity, query.sort, query.ranks))
        if query.limit is not None:
            stmt = stmt.limit(query.limit).offset(query.offset)
        with self.fd.reading() as c:
            return list(c.execute(stmt).scalars())

    def count(self, query: ListQuery = ListQuery()) -> int:
        with self.fd.reading() as c:
            extended_search = bool(query.search) and self.entity.name == "recommendation"  # paragraphs, targets
            if self.fd.db.is_sqlite and not (query.filters or query.include_deleted or extended_search):
                counted = self._count_from_indexes(c, query)
                if counted is not None:
                    return counted
            stmt = self._select(query, [func.count()])
            return int(c.execute(stmt).scalar() or 0)

    def _count_from_indexes(self, c: Connection, query: ListQuery) -> int | None:
        """The count of live records without reading the table, where SQLite can (None where it cannot). The
        deleted rows have a partial index of their own (migration 0005): a whole list is all rows (counted from the
        smallest index) less the deleted ones, and a search of a table with nothing deleted is the full-text index's
        own count (about 5 ms for 100,000 matches instead of 20: no looking up of each match to leave deleted ones
        out)."""
        table = self.table
        is_deleted = table.c.deleted == True  # noqa: E712 - SQL, and "= 1" as the partial index says
        if not query.search:
            everything = select(func.count()).select_from(table).scalar_subquery()
            deleted = select(func.count()).select_from(table).where(is_deleted).scalar_subquery()
            return int(c.execute(select(everything - deleted)).scalar() or 0)
        match = fts_match_expression(query.search) if self.entity.search_columns else None
        if match is None or c.execute(select(table.c.id).where(is_deleted).limit(1)).first() is not None:
            return None
        fts = fts_table(self.entity)
        return int(c.execute(text(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH :q"), {"q": match}).scalar() or 0)

    def list(self, query: ListQuery = ListQuery()) -> ResultPage:
        stmt = self._select(query, [self.table])
        stmt = stmt.order_by(*order_by(self.entity, query.sort, query.ranks))
        if query.limit is not None:
            stmt = stmt.limit(query.limit).offset(query.offset)
        with self.fd.reading() as c:
            rows = [self.entity.model(**dict(r)) for r in c.execute(stmt).mappings()]
        total = len(rows) if query.limit is None and not query.offset else self.count(query)
        return ResultPage(rows, total)

    def matching_rows(self, query: ListQuery, columns: Sequence[str]) -> list[dict[str, Any]]:
        """``columns`` (and the id) of the records ``query`` matches, in its order, in one query: for tables read
        whole, such as the reference data (a list of thousands reads its ids, then rows as they are shown)."""
        cols = [self.table.c[c] for c in dict.fromkeys(["id", *columns])]
        stmt = self._select(query, cols)
        stmt = stmt.order_by(*order_by(self.entity, query.sort, query.ranks))
        if query.limit is not None:
            stmt = stmt.limit(query.limit).offset(query.offset)
        with self.fd.reading() as c:
            return [dict(row) for row in c.execute(stmt).mappings()]

    def rows(self, ids: Sequence[str], columns: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Rows for ``ids`` in that order (missing ids are left out): what a lazy list model fetches."""
        cols = [self.table.c[c] for c in (columns or self.entity.columns)]
        if "id" not in (columns or ["id"]):
            cols.append(self.table.c.id)
        found: dict[str, dict[str, Any]] = {}
        with self.fd.reading() as c:
            for start in range(0, len(ids), 500):
                chunk = list(ids[start : start + 500])
                for row in c.execute(select(*cols).where(self.table.c.id.in_(chunk))).mappings():
                    found[row["id"]] = dict(row)
        return [found[i] for i in ids if i in found]

    # ---------------------------------------------------------------- writes
    def check_may_create(self, data: dict[str, Any]) -> None:
        """Refuses now what ``create`` would refuse about the person the record belongs to (an erased person's file;
        at headquarters, one it may not know): the attachments' store asks before it keeps a file's content."""
        if self.entity.name in GUARDED:
            # imported here: start-up: the first screen (participants) does not load services.privacy.person_guard
            from app.services.privacy.person_guard import check_write

            with self.fd.reading() as conn:
                check_write(conn, self.fd.site, self.entity.name, data, data)

    def create(self, data: dict[str, Any], *, owner_office: str | None = None) -> str:
        with self.fd.writing() as w:
            row = self._prepare_new(w, dict(data), owner_office)
            self._insert(w, [row])
            rules.after_write(self.fd, w, self.entity, row, None)
        return row["id"]

    def create_many(self, items: Iterable[dict[str, Any]], *, owner_office: str | None = None) -> list[str]:
        """Create many records in one transaction (imports, demo data): validated as a batch, inserted in bulk."""
        with self.fd.writing() as w:
            owners: dict = {}
            rows = [self._prepare_new(w, dict(item), owner_office, check_refs=False,
                                      owner_cache=owners) for item in items]
            if rows:
                check_references(w.conn, self.entity, rows)
                rules.check_batch(w.conn, self.entity, rows)
                self._insert(w, rows)
                for row in rows:
                    rules.after_write(self.fd, w, self.entity, row, None)
        return [r["id"] for r in rows]

    def update(self, record_id: str, changes: dict[str, Any], *, reassert: bool = False,
               base: dict[str, Any] | None = None) -> bool:
        """Apply ``changes``; returns False when nothing actually changed (and then nothing is logged).
        ``reassert`` writes the given fields with a new stamp even when unchanged (resolving a sync conflict in
        favour of the current value must still travel, so that other sites close the same conflict).
        ``base``: the values the editor started from. When another person saved a different value since (several
        headquarters users on one database), this save still wins, as the later one would in sync, and the value it
        replaces is kept as a conflict for people to review."""
        check_known_fields(self.entity, changes)
        with self.fd.writing() as w:
            old = self.get_row(record_id, w.conn)
            self._check_may_write(old["owner_office"])
            if old["deleted"]:
                raise NotAllowed(problem("records.record_deleted_restore_first", entity=self.entity.label.lower()))
            merged = {**old, **changes}
            row = validated_row(self.entity, merged)
            changed = {k: row[k] for k in self.entity.data_columns
                       if to_wire(row[k]) != to_wire(old[k]) or (reassert and k in changes)}
            if not changed:
                return False
            if self.entity.name == "participant":
                check_not_erased(w.conn, record_id, changed)
                # imported here: start-up: the first screen (participants) does not load services.privacy.name_policy
                from app.services.privacy.name_policy import check_office_name

                check_office_name(w.conn, w.site, record_id, old["owner_office"], old["full_name"], changed)
                # imported here: start-up: the first screen (participants) does not load services.privacy.consent_given
                from app.services.privacy.consent_given import with_personal_fields

                changed = with_personal_fields(w.site, row, changed)
            if self.entity.name in GUARDED:  # an erased person's files and notes; at HQ, one it may not know
                # imported here: start-up: the first screen (participants) does not load services.privacy.person_guard
                from app.services.privacy.person_guard import check_write

                check_write(w.conn, w.site, self.entity.name, row, changed)
            check_references(w.conn, self.entity, [row], set(changed))
            rules.check_row(w.conn, self.entity, row, old, check_flow=not reassert)
            stamp = self._update(w, record_id, changed, old, op="update")
            if base:
                overwritten = {k: old[k] for k in changed if k in base and to_wire(base[k]) != to_wire(old[k])}
                if overwritten:
                    # imported here: start-up: the first screen (participants) does not load services.store.concurrent
                    from app.services.store.concurrent import keep_overwritten

                    keep_overwritten(w, self.entity, record_id, overwritten, changed, old, stamp)
            rules.after_write(self.fd, w, self.entity, {**old, **changed}, old)
        return True

    def delete(self, record_id: str) -> None:
        """Delete (a tombstone, so sync can carry it), with the records that only exist as its parts."""
        with self.fd.writing() as w:
            old = self.get_row(record_id, w.conn)
            self._check_may_write(old["owner_office"], deleting=True)
            if old["deleted"]:
                return
            # imported here: start-up: the first screen (participants) does not load services.store.reference_lists
            from app.services.store.reference_lists import EXTENDABLE_LISTS

            if self.entity.name in EXTENDABLE_LISTS:  # records point to the entry: it is retired, never deleted
                raise NotAllowed(problem("records.retired_not_deleted", entities=self.entity.plural.lower()))
            self._update(w, record_id, {"deleted": True}, old, op="delete")
            for child, column in rules.dependents(self.entity):
                service = self.fd.service(child.name)
                child_ids = w.conn.execute(
                    select(child.table.c.id).where(child.table.c[column] == record_id,
                                                   child.table.c.deleted == False)  # noqa: E712
                ).scalars().all()
                for child_id in child_ids:
                    service.delete(child_id)
            rules.after_write(self.fd, w, self.entity, {**old, "deleted": True}, old)

    def restore(self, record_id: str, *, reassert: bool = False) -> None:
        """Undo a delete. ``reassert`` logs "alive" even for a live record (a sync resolution that must travel)."""
        with self.fd.writing() as w:
            old = self.get_row(record_id, w.conn)
            self._check_may_write(old["owner_office"])
            if not old["deleted"] and not reassert:
                return
            parent = self.entity.parent
            if parent and self.fd.service(parent[1]).get_row(old[parent[0]], w.conn)["deleted"]:
                raise NotAllowed(problem("records.restore_parent_first", parent=parent[1].replace("_", " ")))
            if self.entity.name in GUARDED:
                # imported here: start-up: the first screen (participants) does not load services.privacy.person_guard
                from app.services.privacy.person_guard import check_write

                check_write(w.conn, w.site, self.entity.name, old, {"deleted": False})
            self._update(w, record_id, {"deleted": False}, old, op="update")

    # -------------------------------------------------------------- internals
    def _prepare_new(self, w: Writer, data: dict[str, Any], owner_office: str | None, check_refs: bool = True,
                     owner_cache: dict | None = None) -> dict[str, Any]:
        check_known_fields(self.entity, data)
        record_id = data.pop("id", None) or new_id()
        row = validated_row(self.entity, data)
        if self.entity.name == "office":  # every site knows an office by the same id, made from its code
            record_id = reference_id("office", row["code"])
        owner = self._owner_for_new(w.conn, row, owner_office, owner_cache)
        self._check_may_write(owner)
        if self.entity.name in GUARDED:  # an erased person's files and notes; at HQ, one it may not know
            # imported here: start-up: the first screen (participants) does not load services.privacy.person_guard
            from app.services.privacy.person_guard import check_write

            check_write(w.conn, w.site, self.entity.name, row, row)
        if check_refs:
            check_references(w.conn, self.entity, [row])
            rules.check_row(w.conn, self.entity, row, None)
        now = w.now_iso()
        row.update(id=record_id, owner_office=owner, created_at=now, created_by=w.author, updated_at=now,
                   updated_by=w.author, deleted=False)
        return row

    def _owner_for_new(self, conn: Connection, row: dict[str, Any], requested: str | None,
                       cache: dict | None = None) -> str:
        site = self.fd.site
        if self.entity.governance == PROGRAMME:
            return PROGRAMME_OWNER
        inherited = rules.inherited_owner(conn, self.entity, row, cache)
        if inherited is not None:
            return inherited
        if self.entity.name == "institution" and not requested and site.is_hq:  # its country's office's work
            # imported here: start-up: the first screen (participants) does not load services.programme.institutions
            from app.services.programme.institutions import country_office

            requested = country_office(conn, row.get("country_id"))
        if self.entity.name == "action_plan" and not requested:  # the office of the plan's country (schema 0025)
            # imported here: start-up: the first screen (participants) does not load services.programme.action_plans
            from app.services.programme.action_plans import owner_for

            requested = owner_for(self.fd, row.get("country_id") or "")
        if requested and requested != site.office:
            if not site.is_hq:
                raise NotAllowed(problem("records.office_creates_own", office=requested))
            return requested
        return site.office

    def _check_may_write(self, owner: str, *, deleting: bool = False) -> None:
        site = self.fd.site
        if site.is_hq:
            return
        if self.entity.hq_writes and not deleting:  # an office deletes them with their parent, never writes them
            raise NotAllowed(problem("records.recorded_at_hq", entities=self.entity.plural))
        if self.entity.governance == PROGRAMME or owner == PROGRAMME_OWNER:
            raise NotAllowed(problem("records.reference_data", entities=self.entity.plural))
        if owner != site.office:
            raise NotAllowed(problem("records.other_office_record", entity=self.entity.label.lower(), office=owner))

    def _insert(self, w: Writer, rows: list[dict[str, Any]]) -> None:
        w.conn.execute(insert(self.table), rows)
        for row in rows:
            wire = row_to_wire(row)
            wire.pop("id")
            w.log(self.entity.name, row["id"], "create", wire, hlc=w.stamp())

    def _update(self, w: Writer, record_id: str, changed: dict[str, Any], old: dict[str, Any], op: str) -> int:
        values = dict(changed)
        values["updated_at"] = w.now_iso()
        values["updated_by"] = w.author
        w.conn.execute(update(self.table).where(self.table.c.id == record_id).values(**values))
        stamp = w.stamp_after(self.entity.name, record_id)
        w.log(self.entity.name, record_id, op, row_to_wire(values), {k: to_wire(old[k]) for k in values}, hlc=stamp)
        return stamp


__all__ = ["ENTITIES", "RecordService"]
