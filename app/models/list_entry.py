"""What the entries of headquarters' extendable reference lists share (thematic areas, stakeholder types, which
are also the trainings' target groups, and the mechanism lists): a stable code, the English name, names in the
other five languages and a "retired" flag instead of a delete.

Records point to an entry by its id (made from its code), never by its name, so headquarters renaming an entry or
translating it again changes no record and no report. A retired entry still names the records that use it, but is
no longer offered for new ones."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

from app.vocabulary.problems import ProblemError

# The languages an entry is named in besides English (English is the entry's ``name``).
OTHER_LANGUAGES = ("fr", "es", "ru", "ar", "zh")
NAME_MAX = 200
# A code is written once and kept: letters, digits and . _ - (it makes the entry's id and names it in exports).
CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def clean_names(names: dict[str, str]) -> dict[str, str]:
    """The names by language, trimmed, empty ones dropped; a language FieldDesk does not have, or a name too long,
    is refused."""
    cleaned: dict[str, str] = {}
    for lang, text in (names or {}).items():
        if lang not in OTHER_LANGUAGES:
            raise ProblemError("names", "names.not_language", title="Names", language=lang,
                               languages=", ".join(OTHER_LANGUAGES))
        if not isinstance(text, str):
            raise ProblemError("names", "names.not_text", title="Names", language=lang)
        text = text.strip()
        if len(text) > NAME_MAX:
            raise ProblemError("names", "too_long", title="Names", max=NAME_MAX)
        if text:
            cleaned[lang] = text
    return dict(sorted(cleaned.items(), key=lambda item: OTHER_LANGUAGES.index(item[0])))


def clean_code(code: str) -> str:
    code = code.strip()
    if code and not CODE_PATTERN.match(code):
        raise ProblemError("code", "code_format", title="Code")
    return code


Names = Annotated[dict[str, str], AfterValidator(clean_names)]
Code = Annotated[str, AfterValidator(clean_code)]
