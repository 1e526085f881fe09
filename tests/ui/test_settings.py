"""The typed settings registry: declared defaults, types kept, damaged values read as defaults."""

from __future__ import annotations

import pytest
from uihelpers import choose, click_ok, type_text

from app.ui.settings import options
from app.ui.settings.registry import Settings, bool_option, list_option, text_option


def test_values_keep_their_type_and_survive_a_new_settings_object(tmp_path):
    path = tmp_path / "s.ini"
    settings = Settings.in_file(path)
    assert settings.get(options.LANGUAGE) == "" and settings.get(options.SHOW_FILTERS) is True
    settings.set(options.LANGUAGE, "fr")
    settings.set(options.LIST_HIDDEN("missions"), ["status"])
    settings.set(options.LIST_WIDTHS("missions"), {"title": 250})
    settings.set(options.SHOW_FILTERS, False)
    settings.sync()
    again = Settings.in_file(path)
    assert again.get(options.LANGUAGE) == "fr"
    assert again.get(options.LIST_HIDDEN("missions")) == ["status"]
    assert again.get(options.LIST_HIDDEN("trainings")) is None  # never chosen: the page's own defaults apply
    assert again.get(options.LIST_WIDTHS("missions")) == {"title": 250}
    assert again.get(options.SHOW_FILTERS) is False


def test_a_wrong_type_is_refused_and_a_damaged_value_reads_as_the_default(tmp_path):
    settings = Settings.in_file(tmp_path / "s.ini")
    with pytest.raises(TypeError, match="takes str"):
        settings.set(options.LANGUAGE, 3)
    settings.store.setValue("ui/language", "{not json")
    settings.store.setValue("lists/show_filters", '"yes"')
    assert settings.get(options.LANGUAGE) == ""
    assert settings.get(options.SHOW_FILTERS) is True


def test_defaults_are_not_shared_between_reads(tmp_path):
    settings = Settings.in_file(tmp_path / "s.ini")
    recent = list_option("x/recent", ["a"])
    settings.get(recent).append("b")
    assert settings.get(recent) == ["a"]
    settings.get(options.LIST_WIDTHS("p"))["x"] = 1
    assert settings.get(options.LIST_WIDTHS("p")) == {}
    assert settings.get(bool_option("x/flag")) is False and settings.get(text_option("x/t", "d")) == "d"


def test_preferences_dialog_saves_language_and_folders(qtbot, tmp_path):
    from app.ui.preferences.dialog import PreferencesDialog

    settings = Settings.in_file(tmp_path / "s.ini")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    choose(qtbot, dialog.language, "ru")
    type_text(qtbot, dialog.bundles.edit, str(tmp_path / "bundles"))
    type_text(qtbot, dialog.reports.edit, str(tmp_path / "reports"))
    click_ok(qtbot, dialog)
    assert settings.get(options.LANGUAGE) == "ru"
    assert settings.get(options.BUNDLES_FOLDER) == str(tmp_path / "bundles")
    assert settings.get(options.REPORTS_FOLDER) == str(tmp_path / "reports")
