"""The catalogue's files: one gettext domain, ``fielddesk``, one ``.po`` source a language in
``app/locale/<lang>/LC_MESSAGES/fielddesk.po`` (the template is ``app/locale/fielddesk.pot``), compiled to ``.mo`` by
``make translations`` and by the package build (``setup.py``).

The msgid of an entry is its key (``enum.MissionStatus.closed``, ``problem.required``, ``report.title``); the English
text is the English catalogue's msgstr and every language's translator comment. A text that depends on a count is a
gettext plural entry: its msgid_plural names the parameter that holds the count (``n`` in report text, ``count`` or
another in problems), its msgstr[i] are the language's forms in the order of its ``Plural-Forms`` (Babel's CLDR
data). Words a former version showed for a key (the spreadsheet import still accepts them) have the context
``former``, one spelling a line.

Read lazily, on first use (never on the way to the first screen): the compiled ``.mo`` with the standard library
alone, or the ``.po`` with Babel in a checkout where it has not been compiled yet (or was edited since)."""

from __future__ import annotations

import gettext
import struct
from functools import cache
from pathlib import Path

from app.vocabulary.plurals import Plural

DOMAIN = "fielddesk"
LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
FORMER = "former"  # msgctxt of the former spellings of a key
_CONTEXT = "\x04"  # gettext's separator between a context and its msgid in a compiled catalogue


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _rule(header: str):
    """The ``plural=`` expression of a catalogue's ``Plural-Forms`` header as a function of a whole count."""
    for line in header.splitlines():
        if line.lower().startswith("plural-forms:"):
            return gettext.c2py(line.split("plural=", 1)[1].strip().rstrip(";"))
    return lambda n: int(n != 1)


def _read_mo(data: bytes) -> dict[str, str | Plural | list[str]]:
    """A compiled catalogue (GNU .mo, either byte order): key -> text, plural entry or former spellings."""
    order = "<" if struct.unpack("<I", data[:4])[0] == 0x950412DE else ">"
    _, count, originals, translations = struct.unpack(order + "4I", data[4:20])
    pairs = []
    for n in range(count):
        olen, ooff = struct.unpack(order + "2I", data[originals + 8 * n:originals + 8 * n + 8])
        tlen, toff = struct.unpack(order + "2I", data[translations + 8 * n:translations + 8 * n + 8])
        pairs.append((data[ooff:ooff + olen].decode(), data[toff:toff + tlen].decode()))
    header = next((text for key, text in pairs if key == ""), "")
    rule = _rule(header)
    raw = []
    for key, text in pairs:
        if not key:
            continue
        if "\x00" in key:
            key, param = key.split("\x00", 1)
            forms = text.split("\x00")
            if all(forms):
                raw.append((key, Plural(param, forms, rule)))
        else:
            raw.append((key, text))
    return _entries(raw)


def _read_po(path: Path) -> dict[str, str | Plural | list[str]]:
    """A catalogue's source, read with Babel (a checkout whose .mo is missing or older than its .po)."""
    from babel.messages.pofile import read_po

    with path.open("rb") as source:
        catalog = read_po(source)
    rule = gettext.c2py(catalog.plural_expr)
    raw = []
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if message.pluralizable:
            (msgid, param), forms = message.id, list(message.string)
            value = Plural(param, forms, rule) if all(forms) else None
        else:
            msgid, value = message.id, message.string or None
        if value is not None:
            raw.append((f"{message.context}{_CONTEXT}{msgid}" if message.context else msgid, value))
    return _entries(raw)


def _entries(raw) -> dict[str, str | Plural | list[str]]:
    out: dict[str, str | Plural | list[str]] = {}
    for key, value in raw:
        if key.startswith(FORMER + _CONTEXT):
            out[key] = value.split("\n")
        else:
            out[key] = value
    return out


@cache
def entries(lang: str) -> dict[str, str | Plural | list[str]]:
    """Every entry of ``lang``'s catalogue (empty when there is none): the compiled one when it is up to date."""
    po, mo = po_path(lang), mo_path(lang)
    if mo.exists() and (not po.exists() or mo.stat().st_mtime >= po.stat().st_mtime):
        return _read_mo(mo.read_bytes())
    if po.exists():
        return _read_po(po)
    return {}


@cache
def texts(lang: str) -> dict[str, str | Plural]:
    """Key -> text (or plural entry) of ``lang``: what ``app.vocabulary.words`` gives."""
    return {key: value for key, value in entries(lang).items() if _CONTEXT not in key}


@cache
def former(lang: str) -> dict[str, list[str]]:
    """Key -> the spellings a former FieldDesk showed for it in ``lang`` (the spreadsheet import accepts them)."""
    prefix = FORMER + _CONTEXT
    return {key.removeprefix(prefix): value for key, value in entries(lang).items() if key.startswith(prefix)}
