from uihelpers import settle


def test_probe(open_window, qtbot, qapp, tmp_path):
    from app.ui.settings.options import TEXT_SIZE
    from app.ui.settings.registry import Settings
    from app.ui.settings.text_size import apply_text_size
    s = Settings.in_file(tmp_path / "x.ini")
    s.set(TEXT_SIZE, 125)
    apply_text_size(qapp, s)
    window, ctx = open_window("demo", "missions", language="en")
    window.resize(1366, 736)
    for key in ("requests",):
        window.show_page(key)
        settle(qtbot, ctx)
        window.actions_.next.trigger()
        settle(qtbot, ctx)
        page = window.current_page
        print("\n", key, "page", page.width(), "sidebar", window.sidebar.width(), "panel min", page.panel.minimumSizeHint().width(),
              "filter", page.panel.filter_bar.minimumSizeHint().width(), "editor min", page.editor.minimumSizeHint().width(),
              "tabs", page.editor.tabs.tabBar().sizeHint().width(), "form", page.editor.form.minimumSizeHint().width())
    window.grab().save("/tmp/fitw/probe.png")
    h = page.editor.form.findChild(type(page.editor.heading_label), "hint_status")
    print("split", page.splitter.sizes(), page._split_placed, page.splitter.widget(0).minimumSizeHint(), page.splitter.orientation())
    print("hint", h.size(), h.heightForWidth(h.width()), h.minimumSizeHint(), h.sizePolicy().hasHeightForWidth(), h.parentWidget().size(), h.parentWidget().minimumSizeHint())
    s.set(TEXT_SIZE, 100)
    apply_text_size(qapp, s)
