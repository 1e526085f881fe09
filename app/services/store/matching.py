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
from rapidfuzz import fuzz, process
from sqlalchemy import select

from app.models.local import ChangeLog
from app.models.participants import Participant, ParticipantDistinct
from app.services.errors import FieldDeskError

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from app.services.core import FieldDesk

SIMILAR = 0.85
COMMON_BLOCK = 2000  # people sharing a block key beyond which the key says little about who is who
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


def spelled_alike(a: str, b: str) -> bool:
    """The same letters (case, accents, punctuation and word order aside), in the same script: Иван Петров and
    Ivan Petrov are alike for ``similarity`` but spelled apart, so an import offers the match instead of assuming it."""
    def plain(text: str) -> str:
        decomposed = unicodedata.normalize("NFKD", text or "")
        letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
        return " ".join(sorted("".join(ch if ch.isalnum() else " " for ch in letters).split()))

    return plain(a) == plain(b)


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


def block_keys(name: Name) -> set[str]:
    """Names are compared only when they share one of these: the start of a word, or of its consonants (a name
    in Arabic script has no short vowels). A profile of 50,000 people then costs a few hundred comparisons a name."""
    keys = set()
    for word in name.words:
        keys.add(word[:3])
        keys.add("#" + word.translate(VOWELS)[:2])
    return keys


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
_PEOPLE_CACHE: dict[int, tuple[tuple, People]] = {}  # engine -> (what the tables held, the live people)


@dataclass
class People:
    rows: list[dict]
    blocks: dict[str, list[int]]  # block key -> the rows that have it

    def near(self, name: Name) -> list[dict]:
        """The people who share a block with ``name``. A block thousands share (a common first name) is left out
        when the name has a rarer one (its surname): a match shares that one too."""
        sizes = sorted((len(self.blocks.get(key, ())), key) for key in block_keys(name))
        chosen = [key for size, key in sizes if size <= COMMON_BLOCK] or [key for _size, key in sizes[:1]]
        found: set[int] = set()
        for key in chosen:
            found.update(self.blocks.get(key, ()))
        return [self.rows[i] for i in sorted(found)]


def _live_people(conn: Connection) -> People:
    """Live participants with their names made ready (``name``). Kept while the table is unchanged (its newest
    change-log entry, and the table's count of rows), so a spreadsheet import asking for each of its rows reads them
    once."""
    from sqlalchemy import func

    table, log = Participant.__table__, ChangeLog.__table__
    version = (str(conn.engine.url), conn.execute(select(func.max(log.c.seq))).scalar(),
               conn.execute(select(func.count()).select_from(table)).scalar())
    cached = _PEOPLE_CACHE.get(id(conn.engine))
    if cached is not None and cached[0] == version:
        return cached[1]
    rows = conn.execute(select(table.c.id, table.c.full_name, table.c.organisation, table.c.owner_office)
                        .where(table.c.deleted == False)).mappings()  # noqa: E712
    people = [{**r, "name": _name_of(r["full_name"]), "org": _org_of(r["organisation"])} for r in rows]
    blocks: dict[str, list[int]] = {}
    for i, row in enumerate(people):
        for key in block_keys(row["name"]):
            blocks.setdefault(key, []).append(i)
    people = People(people, blocks)
    if len(_PEOPLE_CACHE) > 8:  # profiles opened and closed (tests): keep memory bounded
        _PEOPLE_CACHE.clear()
    _PEOPLE_CACHE[id(conn.engine)] = (version, people)
    return people


def distinct_pairs(conn: Connection) -> set[frozenset[str]]:
    """Pairs people decided are two persons."""
    table = ParticipantDistinct.__table__
    rows = conn.execute(select(table.c.participant_id, table.c.other_id).where(table.c.deleted == False))  # noqa: E712
    return {frozenset(r) for r in rows}


def similar_participants(fd: FieldDesk, full_name: str, organisation: str = "", *, limit: int = 5,
                         exclude_id: str | None = None) -> list[Match]:
    """Live participants whose name is the same or similar (in any script), in the same organisation when one is
    given. Names are compared in Latin letters (a full-text search cannot find Иван Петров from "Ivan"), among the
    people who share the start of a word with the name (``block_keys``)."""
    if not normalise(full_name):
        return []
    wanted_org, wanted = normalise(organisation), Name.of(full_name)
    with fd.reading() as conn:
        people = _live_people(conn)
        distinct = distinct_pairs(conn) if exclude_id else set()
    matches = []
    for row in _prefiltered(wanted, people.near(wanted)):
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


def _prefiltered(wanted: Name, rows: list[dict]) -> list[dict]:
    """Those of ``rows`` that may reach ``SIMILAR``: names of several words in one kind of script are compared whole
    first in rapidfuzz's C loop (a score of 0.85 needs at least 0.7 there); the others are all kept."""
    plain_wanted = len(wanted.words) > 1 and not wanted.abjad
    plain = [r for r in rows if plain_wanted and len(r["name"].words) > 1 and not r["name"].abjad]
    kept = [r for r in rows if not (plain_wanted and len(r["name"].words) > 1 and not r["name"].abjad)]
    hits = process.extract(wanted.key, [r["name"].key for r in plain], scorer=fuzz.ratio, score_cutoff=70,
                           limit=None)
    return kept + [plain[index] for _key, _score, index in hits]


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
        live = _live_people(conn)
        distinct = distinct_pairs(conn)
    people, blocks = live.rows, live.blocks
    seen: set[tuple[int, int]] = set()
    pairs = []

    def consider(i: int, j: int) -> None:
        key = (min(i, j), max(i, j))
        if i == j or key in seen:
            return
        seen.add(key)
        a, b = people[key[0]], people[key[1]]
        if frozenset((a["id"], b["id"])) in distinct:
            return
        score = similarity(a["name"], b["name"])
        if score >= threshold:
            first, second = sorted((a, b), key=lambda r: (r["full_name"], r["id"]))
            pairs.append(Pair(_match(first, score), _match(second, score), round(score, 3)))

    for members in blocks.values():
        if len(members) < 2 or len(members) > 5000:  # a word everyone shares is no evidence on its own
            continue
        # Names of several words in one kind of script are first compared whole, in rapidfuzz's C loop, keeping
        # only the near ones; a one-word name (Chinese) or a name in Arabic script meets everyone in the block.
        plain = [i for i in members if len(people[i]["name"].words) > 1 and not people[i]["name"].abjad]
        special = [i for i in members if len(people[i]["name"].words) <= 1 or people[i]["name"].abjad]
        keys = [people[i]["name"].key for i in plain]
        for n, i in enumerate(plain):
            for _key, _score, m in process.extract(keys[n], keys[n + 1:], scorer=fuzz.ratio, score_cutoff=70,
                                                   limit=None):
                consider(i, plain[n + 1 + m])
        for i in special:
            for j in members:
                consider(i, j)
    pairs.sort(key=lambda p: (-p.score, p.first.full_name, p.first.id))
    return pairs


def _match(row: dict, score: float) -> Match:
    return Match(row["id"], row["full_name"], row["organisation"], round(score, 3), row["owner_office"])
