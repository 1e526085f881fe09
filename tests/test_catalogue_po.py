"""The gettext catalogues (app/locale/<lang>/LC_MESSAGES/fielddesk.po): each parses with Babel, has Babel's plural
rule for its language, is complete, and writes the same placeholders as the English text; the compiled .mo says
what the .po says."""

from __future__ import annotations

import string
from functools import cache

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from app.vocabulary import LANGUAGES
from app.vocabulary.catalogue import LOCALE_DIR, _read_po, po_path

# Entries a language does not have yet (the screen, paper and spreadsheet show the English text). The list may only
# shrink: a new entry comes with its six translations.
ARABIC_SPREADSHEET_ONLY = ("table.", "xlsx.")  # Arabic spreadsheets keep these English sheet titles
OPTIONAL = ("country.",)  # a language's own name for a country where pycountry's does not suit it
# English: from the models (enum labels, field titles, reference names), not the English catalogue
FROM_MODELS = ("enum.", "field.", "theme.", "stakeholder.", "affected_group.", "treaty_body.", "upr_cycle.")
# Parameters whose value is English (a record's noun: the entity, its plural, a status's noun), which translations
# leave out: the sentence is whole without it, and no English word slips into another language.
_NOUN = {"problem.before_last_change": "noun", "problem.duplicate": "entity", "problem.lock.busy": "what",
         "problem.no_parent": "entity", "problem.no_such_record": "entity", "problem.not_a_status": "noun",
         "problem.parent_deleted": "entity", "problem.record_deleted": "entity",
         "problem.records.other_office_record": "entity", "problem.records.record_deleted_restore_first": "entity",
         "problem.records.recorded_at_hq": "entities", "problem.records.reference_data": "entities",
         "problem.records.restore_parent_first": "parent", "problem.records.retired_not_deleted": "entities",
         "problem.report.record_deleted": "what", "problem.status_closed": "noun", "problem.status_jump": "noun",
         "problem.unknown_field": "entity"}
ENGLISH_VALUES = {key: {name} for key, name in _NOUN.items()}


@cache
def _catalog(lang: str | None):
    path = LOCALE_DIR / "fielddesk.pot" if lang is None else po_path(lang)
    with path.open("rb") as source:
        return read_po(source, locale=lang)


def _key(message) -> str:
    return message.id[0] if message.pluralizable else message.id


def _strings(message) -> list[str]:
    return list(message.string) if message.pluralizable else [message.string]


def _placeholders(texts) -> set[str]:
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


@cache
def _english() -> dict[str, list[str]]:
    """Key -> its English text(s): the English catalogue's, else the translator comment (from the models)."""
    out = {}
    for message in _catalog(None):
        if message.id and not message.context:
            out[_key(message)] = [" ".join(message.auto_comments).split(": ", 1)[-1]]
    for message in _catalog("en"):
        if message.id and not message.context and all(_strings(message)):
            out[_key(message)] = _strings(message)
    return out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_parses_has_babels_plural_rule_and_every_template_entry(lang):
    catalog = _catalog(lang)
    assert catalog.num_plurals == get_plural(lang).num_plurals and catalog.plural_expr == get_plural(lang).plural_expr
    template = {(m.context, _key(m)) for m in _catalog(None) if m.id}
    assert {(m.context, _key(m)) for m in catalog if m.id} == template
    for message in catalog:
        if message.pluralizable:
            assert len(message.string) == catalog.num_plurals, message.id
    assert not [m.id for m in catalog if m.fuzzy and m.id]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_catalogue_is_complete_and_writes_the_english_placeholders(lang):
    english = _english()
    missing, wrong = [], []
    for message in _catalog(lang):
        if not message.id or message.context:
            continue
        key, texts = _key(message), _strings(message)
        if not all(texts):
            allowed = key.startswith(OPTIONAL) or (lang == "en" and key.startswith(FROM_MODELS)) or (
                lang == "ar" and key.startswith(ARABIC_SPREADSHEET_ONLY))
            if not allowed:
                missing.append(key)
            continue
        count = {message.id[1]} if message.pluralizable else set()
        ignored = count | ENGLISH_VALUES.get(key, set())
        if _placeholders(texts) - ignored != _placeholders(english[key]) - ignored:
            wrong.append(key)
        if any(_placeholders([text]) - _placeholders(english[key]) for text in texts):
            wrong.append(key)
    assert missing == [] and wrong == []


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_compiled_catalogue_says_what_its_source_says(lang):
    from app.vocabulary.catalogue import entries

    assert entries(lang) == _read_po(po_path(lang))
    assert entries(lang)["days_n"].form(15).format(n=15) == {"fr": "15 jours", "ar": "15 يومًا"}[lang]
