"""Readable on a field laptop: hints at 4.5:1 contrast or better, Preferences > Text size scaling the whole
interface (remembered), the window inside the screen, a Latin title kept whole from its start in Arabic, and a
language whose catalogue is missing said so."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem
from uihelpers import press_in, settle

from app.ui.widgets.secondary import MINIMUM_CONTRAST, contrast, secondary_colour


def test_hints_are_enabled_and_readable(open_window, qtbot):
    window, ctx = open_window("demo", "participants")
    press_in(qtbot, window, "Ctrl+PgDown")  # the next record
    settle(qtbot, ctx)
    hints = [label for label in window.current_page.editor.findChildren(QLabel)
             if label.objectName().startswith("hint_")]
    assert hints, "the participant's form has a hint (consent)"
    for hint in hints:
        palette = hint.palette()
        ratio = contrast(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
                         palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window))
        assert hint.isEnabled() and ratio >= MINIMUM_CONTRAST, f"{hint.text()!r}: {ratio:.2f}:1"
        assert palette.color(QPalette.ColorRole.WindowText) != QApplication.palette().color(
            QPalette.ColorRole.WindowText), "still told apart from the main text"


def test_secondary_text_keeps_its_contrast_in_a_dark_theme_too():
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    colour = secondary_colour(dark)
    assert contrast(colour, QColor("#202124")) >= MINIMUM_CONTRAST
    assert colour != QColor("#e8eaed")
    assert round(contrast(QColor("black"), QColor("white")), 1) == 21.0


def test_text_size_from_the_preferences_scales_the_interface_and_is_remembered(make_ctx, demo_profile, qtbot,
                                                                              qapp):
    from app.ui.settings.options import TEXT_SIZE
    from app.ui.shell.app_shell import Shell

    ctx = make_ctx(demo_profile)
    base = qapp.font().pointSizeF()
    shell = Shell(ctx, ctx.translations)
    window = shell.open_window("missions")
    settle(qtbot, ctx)
    try:
        dialog = shell.open_preferences()
        dialog.text_size.setFocus()
        qtbot.keyClick(dialog.text_size, Qt.Key.Key_Down)  # 100 % -> 125 %
        assert dialog.text_size.currentText() == "125 %"
        with qtbot.waitSignal(shell.window_opened, timeout=5000):
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
        settle(qtbot, ctx)
        assert ctx.settings.get(TEXT_SIZE) == 125
        assert abs(qapp.font().pointSizeF() - base * 1.25) < 0.01
        assert shell.window is not window and abs(shell.window.font().pointSizeF() - base * 1.25) < 0.01
    finally:
        from app.ui.settings.text_size import apply_text_size

        ctx.settings.set(TEXT_SIZE, 100)
        apply_text_size(qapp, ctx.settings)
        shell.window.close()
    assert abs(qapp.font().pointSizeF() - base) < 0.01


def test_the_window_opens_inside_the_screen(qapp, tmp_path):
    from PySide6.QtCore import QByteArray

    from app.ui.settings.options import WINDOW_GEOMETRY
    from app.ui.settings.registry import Settings
    from app.ui.shell.main_window import MainWindow

    area = qapp.primaryScreen().availableGeometry()
    settings = Settings.in_file(tmp_path / "s.ini")
    first = MainWindow(settings=settings)
    assert area.contains(first.geometry()) or first.isMaximized()
    # a geometry remembered on a bigger screen: brought inside this one
    big = MainWindow(settings=settings)
    big.setGeometry(QRect(area.x() + 300, area.y() + 200, area.width() + 400, area.height() + 300))
    settings.set(WINDOW_GEOMETRY, bytes(big.saveGeometry().toBase64()).decode())
    again = MainWindow(settings=settings)
    assert area.contains(again.geometry()), (again.geometry(), area)
    assert QByteArray.fromBase64(settings.get(WINDOW_GEOMETRY).encode())
    # a geometry Qt cannot read (another Qt's, a broken setting): the first-time size, not the smallest one
    settings.set(WINDOW_GEOMETRY, "bm90IGEgZ2VvbWV0cnk=")  # "not a geometry"
    unread = MainWindow(settings=settings)
    assert unread.geometry().size() == first.geometry().size() or unread.isMaximized(), unread.geometry()
    assert unread.width() > unread.minimumSizeHint().width() + 100
    for window in (first, big, again, unread):
        window.deleteLater()


def test_a_latin_title_in_the_arabic_window_is_cut_at_its_end(qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView

    from app.ui.widgets.elide import ReadingOrderElide

    view = QListView()
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    view.resize(200, 100)
    model = QStandardItemModel(view)
    title = "BA-2021-00 \u2013 Support to the administration of justice in Bosnia and Herzegovina"
    model.appendRow(QStandardItem(title))
    view.setModel(model)
    delegate = ReadingOrderElide(view)
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, 200, 20)
    option.widget = view
    delegate.initStyleOption(option, model.index(0, 0))
    shown = option.text.strip("\u200e")
    assert shown.startswith("BA-2021-00 \u2013 Supp") and shown.endswith("\u2026") and len(shown) < len(title)
    assert option.text.startswith("\u200e") and option.text.endswith("\u200e"), "the ellipsis stays at its end"
    assert delegate.sizeHint(option, QModelIndex()).width() <= view.viewport().width()


def test_the_reports_page_describes_its_report_readably(open_window, qtbot):
    """The report's description under its options was a disabled label (about 1.6:1 against the page)."""
    window, ctx = open_window("demo", "reports")
    label = window.current_page.description
    palette = label.palette()
    ratio = contrast(palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText),
                     palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window))
    assert label.text() and label.isEnabled() and ratio >= MINIMUM_CONTRAST, f"{ratio:.2f}:1"


def painted_text(view, index) -> str:
    """The text the view's delegate paints in the cell ``index`` (as its paint event gives the option)."""
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = view.visualRect(index)
    option.widget = view
    return view.itemDelegate().shown_text(option, index)


def test_latin_titles_in_the_arabic_lists_keep_their_start(open_window, qtbot):
    window, ctx = open_window("demo", "recommendations", language="ar")
    view = window.current_page.panel.view
    model = view.model()
    cut = []
    for row in range(20):
        index = model.index(row, 0)
        title = index.data()
        shown = painted_text(view, index)
        if shown.strip("\u200e") != title:
            cut.append((title, shown))
            assert index.data(Qt.ItemDataRole.ToolTipRole) == title, "the whole title is the tooltip"
    assert cut, "the demo's long Latin titles are cut in a list beside the editor"
    for title, shown in cut:
        # held left to right (the marks keep the ellipsis at its end), the start kept, the end cut
        assert shown[0] == shown[-1] == "\u200e", shown
        assert shown[1:-2] == title[:len(shown) - 3] and shown[-2] == "\u2026", (title, shown)
    # an Arabic name cut in a narrow column keeps its start, on the right: the country column narrowed
    header = view.horizontalHeader()
    country = next(n for n in range(header.count()) if model.headerData(n, Qt.Orientation.Horizontal) == "البلد")
    header.resizeSection(country, 40)
    index = next(model.index(r, country) for r in range(20) if len(model.index(r, country).data() or "") > 8)
    shown = painted_text(view, index)
    name = index.data()
    kept = shown[1:-2].rstrip("\u200d")  # Qt joins the last letter kept to the ellipsis
    assert shown[0] == shown[-1] == "\u200f" and shown[-2] == "\u2026" and kept and name.startswith(kept), shown
    # a full stop after a Latin title stays at its end in the right-to-left cell
    header.resizeSection(0, 2000)
    whole = next(model.index(r, 0) for r in range(20) if model.index(r, 0).data().endswith("."))
    assert painted_text(view, whole) == "\u200e" + whole.data() + "\u200e"


def test_left_to_right_titles_keep_eliding_in_the_middle(qapp):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView

    from app.ui.widgets.elide import cut_cells_in_reading_order

    view = QTableView()
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    cut_cells_in_reading_order(view)
    model = QStandardItemModel(view)
    title = "Needs assessment mission on the administration of justice in Bosnia and Herzegovina"
    model.appendRow(QStandardItem(title))
    view.setModel(model)
    view.setColumnWidth(0, 160)
    shown = painted_text(view, model.index(0, 0))
    assert shown.startswith("Needs") and shown.endswith("govina") and "\u2026" in shown, shown
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the same title in the Arabic window: cut at its end
    shown = painted_text(view, model.index(0, 0))
    assert shown.startswith("\u200eNeeds") and shown.endswith("\u2026\u200e"), shown


def test_choosing_a_language_whose_catalogue_is_missing_says_so(make_ctx, demo_profile, qtbot, dialogs,
                                                                 monkeypatch, tmp_path):
    from app.ui.i18n import translations
    from app.ui.shell.app_shell import Shell

    ctx = make_ctx(demo_profile)
    shell = Shell(ctx, ctx.translations)
    window = shell.open_window("missions")
    settle(qtbot, ctx)
    monkeypatch.setattr(translations, "catalogue_path", lambda code: tmp_path / f"fielddesk_{code}.qm")
    dialog = shell.open_preferences()
    dialog.language.setFocus()
    while dialog.language.currentData() != "es":
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    warnings = dialogs.of("warning")
    assert warnings and "Español" in warnings[-1][2] and "stays in English" in warnings[-1][2]
    assert not dialogs.of("question"), "no offer to switch to a language that is not there"
    assert shell.window is window and window.sidebar.item(1).text() == "Missions"
    assert ctx.translations.apply("es") == "en" and ctx.translations.missing == "es"
    window.close()


def test_the_file_dialog_speaks_the_interface_language(make_ctx, field_profile):
    make_ctx(field_profile, "es")
    assert QApplication.translate("QFileDialog", "&Look in:") == "&Ver en:"
    assert QApplication.translate("QFileDialog", "Files of &type:") == "Ficheros de &tipo:"
