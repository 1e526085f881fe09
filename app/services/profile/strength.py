"""How hard a passphrase is to guess: zxcvbn's estimate (Dropbox's estimator: dictionaries, names, dates, keyboard
patterns, repeats), not a rule of character classes. Both the command line and the window refuse a passphrase below
``MIN_SCORE``: with the key derivation's cost (app/services/profile/vault.py), such a guess list takes years on one
core."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from app.vocabulary.problems import ProblemText
from app.vocabulary.problems import problem as coded

MIN_LENGTH = 8
MIN_SCORE = 3  # zxcvbn's "safely unguessable" (10^8 guesses and more)
_CHECKED_CHARS = 100  # zxcvbn's cost grows with the length; a longer passphrase is judged by its start


def normalise(passphrase: str) -> str:
    """The same passphrase typed on any keyboard (composed or decomposed accents) is the same key: NFC."""
    return unicodedata.normalize("NFC", passphrase)


@dataclass(frozen=True)
class Strength:
    score: int
    guesses_log10: float
    warning: str
    suggestions: tuple[str, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


def estimate(passphrase: str, known_words: tuple[str, ...] = ()) -> Strength:
    """``known_words``: what an attacker knows of this profile (office code and name), counted as guessable."""
    from zxcvbn import zxcvbn

    result = zxcvbn(normalise(passphrase)[:_CHECKED_CHARS], user_inputs=[w for w in known_words if w])
    feedback = result.get("feedback") or {}
    return Strength(int(result["score"]), float(result["guesses_log10"]), feedback.get("warning") or "",
                    tuple(feedback.get("suggestions") or ()))


# zxcvbn's warnings are English sentences it writes itself (``zxcvbn.feedback``): each is looked up here, whole, and
# said with the catalogue's words (``problem.passphrase.why.<code>``). A warning a later zxcvbn adds is left out
# rather than shown in English.
WARNINGS = {
    "Straight rows of keys are easy to guess.": "keyboard_row",
    "Short keyboard patterns are easy to guess.": "keyboard_pattern",
    'Repeats like "aaa" are easy to guess.': "repeated_character",
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': "repeated_group",
    'Sequences like "abc" or "6543" are easy to guess.': "sequence",
    "Recent years are easy to guess.": "recent_year",
    "Dates are often easy to guess.": "date",
    "This is a top-10 common password.": "top_10",
    "This is a top-100 common password.": "top_100",
    "This is a very common password.": "very_common",
    "This is similar to a commonly used password.": "like_common",
    "A word by itself is easy to guess.": "single_word",
    "Names and surnames by themselves are easy to guess.": "name_alone",
    "Common names and surnames are easy to guess.": "common_name",
}


def problem(passphrase: str, known_words: tuple[str, ...] = ()) -> ProblemText | None:
    """Why the passphrase is refused, in one plain paragraph (a coded problem: the screen says it in its language,
    zxcvbn's own warning included); None when it is strong enough."""
    passphrase = normalise(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return coded("passphrase.too_short", min=MIN_LENGTH)
    strength = estimate(passphrase, known_words)
    if strength.acceptable:
        return None
    tries = round(strength.guesses_log10)
    why = WARNINGS.get(strength.warning)
    if why is None:
        return coded("passphrase.too_easy", power=tries)
    return coded("passphrase.too_easy_because", power=tries, why=coded(f"passphrase.why.{why}"))
