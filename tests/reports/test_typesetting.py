"""Typesetting: in every report and every language, no word is broken across lines and every font is embedded;
numbers, amounts and French punctuation hold together; columns are as wide as their longest word."""

from __future__ import annotations

import pytest
from report_helpers import completed_training, reported_mission
from typesetting import broken_words, fonts_not_embedded, layout_lines, vocabulary

from app.reports import build_report
from app.reports.i18n import LANGUAGES, Translator, _country_names, _messages
from app.reports.typeset import BREAKS, content_widths, words
from app.services import ListQuery
from app.services.store.export import export_json_text


def test_the_checker_finds_a_word_broken_across_lines():
    lines = ["Organisation        Participants", "Ministry of Jus      12", "tice                 3"]
    assert broken_words(lines, vocabulary("Ministry of Justice Organisation Participants")) == [
        "Jus|tice (line 2: 'Ministry of Jus      12')"]
    assert broken_words(["a sentence that", "wraps at a space"], vocabulary("a sentence that wraps at space")) == []
    # pdftotext prints Arabic in display order: "من" at a line's end reads "نم", which with "و" is no broken "نمو"
    assert broken_words(["ءاسنلا نم", "و 2"], vocabulary("من النساء و نمو")) == []


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_report_breaks_a_word_or_leaves_a_font_out(demo, tmp_path, lang):
    training = completed_training(demo)
    records = [("mission", reported_mission(demo)), ("training", training), ("attendance", training),
               ("certificates", training), ("summary", None), ("followup", None), ("requests", None),
               ("request", demo.requests.ids(ListQuery())[0]), ("project", demo.projects.ids(ListQuery())[0]),
               ("portfolio", None)]
    words_used = vocabulary(export_json_text(demo), *_messages(lang).values(), *_messages("en").values(),
                            *_country_names(lang).values())
    problems = []
    for kind, record in records:
        out = tmp_path / f"{kind}-{lang}.pdf"
        build_report(demo, kind, out, record_id=record, lang=lang)
        problems += [f"{kind}: broken word {b}" for b in broken_words(layout_lines(out), words_used)]
        problems += [f"{kind}: font not embedded {f}" for f in fonts_not_embedded(out)]
    assert problems == []


def test_numbers_amounts_and_french_punctuation_hold_together():
    fr = Translator("fr")
    for text in (fr.number(1234567), fr.money(3631800), fr.percent(1, 3), Translator("ru").money(12500)):
        assert len(words(text)) == 1 and not BREAKS.search(text), repr(text)
    said = fr.t("ranking.item_facts", authority="Ministère", country="Guatemala", date="1 mars", status="Reçue")
    assert " ;" not in said and " :" not in said
    assert fr.t("certificate.activity", form="Atelier", title="Droits").count("\u00a0") == 2  # « Droits »


def test_columns_take_what_their_longest_word_needs_from_the_roomy_ones():
    # 20 points short in the middle, taken from the slack of the others (60 and 50) in proportion to it
    assert content_widths([100, 30, 70], [40, 50, 20]) == pytest.approx([100 - 60 * 20 / 110, 50, 70 - 50 * 20 / 110])
    assert content_widths([50, 50], [20, 20]) == [50, 50]
    assert sum(content_widths([10, 20], [30, 30])) == 30, "the total is kept when there is no room"
