"""Insert new entries into the gettext catalogues (the six ``fielddesk.po`` and the template ``fielddesk.pot``) from a
table of translations: a Python module with ``T``: {key: {lang: text}} for plain entries and, optionally, ``PLURAL``:
{key: (param, {lang: [forms in the order of the language's Plural-Forms]})}, every language English included (see
tools/translations/english_left_po.py). The English text becomes each entry's translator comment, as
tools/vocabulary_to_po.py wrote them. An entry already in a file is replaced (so the table can be corrected and the
script run again); every other entry is left as it is, in the files' order (sorted by key, the ``former`` context
last). Usage: python tools/po_insert.py tools/translations/NAME.py, then `make translations`."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

LOCALE = Path(__file__).resolve().parent.parent / "app" / "locale"
LANGS = ("en", "fr", "es", "ru", "ar", "zh")
NPLURALS = {"en": 2, "fr": 3, "es": 3, "ru": 3, "ar": 6, "zh": 1}


def load(path: Path) -> tuple[dict, dict]:
    spec = importlib.util.spec_from_file_location("texts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.T, getattr(module, "PLURAL", {})


def _comments(english) -> list[str]:
    if isinstance(english, list):
        return [f"English (one): {english[0]}", f"English (other): {english[-1]}"]
    return [f"English: {english}"]


def _blocks(text: str) -> tuple[str, list[str]]:
    """The file's header and its entries, one block of lines each (entries are separated by one blank line)."""
    header, *entries = text.rstrip("\n").split("\n\n")
    return header, entries


def _sort_key(block: str) -> tuple[str, str]:
    context = next((line[9:-1] for line in block.splitlines() if line.startswith("msgctxt ")), "")
    msgid = next(line[7:-1] for line in block.splitlines() if line.startswith("msgid "))
    return context, msgid


def _entry(lang: str | None, key: str, strings, comments: list[str], param: str | None) -> str:
    """One entry written by Babel (its wrapping at 120 columns, its escapes), as tools/vocabulary_to_po.py wrote."""
    catalog = Catalog(locale=lang or "en", fuzzy=False)
    catalog.add((key, param) if param else key, strings, auto_comments=comments)
    out = io.BytesIO()
    write_po(out, catalog, width=120, omit_header=True, sort_output=False, ignore_obsolete=True)
    return out.getvalue().decode("utf-8").strip("\n")


def _insert(path: Path, lang: str | None, plain: dict, plural: dict) -> None:
    header, entries = _blocks(path.read_text(encoding="utf-8"))
    new = {}
    for key, texts in plain.items():
        missing = [code for code in LANGS if code not in texts]
        if missing:
            raise SystemExit(f"{key}: no text in {', '.join(missing)}")
        new[key] = _entry(lang, key, texts[lang] if lang else "", _comments(texts["en"]), None)
    for key, (param, forms) in plural.items():
        missing = [code for code in LANGS if code not in forms]
        if missing:
            raise SystemExit(f"{key}: no forms in {', '.join(missing)}")
        wanted = len(forms[lang]) if lang else 2
        if lang and wanted != NPLURALS[lang]:
            raise SystemExit(f"{key}: {lang} has {NPLURALS[lang]} plural forms, the table gives {wanted}")
        strings = tuple(forms[lang]) if lang else ("", "")
        new[key] = _entry(lang, key, strings, _comments(forms["en"]), param)
    kept = [block for block in entries if _sort_key(block) not in {("", key) for key in new}]
    merged = sorted(kept + list(new.values()), key=_sort_key)
    path.write_text("\n\n".join([header, *merged]) + "\n\n", encoding="utf-8")  # Babel ends with a blank line


def main(table: str) -> None:
    plain, plural = load(Path(table))
    _insert(LOCALE / "fielddesk.pot", None, plain, plural)
    for lang in LANGS:
        _insert(LOCALE / lang / "LC_MESSAGES" / "fielddesk.po", lang, plain, plural)


if __name__ == "__main__":
    main(sys.argv[1])
