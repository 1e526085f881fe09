"""Languages: the window in French and in Arabic (right to left), switching language from the preferences, and
catalogues that are complete and keep every placeholder."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import choose, click_ok, enter, press_in, settle, type_text

from app.models.reference import STAKEHOLDER_TYPES, THEMATIC_AREAS
from app.models.requests import PRIORITY_CRITERIA
from app.services.store.seed import country_id
from app.ui.i18n.translations import CODES

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
PLACEHOLDER = re.compile(r"%(?:L?n|\d)")


def sidebar_texts(window):
    return [window.sidebar.item(n).text() for n in range(window.sidebar.count())]


def test_the_window_in_french(open_window, qtbot):
    window, ctx = open_window("demo", "participants", language="fr")
    page = window.current_page
    assert sidebar_texts(window)[:4] == ["Tableau de bord", "Missions", "Formations", "Participants"]
    assert window.actions_.new.text() == "&Nouveau" and window.menuBar().actions()[0].text() == "&Fichier"
    assert page.panel.model.headerData(0, Qt.Orientation.Horizontal) == "Nom"
    assert page.panel.count.text() == f"{page.panel.model.rowCount()} participants"
    page.panel.view.viewport().repaint()
    settle(qtbot, ctx)
    labels = {page.panel.model.index(r, 1).data() for r in range(40)}
    assert "Femme" in labels and "Female" not in labels
    assert ctx.refs.name("country", country_id("RU")) == "Russie, Fédération de"
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    editor = page.editor
    assert editor.tabs.tabText(0) == "Détails" and editor.form.label_of("full_name") == "Nom complet"
    enter(qtbot, editor.form.inputs["full_name"], "")
    assert editor.form.errors["full_name"].text() == "Nom complet : ce champ est obligatoire."
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # Qt's own strings are translated too (qtbase_fr)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_the_window_in_arabic_is_right_to_left(open_window, qtbot):
    window, ctx = open_window("demo", "trainings", language="ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert sidebar_texts(window)[:3] == ["لوحة المعلومات", "البعثات", "التدريب"]
    # the side bar is on the right in a right-to-left window
    assert window.sidebar.mapTo(window, window.sidebar.rect().topLeft()).x() > window.width() // 2
    page = window.current_page
    assert page.panel.model.rowCount() == 42  # the demo with its regional meeting and the reviewed course
    assert page.panel.count.text() == "42 نشاطًا", "the plural form for 11 to 99, in CLDR's digits for Arabic"
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    assert page.editor.tabs.tabText(1) == "المشاركون"


def test_the_screen_and_the_paper_write_cldrs_digits_in_every_language(qapp):
    """One kind of digit per language, CLDR's default numbering system (Babel): on screen (Qt's locale, an amount),
    in the reports (numbers, dates, amounts) alike; Latin in all six, Arabic too (CLDR's "ar", not Egypt's)."""
    from datetime import date

    from babel.numbers import format_decimal
    from PySide6.QtCore import QDate, QLocale

    from app.reports.i18n import Translator
    from app.ui.i18n.translations import locale_for
    from app.vocabulary.numerals import currency_text

    def digits(text: str) -> str:
        return "".join(ch for ch in text if ch.isdigit())

    for code in CODES:
        cldr = digits(format_decimal(1234567890, locale=code, numbering_system="default"))
        screen = locale_for(code, QLocale.c())
        paper = Translator(code)
        assert digits(screen.toString(1234567890)) == digits(paper.number(1234567890)) == cldr, code
        for day in (screen.toString(QDate(2026, 8, 23), QLocale.FormatType.ShortFormat), paper.date(date(2026, 8, 23))):
            assert digits(day) and set(digits(day)) <= set(cldr), (code, day)  # the same ten digits
        assert digits(currency_text(18000, "EUR", code)) == digits(paper.currency(18000, "EUR")) == "18000", code
    # a system whose Arabic writes Arabic-Indic digits (Egypt's): the screen writes the paper's; fr_CA stays itself
    assert locale_for("ar", QLocale("ar_EG")).toString(42) == "42"
    assert locale_for("fr", QLocale("fr_CA")).name() == "fr_CA"


def test_switching_language_from_the_preferences(make_ctx, demo_profile, qtbot, dialogs):
    from app.ui.settings.options import LANGUAGE
    from app.ui.shell.app_shell import Shell

    ctx = make_ctx(demo_profile)
    shell = Shell(ctx, ctx.translations)
    window = shell.open_window("missions")
    settle(qtbot, ctx)
    assert sidebar_texts(window)[1] == "Missions"
    dialog = shell.open_preferences()
    choose(qtbot, dialog.language, "es")
    dialogs.answers = [QMessageBox.StandardButton.Yes]
    with qtbot.waitSignal(shell.window_opened, timeout=5000):
        click_ok(qtbot, dialog)
    settle(qtbot, ctx)
    assert ctx.settings.get(LANGUAGE) == "es"
    new = shell.window
    assert new is not window and new.current_key == "missions"
    assert sidebar_texts(new)[:3] == ["Panel", "Misiones", "Capacitaciones"]
    assert ctx.refs.name("country", country_id("RU")) == "Federación Rusa"
    new.close()


def test_switching_language_waits_for_unsaved_changes(make_ctx, demo_profile, qtbot, dialogs):
    from app.ui.settings.options import LANGUAGE
    from app.ui.shell.app_shell import Shell

    ctx = make_ctx(demo_profile)
    shell = Shell(ctx, ctx.translations)
    window = shell.open_window("experts")
    settle(qtbot, ctx)
    press_in(qtbot, window, "Ctrl+PgDown")
    settle(qtbot, ctx)
    type_text(qtbot, window.current_page.editor.form.inputs["phone"].widget, "+41 22 917 90 00")
    assert window.current_page.editor.is_dirty()
    ctx.settings.set(LANGUAGE, "ru")
    dialogs.answers = [QMessageBox.StandardButton.Cancel]
    shell.apply_language()
    assert shell.window is window and sidebar_texts(window)[0] == "Dashboard"
    dialogs.answers = [QMessageBox.StandardButton.Discard]
    with qtbot.waitSignal(shell.window_opened, timeout=5000):
        shell.apply_language()
    assert sidebar_texts(shell.window)[0] == "Сводка"
    shell.window.close()


@pytest.mark.parametrize("code", [c for c in CODES if c != "en"])
def test_catalogues_are_complete_and_keep_placeholders(code):
    root = ET.parse(I18N / f"fielddesk_{code}.ts").getroot()
    problems = []
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.find("source").text
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"untranslated: {source!r}")
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            for form in forms:
                if not form.strip():
                    problems.append(f"empty: {source!r}")
                wanted = set(PLACEHOLDER.findall(source)) - {"%n", "%Ln"}
                if set(PLACEHOLDER.findall(form)) - {"%n", "%Ln"} != wanted:
                    problems.append(f"placeholders differ: {source!r} -> {form!r}")
                if form.replace("&&", "").count("&") > 1:
                    problems.append(f"two mnemonics: {form!r}")
    assert problems == []


def test_the_vocabulary_names_every_seeded_reference_record_in_every_language():
    from app import vocabulary

    for lang in ("fr", "es", "ru", "ar", "zh"):
        words = vocabulary.words(lang)
        for prefix, pairs in (("theme", THEMATIC_AREAS), ("stakeholder", STAKEHOLDER_TYPES),
                              ("criterion", PRIORITY_CRITERIA)):
            assert [c for c, *_ in pairs if f"{prefix}.{c}" not in words] == [], (lang, prefix)


def test_dates_follow_the_interface_language_when_the_system_locale_is_c():
    """LANGUAGE=es with LANG=C (a field laptop set up in English, Spanish chosen for the interface): Qt reports a
    Spanish system locale but formats its dates the C way ("7 12 2026"). A Spanish reader gets Spanish dates."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANGUAGE="es", LANG="C.UTF-8")
    code = ("from PySide6.QtCore import QDate, QLocale\n"
            "from app.ui.i18n.translations import locale_for\n"
            "print(locale_for('es').toString(QDate(2026, 12, 7), QLocale.FormatType.ShortFormat))")
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "7/12/26"
    # LANGUAGE=ar: Qt names an Egyptian system locale (Arabic-Indic digits); the screen writes CLDR's Arabic digits
    env.update(LANGUAGE="ar")
    code = "from app.ui.i18n.translations import locale_for\nprint(locale_for('ar').toString(1234))"
    shown = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "1,234"


def test_counts_said_in_arabic_are_in_the_digits_of_its_dates(open_window, qtbot):
    """A count put into a sentence is written with the interface's digits, as the dates and amounts beside it are
    (the Due panel's "1 overdue, 2 this week" once came out in other digits than the dates): CLDR's for Arabic, the
    Latin ones."""
    from app.ui.i18n.formats import format_date

    window, ctx = open_window("demo", "dashboard", language="ar")
    assert format_date("2026-08-23").replace("\u200f", "") == "23/8/2026"
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.counts.text() != "", timeout=10000)
    qtbot.waitUntil(lambda: window.overdue_label.text() != "")  # the status bar's count too
    for text in (panel.counts.text(), window.overdue_label.text()):
        assert any(ch in "0123456789" for ch in text) and not any("\u0660" <= ch <= "\u0669" for ch in text), text


def test_a_window_made_before_the_language_takes_its_numbers(qapp, qtbot):
    """The review, on a real X server with LANG=C: the main window shows before the language is applied (to be
    quick), took the system's C locale then, and its Spanish Fund editors wrote "1,000,000.00". Once the language is
    applied, every window already open (and every spin box in it) reads and writes numbers the interface's way."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from app.ui.i18n.translations import Translations
    from app.ui.widgets.fields import IntInput, MoneyInput

    QLocale.setDefault(QLocale.c())  # the system's locale at start: LANG=C
    window = QWidget()
    qtbot.addWidget(window)
    money, count = MoneyInput(), IntInput()
    layout = QVBoxLayout(window)
    layout.addWidget(money.widget)
    layout.addWidget(count.widget)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    translations = Translations(qapp)
    try:
        translations.apply("es")
        type_text(qtbot, money.widget.lineEdit(), "1234567,5")
        qtbot.mouseClick(count.widget.lineEdit(), Qt.MouseButton.LeftButton)  # leaving the field writes it out
        assert money.value() == 1234567.5 and money.widget.text() == "1.234.567,50 USD"
        type_text(qtbot, count.widget.lineEdit(), "12345")
        qtbot.mouseClick(money.widget.lineEdit(), Qt.MouseButton.LeftButton)
        assert count.value() == 12345 and count.widget.text() == "12.345"
    finally:
        translations.apply("en")


def test_years_and_order_numbers_are_in_the_arabic_window_s_digits(open_window, qtbot):
    """The review: the Fund position's years and the Lists page's Order column were in other digits than the numbers
    around them. Both are written with the interface's digits (Latin in Arabic, as CLDR has it), without a group
    separator."""
    from uihelpers import open_tab

    window, ctx = open_window("demo", "fund", language="ar")
    page = window.current_page
    open_tab(qtbot, page.tabs, page.position)
    years = page.position.years
    qtbot.waitUntil(lambda: years.rowCount() > 0, timeout=10000)
    shown = [years.data(years.index(n, 0)) for n in range(years.rowCount())]
    assert all(len(y) == 4 and all(ch in "0123456789" for ch in y) for y in shown), shown
    sidebar = window.sidebar
    row = [e.key for e in window.entries].index("lists")
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton,
                     pos=sidebar.visualItemRect(sidebar.item(row)).center())
    qtbot.waitUntil(lambda: window.current_key == "lists")
    settle(qtbot, ctx)
    lists = window.current_page
    order = lists.model.headers.index(QCoreApplication.translate("ReferenceLists", "Order"))
    qtbot.waitUntil(lambda: lists.model.rowCount() > 0)
    orders = [lists.model.index(n, order).data() for n in range(lists.model.rowCount())]
    assert orders and all(o and all(ch in "0123456789" for ch in o) for o in orders), orders
