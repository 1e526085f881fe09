"""What a user settled about a spreadsheet row that was probably a person already recorded: "Use this person" kept,
so that the same file imported again recognises the row as that person and asks nothing (a participants-only import
has no enrolment to recognise it by; "Not the same person" is kept as ``participant_distinct`` and needs nothing
here).

Kept in ``local_setting``, this site's own state (never synced: the decision is about the files this office imports;
the records themselves are untouched, nothing is written for another site). A row is known by a digest of its name
and organisation as the import compares them (script, case, accents and word order aside), so no name is kept
outside the person's own record: erasing the person forgets the
rows settled as them (``forget_person``). No Qt here."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from app.services.store.local_settings import SETTINGS
from app.services.store.matching import normalise

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SAME_PERSON_KEY = "import_same_person"


def row_key(full_name: str, organisation: str) -> str:
    """The digest that recognises a row again: the same name and organisation, however they are written."""
    text = normalise(full_name) + "\x1f" + normalise(organisation)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def same_people(fd: FieldDesk) -> dict[str, str]:
    """row digest -> the participant a user said the row is."""
    value = fd.setting(SAME_PERSON_KEY)
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def keep_decisions(fd: FieldDesk, same: dict[str, str], forget: set[str]) -> None:
    """Keep the rows settled as people already recorded (``same``: digest -> participant), and forget the rows
    settled otherwise since (``forget``); inside the import's transaction when there is one."""
    if not same and not forget:
        return
    known = same_people(fd)
    if not forget & known.keys() and all(known.get(k) == v for k, v in same.items()):
        return
    for key in forget:
        known.pop(key, None)
    known.update(same)
    fd.set_setting(SAME_PERSON_KEY, known)


def forget_person(conn, record_id: str) -> None:
    """Inside an erasure's transaction: the rows a user settled as this person are forgotten too. The digest is of a
    name, and kept beside the erased record's id it would let anyone who guesses the name confirm it."""
    from sqlalchemy import select, update

    value = conn.execute(select(SETTINGS.c.value).where(SETTINGS.c.key == SAME_PERSON_KEY)).scalar()
    if not isinstance(value, dict) or record_id not in value.values():
        return
    kept = {k: v for k, v in value.items() if v != record_id}
    conn.execute(update(SETTINGS).where(SETTINGS.c.key == SAME_PERSON_KEY).values(value=kept))
