"""Every page, editor tab and main dialog fits a 1366x768 field laptop in each of the six languages: no text cut or
elided, no tab row that scrolls, every column title of a part list in view, no widget outside its window."""

from __future__ import annotations

import pytest
from fitcheck import problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar
from uihelpers import settle

from app.ui.i18n.translations import CODES
from app.ui.shell.pages import PAGES

# A maximised window on a 1366x768 screen, below a window manager's title bar.
SCREEN_AREA = (1366, 736)


def click_tab(qtbot, bar: QTabBar, n: int) -> None:
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(n).center())


def laid_out(qtbot, ctx) -> None:
    """The worker done and every layout request handled (texts set by a callback are laid out next)."""
    settle(qtbot, ctx)
    QApplication.sendPostedEvents()
    QApplication.processEvents()


def walk_window(window, ctx, qtbot) -> list[str]:
    found = []
    for entry in PAGES:
        window.show_page(entry.key)
        laid_out(qtbot, ctx)
        page = window.current_page
        editor = getattr(page, "editor", None)
        found += [f"{entry.key}: {p}" for p in problems(window, editor or page)]
        if editor is None:
            continue
        window.actions_.next.trigger()
        settle(qtbot, ctx)
        bar = editor.tabs.tabBar()
        for n in range(bar.count()):
            click_tab(qtbot, bar, n)
            laid_out(qtbot, ctx)
            found += [f"{entry.key} / {bar.tabText(n)}: {p}" for p in problems(window, editor)]
        click_tab(qtbot, bar, 0)
    return found


@pytest.fixture
def text_size(qapp, tmp_path):
    """Preferences > Text size for the windows the test opens next; back to 100 % after."""
    from app.ui.settings.options import TEXT_SIZE
    from app.ui.settings.registry import Settings
    from app.ui.settings.text_size import apply_text_size

    settings = Settings.in_file(tmp_path / "text-size.ini")

    def set_(percent: int) -> None:
        settings.set(TEXT_SIZE, percent)
        apply_text_size(qapp, settings)

    yield set_
    set_(100)


@pytest.mark.parametrize(("language", "percent"), [(code, 100) for code in CODES] + [("en", 125), ("ru", 125)])
def test_every_page_fits_a_field_laptop(open_window, qtbot, text_size, language, percent):
    text_size(percent)
    window, ctx = open_window("demo", "dashboard", language=language)
    window.resize(*SCREEN_AREA)
    settle(qtbot, ctx)
    found = walk_window(window, ctx, qtbot)
    assert found == [], "\n".join(found)
