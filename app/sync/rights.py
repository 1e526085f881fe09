"""Who may change what: every incoming change is checked at merge against the record's STORED owner (or, for a record
not stored yet, the owner its create names) and against its signer's rights, before it is applied and again when a
held change is released. A refused change is never applied and never stops the rest of its bundle; it is kept for
review (``app.sync.review``) with one of the ``CODES`` below.

What a sender may send is what its scope sends (``app.sync.scope.travels``): a check at the receiving end of the same
rule, so an honest bundle never has a change refused.

An office (the sender is a field office, the receiver headquarters):
- creates, changes, deletes and restores its OWN records (its office work and its own roster entries: projects,
  experts, its office record); a create names the sender as owner, and a part (a team member, an enrollment, an
  attachment...) belongs to the same office as the record it is part of;
- never changes programme reference data (countries, themes, stakeholder types, country facts, criteria), nor a
  record of headquarters or of another office.

Headquarters (the sender is headquarters, the receiver an office). HQ's rights, stated explicitly:
- programme reference data (owner "*"): HQ creates, changes and deletes it; it is HQ's alone;
- HQ's roster records (projects, experts, its office record, owner "HQ" or "*"): HQ creates, changes, deletes them;
- the receiving office's own records: HQ MAY create records for the office, change their data fields, delete and
  restore them (headquarters corrects an office's data; the office sees who did it in the history).
  HQ MAY NOT change who owns them (``owner_office``) nor when and by whom they were created (``created_at``,
  ``created_by``), MAY NOT create a record under an id that exists with another owner, and MAY NOT attach a part
  of the office's record to a record of another owner;
- other offices' records: nothing. HQ never sends them to an office, so one that arrives is refused.

For every sender: a change's origin (site id, office) must be the signer's. The one exception is a change this site
made itself coming back (a ``--full`` bundle echoes the recipient's own changes): it is accepted only when this site's
change log holds that very stamp for that record, and then it is a duplicate that changes nothing. A change claiming
to come from this site that is not in its log (an office's edit dressed as headquarters' own) is refused. The author
is a name given at the origin site and is shown with that site's office (bound to the signer above), so "HQ
Director" in an office's bundle is recorded as written by someone at that office, never as a change made at HQ.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.base import AUDIT_FIELDS, CREATION_FIELDS, PROGRAMME_OWNER
from app.services.store.entities import BY_NAME, PROGRAMME, Entity
from app.services.store.wire import Change
from app.sync.scope import travels
from app.vocabulary import LANGUAGES, field_title, words
from app.vocabulary.problems import ProblemText, problem

OPS = ("create", "update", "delete")
FIXED = CREATION_FIELDS  # set once by the create; nobody changes them afterwards
AUDIT = AUDIT_FIELDS

# Reason codes kept with each refusal (and carried back to the sender); the text beside each is for people.
CODES = {
    "unknown_table": "the bundle changes a kind of record this FieldDesk does not know",
    "unknown_op": "the change is neither a create, an update nor a delete",
    "unknown_field": "the change sets fields the record does not have",
    "invalid_id": "the record's id is empty or malformed",
    "forged_origin": "the change claims to come from another site than the one that signed the bundle",
    "untrusted_sender": "the change was held for its parent, and its sender is no longer trusted here",
    "programme_data": "programme reference data is changed at headquarters only",
    "not_owner": "the record belongs to another office",
    "create_exists": "a create for a record that exists here under another owner",
    "owner_change": "the change moves the record to another owner",
    "fixed_field": "the change rewrites when or by whom the record was created",
    "foreign_owner": "the create names another office as the record's owner",
    "parent_owner": "the record is attached to a record of another owner",
    "out_of_scope": "headquarters never sends this office another office's records",
    "bad_delete": "a delete that also changes the record's fields",
    "invalid_value": "a value a form would refuse",
}


@dataclass(frozen=True)
class Party:
    """A site as this one knows it: the sender from its pinned key, the receiver from its own profile."""

    site_id: str
    office: str
    is_hq: bool


class Refused(Exception):
    """``code`` (one of CODES) and a plain reason naming the record and fields, never their values: a coded problem
    (``problem.sync.refused.*``), said in the reader's language; its ``str()`` is the English kept with the change."""

    def __init__(self, code: str, reason: ProblemText, field: str = ""):
        assert code in CODES, code
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.field = field


@dataclass(frozen=True)
class RecordName:
    """A record named in a refusal, in the reader's words: "participant 0190…" in English; in another language the
    list it belongs to and its id ("Participants 0190…"), since the catalogue names record types by their lists."""

    table: str
    record_id: str

    def in_language(self, lang: str) -> str:
        entity = BY_NAME.get(self.table)
        rid = self.record_id[:36]
        if lang == "en" or lang not in LANGUAGES:
            return f"{entity.label.lower() if entity else 'record'} {rid}".rstrip()
        kind = words(lang).get(f"table.{self.table}") if entity else None
        if not rid:  # the kind alone
            return kind or self.table
        return f"{kind} {rid}" if kind else rid

    def __str__(self) -> str:
        return self.in_language("en")


@dataclass(frozen=True)
class FieldName:
    """A field named in a refusal, with the title the reader's language gives it."""

    table: str
    column: str

    def in_language(self, lang: str) -> str:
        entity = BY_NAME.get(self.table)
        english = entity.field_title(self.column) if entity else self.column
        return field_title(self.table, self.column, english, lang) if lang in LANGUAGES else english

    def __str__(self) -> str:
        return self.in_language("en")


def _name(entity: Entity | None, change: Change) -> RecordName:
    return RecordName(entity.name if entity else change.table[:40], change.record_id)


def check_shape(change: Change) -> Entity:
    """What needs no stored data: a known table and operation, known fields, a usable id."""
    entity = BY_NAME.get(change.table)
    if entity is None:
        raise Refused("unknown_table", problem("sync.refused.unknown_table", table=change.table[:40]))
    if change.op not in OPS:
        raise Refused("unknown_op", problem("sync.refused.unknown_op", record=_name(entity, change)))
    unknown = sorted(set(change.new) - set(entity.columns)) + (["id"] if "id" in change.new else [])
    if unknown:
        fields = ", ".join(name[:64] for name in unknown[:5])
        raise Refused("unknown_field", problem("sync.refused.unknown_field", record=_name(entity, change),
                                               fields=fields), unknown[0][:64])
    rid = change.record_id
    if not rid or len(rid) > 36 or not rid.isprintable() or rid != rid.strip():
        raise Refused("invalid_id", problem("sync.refused.invalid_id", kind=RecordName(entity.name, "")))
    if change.op == "delete" and (change.new.get("deleted") is not True or set(change.new) - {"deleted", *AUDIT}):
        raise Refused("bad_delete", problem("sync.refused.bad_delete", record=_name(entity, change)))
    return entity


def check_origin(entity: Entity, change: Change, sender: Party) -> None:
    """Called for every change that is not a true echo of this site's own (see the module's docstring)."""
    if change.site != sender.site_id or change.office != sender.office:
        raise Refused("forged_origin", problem("sync.refused.forged_origin", record=_name(entity, change),
                                               office=sender.office))


def _may_send(entity: Entity, owner: str, sender: Party, receiver: Party) -> bool:
    if sender.site_id == receiver.site_id:
        # Our own change, lost by a restore and sent back (the merge lets only those through as ours): we had the
        # right to make it when we made it.
        return True
    governance = PROGRAMME if owner == PROGRAMME_OWNER else entity.governance
    return travels(governance, owner, sender_office=sender.office, sender_is_hq=sender.is_hq,
                   recipient_office=receiver.office)


def _denied(entity: Entity, change: Change, owner: str, sender: Party) -> Refused:
    if entity.governance == PROGRAMME or owner == PROGRAMME_OWNER:
        return Refused("programme_data", problem("sync.refused.programme_data", record=_name(entity, change),
                                                 office=sender.office))
    if sender.is_hq:
        return Refused("out_of_scope", problem("sync.refused.out_of_scope", record=_name(entity, change),
                                               owner=owner))
    return Refused("not_owner", problem("sync.refused.not_owner", record=_name(entity, change), office=sender.office,
                                        owner=owner))


def _check_hq_writes(entity: Entity, change: Change, sender: Party, receiver: Party) -> None:
    """Records an office holds but headquarters alone writes (the Board's adoptions and decisions): an office's
    change to one is refused, except the delete that goes with its parent."""
    if entity.hq_writes and not sender.is_hq and sender.site_id != receiver.site_id:
        raise Refused("programme_data", problem("sync.refused.hq_writes", record=_name(entity, change),
                                                office=sender.office))


def check_stored(entity: Entity, change: Change, stored: dict, sender: Party, receiver: Party) -> None:
    """A change to a record stored here. ``stored`` holds at least its owner_office (and the other FIXED fields
    when the change names them)."""
    owner = stored["owner_office"]
    if change.op != "delete":
        _check_hq_writes(entity, change, sender, receiver)
    if change.op == "create" and change.new.get("owner_office", owner) != owner:
        raise Refused("create_exists", problem("sync.refused.create_exists", record=_name(entity, change),
                                               owner=owner), "owner_office")
    if not _may_send(entity, owner, sender, receiver):
        raise _denied(entity, change, owner, sender)
    for name in FIXED:
        if name in change.new and change.new[name] != stored.get(name):
            code = "owner_change" if name == "owner_office" else "fixed_field"
            raise Refused(code, problem("sync.refused.fixed_field", record=_name(entity, change),
                                        field=FieldName(entity.name, name)), name)


def check_new(entity: Entity, change: Change, sender: Party, receiver: Party) -> str:
    """A create for a record not stored here; returns the owner it names."""
    if change.op != "delete":
        _check_hq_writes(entity, change, sender, receiver)
    owner = change.new.get("owner_office")
    if not isinstance(owner, str) or not owner:
        raise Refused("invalid_value", problem("sync.refused.no_owner", record=_name(entity, change)),
                      "owner_office")
    if not sender.is_hq and owner != sender.office and owner != PROGRAMME_OWNER:
        raise Refused("foreign_owner", problem("sync.refused.foreign_owner", record=_name(entity, change),
                                               office=sender.office, owner=owner[:32]), "owner_office")
    if entity.governance == PROGRAMME and owner != PROGRAMME_OWNER:
        raise Refused("invalid_value", problem("sync.refused.programme_owner", record=_name(entity, change)),
                      "owner_office")
    if not _may_send(entity, owner, sender, receiver):
        raise _denied(entity, change, owner, sender)
    return owner


def parent_of(entity: Entity, change: Change, stored: dict | None = None) -> tuple[str, str] | None:
    """The (table, id) of the record this change attaches the record to, when the change sets it (an attachment's
    is two fields: the one the change does not set is the stored one)."""
    if entity.name == "attachment":
        if "record_table" not in change.new and "record_id" not in change.new:
            return None
        stored = stored or {}
        table = change.new.get("record_table", stored.get("record_table"))
        rid = change.new.get("record_id", stored.get("record_id"))
        return (table, rid) if isinstance(table, str) and isinstance(rid, str) and table in BY_NAME else None
    if entity.parent and isinstance(change.new.get(entity.parent[0]), str):
        return entity.parent[1], change.new[entity.parent[0]]
    return None


def check_parent(entity: Entity, change: Change, owner: str, parent_owner: str | None) -> None:
    """A part belongs to the office that owns the record it is part of (``rules.inherited_owner``)."""
    if parent_owner is not None and parent_owner != owner:
        raise Refused("parent_owner", problem("sync.refused.parent_owner", record=_name(entity, change), owner=owner,
                                              parent_owner=parent_owner),
                      entity.parent[0] if entity.parent else "record_id")
