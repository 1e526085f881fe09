"""Finding people who are probably already recorded: the same or a similar name in the same organisation.

Used by the enrollment editor ("possible duplicate") and by spreadsheet imports (offer a match, not a duplicate).
"""

from __future__ import annotations

import difflib
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.services.query import ListQuery

if TYPE_CHECKING:
    from app.services.core import FieldDesk

SIMILAR = 0.85


def normalise(text: str) -> str:
    """Case, accents, punctuation and word order do not make two names different."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    words = "".join(ch if ch.isalnum() else " " for ch in plain).split()
    return " ".join(sorted(words))


def similarity(a: str, b: str) -> float:
    na, nb = normalise(a), normalise(b)
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    return difflib.SequenceMatcher(None, na, nb).ratio()


@dataclass(frozen=True)
class Match:
    id: str
    full_name: str
    organisation: str
    score: float


def similar_participants(fd: FieldDesk, full_name: str, organisation: str = "", *, limit: int = 5,
                         exclude_id: str | None = None) -> list[Match]:
    """Live participants whose name is the same or similar, in the same organisation when one is given."""
    words = normalise(full_name).split()
    if not words:
        return []
    candidates: dict[str, dict] = {}
    # The whole name first (so a common surname cannot crowd out the exact person), then each word for near misses.
    for text in [" ".join(words), *words]:
        if len(text) < 2:
            continue
        ids = fd.participants.ids(ListQuery(search=text, limit=200))
        fresh = [i for i in ids if i not in candidates]
        for row in fd.participants.rows(fresh, ["full_name", "organisation"]):
            candidates[row["id"]] = row
    wanted_org = normalise(organisation)
    matches = []
    for row in candidates.values():
        if row["id"] == exclude_id:
            continue
        if wanted_org and normalise(row["organisation"]) != wanted_org:
            continue
        score = similarity(full_name, row["full_name"])
        if score >= SIMILAR:
            matches.append(Match(row["id"], row["full_name"], row["organisation"], round(score, 3)))
    matches.sort(key=lambda m: (-m.score, m.full_name))
    return matches[:limit]
