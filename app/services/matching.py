"""Finding people who are probably already recorded: the same or a similar name in the same organisation, whatever
script it was typed in.

Names are compared in Latin letters (``anyascii``: Иван Петров and Ivan Petrov, 王小明 and Wang Xiaoming are the
same key) and fuzzily (``rapidfuzz``): word order, case, accents and punctuation do not count. Arabic is written
without short vowels, so a name in Arabic script is also compared by its consonants (محمد, "mhmd", finds Mohammed).

Used by the enrollment editor and the participant form ("possible duplicate"), by spreadsheet imports (offer a
match, not a duplicate), and by ``fielddesk participants duplicates``. Pairs that people decided are two persons
(``participant_distinct``) are never offered again.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import permutations
from typing import TYPE_CHECKING

from anyascii import anyascii
from rapidfuzz import fuzz
from sqlalchemy import select

from app.services.errors import FieldDeskError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

SIMILAR = 0.85
VOWELS = str.maketrans("", "", "aeiouy")


def _abjad(text: str) -> bool:
    return any(unicodedata.name(ch, "").startswith(("ARABIC", "HEBREW")) for ch in text)


def words_of(text: str) -> list[str]:
    """The words of a name in plain Latin letters, lower case, in their order."""
    # Soft and hard signs come out as ' and " (Ol'ga): letters of the word, not breaks between words.
    plain = anyascii(unicodedata.normalize("NFKC", text or "")).casefold().replace("'", "").replace('"', "")
    return "".join(ch if ch.isalnum() else " " for ch in plain).split()


def normalise(text: str) -> str:
    """Script, case, accents, punctuation and word order do not make two names different."""
    return " ".join(sorted(words_of(text)))


def _joined_orders(words: list[str]) -> list[str]:
    """The words joined without spaces in every order: a Chinese name comes as one word (王小明 is "wangxiaoming"),
    which must meet "Xiaoming Wang" as well as "Wang Xiaoming"."""
    if len(words) > 4:
        return ["".join(words)]
    return ["".join(p) for p in permutations(words)]


@dataclass(frozen=True)
class Name:
    """A name made ready for comparing once: its words in Latin letters, sorted, and its script's kind."""

    words: tuple[str, ...]
    key: str
    abjad: bool

    @classmethod
    def of(cls, text: str) -> Name:
        words = tuple(words_of(text))
        return cls(words, " ".join(sorted(words)), _abjad(text or ""))


def similarity(a: str | Name, b: str | Name) -> float:
    a = a if isinstance(a, Name) else Name.of(a)
    b = b if isinstance(b, Name) else Name.of(b)
    wa, wb, na, nb = a.words, b.words, a.key, b.key
    if not na or not nb:
        return 0.0
    if na == nb:
        return 1.0
    if a.abjad == b.abjad and fuzz.ratio(na, nb, score_cutoff=60) == 0 and (len(wa) == 1) == (len(wb) == 1):
        return 0.0  # far apart whichever way they are compared below (most of a profile: cheap to leave out)
    best = fuzz.ratio(na, nb)
    if len(wa) > 1 and len(wb) > 1 and a.abjad == b.abjad:
        # Every word must find its like: "Svetlana Kozlova" and "Svetlana Orlova" share a long first name, which
        # alone makes the whole names look 90 % alike. The weakest word's likeness pulls the score down.
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        weakest = min(max(fuzz.ratio(x, y) for y in long_) for x in short)
        best = (best + weakest) / 2
    if (len(wa) == 1) != (len(wb) == 1):  # one side written as one word (Chinese): compare without spaces
        single, several = ("".join(wa), wb) if len(wa) == 1 else ("".join(wb), wa)
        best = max(best, *(fuzz.ratio(single, joined) for joined in _joined_orders(list(several))))
    if a.abjad != b.abjad:  # one side written without short vowels: compare the consonants
        best = max(best, fuzz.ratio(na.translate(VOWELS), nb.translate(VOWELS)) * 0.97)
    return best / 100.0


@dataclass(frozen=True)
class Match:
    id: str
    full_name: str
    organisation: str
    score: float
    owner_office: str = ""


# Transliterating is most of the cost of reading a profile's names: a name already seen is not done again when the
# table has changed (a save reads the live people again, 50,000 of them in a large profile).
_name_of = lru_cache(maxsize=262_144)(Name.of)
_org_of = lru_cache(maxsize=65_536)(normalise)
_PEOPLE_CACHE: dict[int, tuple[tuple, list[dict]]] = {}  # engine -> (what the tables held, the live people)


def _live_people(conn: Connection) -> list[dict]:
    """Live participants with their names made ready (``name``). Kept while the table is unchanged (its newest
    change-log entry, and the table's count of rows), so a spreadsheet import asking for each of its rows reads them once."""
    from sqlalchemy import func

    from app.models.local import ChangeLog
    from app.models.participants import Participant

    table, log = Participant.__table__, ChangeLog.__table__
    version = (str(conn.engine.url), conn.execute(select(func.max(log.c.seq))).scalar(),
               conn.execute(select(func.count()).select_from(table)).scalar())
    cached = _PEOPLE_CACHE.get(id(conn.engine))
    if cached is not None and cached[0] == version:
        return cached[1]
    rows = conn.execute(select(table.c.id, table.c.full_name, table.c.organisation, table.c.owner_office)
                        .where(table.c.deleted == False)).mappings()  # noqa: E712
    people = [{**r, "name": _name_of(r["full_name"]), "org": _org_of(r["organisation"])} for r in rows]
    if len(_PEOPLE_CACHE) > 8:  # profiles opened and closed (tests): keep memory bounded
        _PEOPLE_CACHE.clear()
    _PEOPLE_CACHE[id(conn.engine)] = (version, people)
    return people


def distinct_pairs(conn: Connection) -> set[frozenset[str]]:
    """Pairs people decided are two persons."""
    from app.models.participants import ParticipantDistinct

    table = ParticipantDistinct.__table__
    rows = conn.execute(select(table.c.participant_id, table.c.other_id).where(table.c.deleted == False))  # noqa: E712
    return {frozenset(r) for r in rows}


def similar_participants(fd: FieldDesk, full_name: str, organisation: str = "", *, limit: int = 5,
                         exclude_id: str | None = None) -> list[Match]:
    """Live participants whose name is the same or similar (in any script), in the same organisation when one is
    given. Every live name is compared: a full-text search cannot find Иван Петров from "Ivan"."""
    if not normalise(full_name):
        return []
    wanted_org, wanted = normalise(organisation), Name.of(full_name)
    with fd.reading() as conn:
        people = _live_people(conn)
        distinct = distinct_pairs(conn) if exclude_id else set()
    matches = []
    for row in people:
        if row["id"] == exclude_id or frozenset((row["id"], exclude_id)) in distinct:
            continue
        if wanted_org and row["org"] != wanted_org:
            continue
        score = similarity(wanted, row["name"])
        if score >= SIMILAR:
            matches.append(Match(row["id"], row["full_name"], row["organisation"], round(score, 3),
                                 row["owner_office"]))
    matches.sort(key=lambda m: (-m.score, m.full_name))
    return matches[:limit]


class PossibleDuplicate(FieldDeskError):
    """A new person was about to be recorded while similar records exist and nobody decided about them."""

    def __init__(self, matches: list[Match]):
        names = "; ".join(m.full_name for m in matches)
        super().__init__(f"This person may be recorded already ({names}): use the existing record, or say that "
                         "this is not the same person.")
        self.matches = matches


def create_checked(fd: FieldDesk, data: dict, *, not_same_as: list[str] | None = None) -> str:
    """Record a new participant, unless similar people exist that nobody has decided about (``not_same_as``: the
    ids people said are someone else; the decisions are kept, so the pairs are not offered again)."""
    with fd.writing():
        decided = set(not_same_as or [])
        pending = [m for m in similar_participants(fd, data.get("full_name", ""), data.get("organisation", ""))
                   if m.id not in decided]
        if pending:
            raise PossibleDuplicate(pending)
        person = fd.participants.create(data)
        for other in sorted(decided):
            record_not_same(fd, person, other)
    return person


def record_not_same(fd: FieldDesk, participant_id: str, other_id: str) -> None:
    """Keep the decision that two records are two people (a record that travels with the first one)."""
    with fd.reading() as conn:
        if frozenset((participant_id, other_id)) in distinct_pairs(conn):
            return
    fd.service("participant_distinct").create({"participant_id": participant_id, "other_id": other_id})


@dataclass(frozen=True)
class Pair:
    first: Match
    second: Match
    score: float


def probable_duplicates(fd: FieldDesk, *, threshold: float = SIMILAR) -> list[Pair]:
    """Every pair of live participants whose names are probably one person's, across the whole profile (every
    office's records at headquarters), best first. Names are compared only when they share the start of a word (or
    of their consonants), so a profile of thousands costs thousands of comparisons, not millions."""
    with fd.reading() as conn:
        people = _live_people(conn)
        distinct = distinct_pairs(conn)
    blocks: dict[str, list[int]] = {}
    for i, row in enumerate(people):
        keys = set()
        for word in words_of(row["full_name"]):
            keys.add(word[:3])
            keys.add("#" + word.translate(VOWELS)[:2])
        for key in keys:
            blocks.setdefault(key, []).append(i)
    seen: set[tuple[int, int]] = set()
    pairs = []
    for members in blocks.values():
        if len(members) > 2000:  # a word everyone shares ("mohamed") is no evidence on its own
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                key = (members[x], members[y])
                if key in seen:
                    continue
                seen.add(key)
                a, b = people[key[0]], people[key[1]]
                if frozenset((a["id"], b["id"])) in distinct:
                    continue
                score = similarity(a["name"], b["name"])
                if score >= threshold:
                    first, second = sorted((a, b), key=lambda r: (r["full_name"], r["id"]))
                    pairs.append(Pair(_match(first, score), _match(second, score), round(score, 3)))
    pairs.sort(key=lambda p: (-p.score, p.first.full_name, p.first.id))
    return pairs


def _match(row: dict, score: float) -> Match:
    return Match(row["id"], row["full_name"], row["organisation"], round(score, 3), row["owner_office"])
