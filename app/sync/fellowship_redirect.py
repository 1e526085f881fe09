"""A fellowship recorded for a participant that was merged meanwhile (at another site, before this one heard of the
merge) goes to the survivor, as an enrolment does (``redirect.py``): whichever site learns of both writes the same
value, so the sites agree. When the survivor is already a fellow of that cohort the fellowship stays where it is
(nothing is lost; a person deletes the wrong one of the two)."""

from __future__ import annotations

from sqlalchemy import select

from app.services.changes import Writer
from app.services.entities import BY_NAME


def move_fellowships(w: Writer) -> int:
    from app.sync.redirect import _may_write, _write, survivor_of

    people, fellowships = BY_NAME["participant"], BY_NAME["fellowship"]
    p, f = people.table, fellowships.table
    stranded = w.conn.execute(
        select(f).join(p, p.c.id == f.c.participant_id)
        .where(p.c.merged_into.is_not(None), f.c.deleted == False)  # noqa: E712
        .order_by(f.c.created_at, f.c.id)).mappings().all()
    written = 0
    for row in stranded:
        row = dict(row)
        if not _may_write(w, row["owner_office"]):
            continue
        survivor = survivor_of(w.conn, row["participant_id"])
        if survivor is None:
            continue
        taken = w.conn.execute(select(f.c.id).where(f.c.participant_id == survivor["id"], f.c.cohort == row["cohort"],
                                                    f.c.deleted == False)).first()  # noqa: E712
        if taken is None:
            _write(w, fellowships, row["id"], {"participant_id": survivor["id"]}, row)
            written += 1
    return written
