"""How hard a passphrase is to guess: zxcvbn's estimate (Dropbox's estimator: dictionaries, names, dates, keyboard
patterns, repeats), not a rule of character classes. Both the command line and the window refuse a passphrase below
``MIN_SCORE``: with the key derivation's cost (app/services/profile/vault.py), such a guess list takes years on one
core."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

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


def problem(passphrase: str, known_words: tuple[str, ...] = ()) -> str | None:
    """Why the passphrase is refused, in one plain paragraph; None when it is strong enough."""
    passphrase = normalise(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return ("The passphrase must have at least 8 characters; a few unrelated words are easier to remember and "
                "harder to guess.")
    strength = estimate(passphrase, known_words)
    if strength.acceptable:
        return None
    why = f" ({strength.warning.rstrip('.')})" if strength.warning else ""
    return (f"The passphrase is too easy to guess{why}: a computer would find it among about "
            f"10^{strength.guesses_log10:.0f} tries. Use three or four unrelated words, or a longer sentence "
            "of your own; avoid names, dates, keyboard patterns and well-known phrases.")
