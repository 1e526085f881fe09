"""Convert the catalogue's Python modules into gettext catalogues, then remove them.

    .venv/bin/python tools/vocabulary_to_po.py            # write app/locale/..., delete the converted modules
    .venv/bin/python tools/vocabulary_to_po.py --keep     # write app/locale/... only (to look at the result)

Reads every word the Python modules hold (``app/vocabulary/<lang>.py`` and the modules they take words from,
``app/vocabulary/bundles/<lang>.py``, every other module under ``app/vocabulary`` with a public ``{lang: {key: text}}``
table such as ``CLOCK_WORDS``, ``former.py``'s former spellings, and the report text ``app/reports/messages``) and
writes one ``fielddesk.po`` a language under ``app/locale/<lang>/LC_MESSAGES/`` plus the template
``app/locale/fielddesk.pot`` (see ``app.vocabulary.catalogue`` for the entries' shape and docs/ARCHITECTURE.md).

Re-runnable: on a tree where engineers added words to the Python modules, it writes the catalogues again from the
modules (the modules are the whole truth while they exist; the .po files are replaced, never merged) and removes
them. On a tree without the modules it does nothing. Both plural schemes become gettext plurals: the entries made
with ``plural(one=..., other=...)`` (their count parameter kept as the msgid_plural) and the reports' ``key.one``,
``key.few`` ... keys beside ``key`` (the count is ``n``)."""

from __future__ import annotations

import argparse
import gettext
import importlib
import importlib.util
import re
import shutil
import sys
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
VOCABULARY = ROOT / "app" / "vocabulary"
MESSAGES = ROOT / "app" / "reports" / "messages"
LOCALE = ROOT / "app" / "locale"
DOMAIN = "fielddesk"
CODE_MODULES = {"__init__", "catalogue", "numerals", "plurals", "problems"}  # app/vocabulary's code: kept
REPORT_FORM = re.compile(r"^(?P<base>.+)\.(?P<category>zero|one|two|few|many)$")
STAMP = datetime(2026, 12, 1, tzinfo=UTC)  # fixed, so that converting again changes only what changed
FORMER = "former"
HEADER = """\
# FieldDesk's words that name data (enum labels, field titles, reference names, problems) and its report text:
# {lang}. One entry a key (the msgid); the English text is in each entry's comment. Made once by
# tools/vocabulary_to_po.py from the former Python modules; from then on, this file is the source (DEVELOPERS.md,
# "How to add a word").
#"""


class LegacyPlural(dict):
    """What the modules' ``plural(one=..., other=...)`` made: forms by CLDR category, the count's parameter."""

    def __init__(self, param: str = "count", /, **forms: str):
        super().__init__(forms)
        self.param = param


def _legacy_plural(param: str = "count", /, **forms: str) -> LegacyPlural:
    return LegacyPlural(param, **forms)


def _is_plural(value) -> bool:
    return isinstance(value, dict)


def _language_tables(module) -> list[dict]:
    """A module's public ``{lang: {key: text}}`` tables."""
    return [value for name, value in vars(module).items()
            if not name.startswith("_") and isinstance(value, dict) and value and set(value) <= set(LANGS)
            and all(isinstance(v, dict) for v in value.values())]


def read_modules() -> tuple[dict[str, dict], dict[str, dict[str, list[str]]], list[Path]]:
    """lang -> key -> text or plural forms; lang -> key -> former spellings; the module files read."""
    import app.vocabulary.plurals as plurals

    # the modules' constructors (gone from the app once they are converted): plural(one=..., other=...), Plural(...)
    plurals.plural, plurals.Plural = _legacy_plural, LegacyPlural
    catalogues: dict[str, dict] = {lang: {} for lang in LANGS}
    former: dict[str, dict[str, list[str]]] = {lang: {} for lang in LANGS}
    read: list[Path] = []
    for lang in LANGS:
        for name in (f"app.vocabulary.{lang}", f"app.vocabulary.bundles.{lang}"):
            if importlib.util.find_spec(name) is not None:
                catalogues[lang].update(importlib.import_module(name).WORDS)
    from_languages = {name.rsplit(".", 1)[1] for name in sys.modules if name.startswith("app.vocabulary.")}
    topics = sorted(p.stem for p in VOCABULARY.glob("*.py") if p.stem not in CODE_MODULES and p.stem not in LANGS)
    for stem in topics:
        module = importlib.import_module(f"app.vocabulary.{stem}")
        if stem == FORMER:
            for lang, table in module.FORMER_WORDS.items():
                former[lang].update(table)
            read.append(VOCABULARY / f"{stem}.py")
            continue
        tables = _language_tables(module)
        for table in tables:
            for lang in LANGS:
                catalogues[lang].update(table.get(lang, {}))
        if tables or stem in from_languages:  # a module of words (not code): converted
            read.append(VOCABULARY / f"{stem}.py")
    read += [VOCABULARY / f"{lang}.py" for lang in LANGS if (VOCABULARY / f"{lang}.py").exists()]
    if (VOCABULARY / "bundles").exists():
        read.append(VOCABULARY / "bundles")
    for lang in LANGS:  # the report text: its language modules take in the topic modules beside them
        name = f"app.reports.messages.{lang}"
        if importlib.util.find_spec("app.reports.messages") is not None and importlib.util.find_spec(name):
            messages = importlib.import_module(name).MESSAGES
            clash = [k for k in messages if k in catalogues[lang] and messages[k] != catalogues[lang][k]]
            if clash:
                raise SystemExit(f"{lang}: the report text and the vocabulary disagree on {clash[:5]}")
            catalogues[lang].update(messages)
    if MESSAGES.exists():
        read.append(MESSAGES)
    return catalogues, former, read


def _report_plurals(catalogues: dict[str, dict]) -> None:
    """The reports' ``key.one``, ``key.few`` ... beside ``key`` (its "other") become one plural entry counted by n."""
    bases = {m["base"] for table in catalogues.values() for key in table if (m := REPORT_FORM.match(key))
             and any(m["base"] in t for t in catalogues.values())}
    for table in catalogues.values():
        for base in bases:
            forms = {c: table.pop(f"{base}.{c}") for c in ("zero", "one", "two", "few", "many")
                     if f"{base}.{c}" in table}
            if base in table:
                forms["other"] = table[base]
                table[base] = LegacyPlural("n", **forms)


def _categories(lang: str) -> list[str]:
    """The CLDR category of each of ``lang``'s gettext plural forms, in their order (Babel's data)."""
    from babel import Locale
    from babel.messages.plurals import get_plural

    rule = gettext.c2py(get_plural(lang).plural_expr)
    found: dict[int, str] = {}
    for n in [*range(250), 1_000_000, 2_000_000]:
        found.setdefault(rule(n), Locale.parse(lang).plural_form(n))
    return [found.get(i, "other") for i in range(get_plural(lang).num_plurals)]


def _english_names() -> dict[str, str]:
    """English for keys the English catalogue does not hold (it comes from the models): enum labels, the seeded
    reference lists' names."""
    import pkgutil

    import app.models
    from app.models import reference
    from app.vocabulary import mechanism_lists

    names: dict[str, str] = {}
    for info in pkgutil.iter_modules(app.models.__path__):
        module = importlib.import_module(f"app.models.{info.name}")
        for cls in vars(module).values():
            if isinstance(cls, type) and issubclass(cls, Enum) and cls.__module__.startswith("app."):
                for member in cls:
                    names.setdefault(f"enum.{cls.__name__}.{member.value}", getattr(member, "label", str(member.value)))
    for prefix, rows in (("theme", reference.THEMATIC_AREAS), ("stakeholder", reference.STAKEHOLDER_TYPES),
                         ("treaty_body", mechanism_lists.TREATY_BODIES), ("upr_cycle", mechanism_lists.UPR_CYCLES),
                         ("affected_group", mechanism_lists.AFFECTED_GROUPS)):
        for code, name, *_ in rows:
            names.setdefault(f"{prefix}.{code}", name)
    return names


def _name(lang: str | None) -> str:
    from babel import Locale

    return f"{Locale.parse(lang).english_name} ({lang})" if lang else "the template of every language"


def _comments(english) -> list[str]:
    if english is None:
        return []
    if _is_plural(english):
        return [f"English ({category}): {text}" for category, text in english.items()]
    return [f"English: {english}"]


def write_catalogues(catalogues: dict[str, dict], former: dict[str, dict[str, list[str]]]) -> list[Path]:
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import write_po

    _report_plurals(catalogues)
    plural_keys = {key: value.param for lang in reversed(LANGS) for key, value in catalogues[lang].items()
                   if _is_plural(value)}
    keys = sorted({key for table in catalogues.values() for key in table})
    former_keys = sorted({key for table in former.values() for key in table})
    models = _english_names()
    english = {key: catalogues["en"].get(key, models.get(key)) for key in keys}
    written = []
    for lang in (None, *LANGS):
        catalog = Catalog(locale=lang, domain=DOMAIN, project="FieldDesk", version="catalogue",
                          copyright_holder="FieldDesk", msgid_bugs_address="FieldDesk issues",
                          creation_date=STAMP, revision_date=STAMP, charset="utf-8", fuzzy=False,
                          language_team="FieldDesk translators", last_translator="FieldDesk translators",
                          header_comment=HEADER.format(lang=_name(lang)))
        own = catalogues.get(lang, {})
        categories = _categories(lang) if lang else ["one", "other"]
        for key in keys:
            value = own.get(key)
            if key in plural_keys:
                if value is None:
                    strings = tuple("" for _ in categories)
                elif _is_plural(value):
                    strings = tuple(value.get(c) or value.get("other", "") for c in categories)
                else:
                    strings = tuple(value for _ in categories)
                catalog.add((key, plural_keys[key]), strings, auto_comments=_comments(english[key]))
            else:
                catalog.add(key, value or "", auto_comments=_comments(english[key]))
        for key in former_keys:
            catalog.add(key, "\n".join(former.get(lang, {}).get(key, [])), context=FORMER,
                        auto_comments=["Former spellings, one a line: the spreadsheet import still accepts them."])
        path = LOCALE / f"{DOMAIN}.pot" if lang is None else LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("wb") as out:
            write_po(out, catalog, width=120, omit_header=False, sort_output=False, ignore_obsolete=True)
        written.append(path)
    return written


def _remove(paths: list[Path]) -> None:
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _still_imported(removed: list[Path]) -> list[str]:
    """Files left that import a removed module (to be changed to ``app.vocabulary.words``)."""
    names = set()
    for path in removed:
        dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        names.add(dotted)
    pattern = re.compile("|".join(re.escape(n) + r"\b" for n in sorted(names)))
    found = []
    for folder in ("app", "tests", "tools", "bench", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.resolve() != Path(__file__).resolve() and pattern.search(path.read_text(encoding="utf-8")):
                found.append(str(path.relative_to(ROOT)))
    return sorted(found)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="write the catalogues, keep the Python modules")
    args = parser.parse_args(argv)
    if not (VOCABULARY / "en.py").exists():
        print("app/vocabulary/en.py is gone: the catalogue is converted already (app/locale holds it).")
        return 0
    catalogues, former, read = read_modules()
    for path in write_catalogues(catalogues, former):
        print(f"wrote {path.relative_to(ROOT)}")
    if not args.keep:
        _remove(read)
        for path in read:
            print(f"removed {path.relative_to(ROOT)}")
        for name in _still_imported(read):
            print(f"warning: {name} still imports a removed module", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
