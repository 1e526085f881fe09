"""The record list on 100,000 participants: the first page shows without reading all rows; sorting and filtering
are done by the database; columns chosen and widths are remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from uihelpers import choose, choose_column, send_text, settle

from app.services import ListQuery
from app.services.store.seed import country_id

pytestmark = pytest.mark.slow


def shown_first_page(qtbot, ctx, panel):
    """Wait until the visible rows have arrived."""
    settle(qtbot, ctx)
    panel.view.viewport().repaint()
    settle(qtbot, ctx)


def test_the_first_page_of_100000_participants_reads_a_few_hundred_rows(open_window, qtbot, big_profile):
    window, ctx = open_window(big_profile, "participants")
    panel = window.current_page.panel
    model = panel.model
    shown_first_page(qtbot, ctx, panel)
    assert model.rowCount() == 100_000
    assert 0 < model.rows_fetched <= 300
    assert panel.count.text() == "100,000 participants"
    assert model.index(0, 0).data() == "Person 000000"

    # sorting by a column: the database answers; still only the visible rows are read
    before = model.rows_fetched
    with qtbot.waitSignal(model.loaded, timeout=10000):
        panel.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    shown_first_page(qtbot, ctx, panel)
    assert model.query.sort == ("-full_name",)
    assert model.index(0, 0).data() == "Person 099999"
    assert model.rows_fetched - before <= 300

    # a filter: the database counts, the list reads only what shows
    before = model.rows_fetched
    with qtbot.waitSignal(model.loaded, timeout=10000):
        choose(qtbot, panel.filter_bar.combos["country_id"], country_id("MW"))
    shown_first_page(qtbot, ctx, panel)
    assert model.rowCount() == 20_000
    assert model.rows_fetched - before <= 300

    # scrolling to the end reads the rows there, not those between
    before = model.rows_fetched
    panel.view.scrollToBottom()
    shown_first_page(qtbot, ctx, panel)
    last = model.rowCount() - 1
    assert model.row_data(last) is not None and model.rows_fetched - before <= 300


def test_a_large_list_shows_its_head_first_and_reads_every_id_once_the_typing_stops(open_window, qtbot, big_profile):
    window, ctx = open_window(big_profile, "participants")
    panel = window.current_page.panel
    model = panel.model
    settle(qtbot, ctx)
    qtbot.waitUntil(lambda: model.complete, timeout=10000)
    assert model.ids == ctx.fd.participants.ids(ListQuery())

    asked = []
    service = ctx.fd.participants
    real_ids = service.ids
    ctx.fd.participants.ids = lambda query=ListQuery(): asked.append(query) or real_ids(query)
    try:
        panel.search.setFocus()
        for typed in ("P", "Pe", "Per"):  # a search matching everyone, typed slowly enough to search each time
            send_text(panel.search, typed[-1])
            qtbot.waitUntil(lambda typed=typed: model.shown_query.search == typed and not model.busy, timeout=10000)
            assert model.rowCount() == 100_000 and len(model.ids) == model.HEAD and not model.complete
            assert model.index(0, 0).data() == "Person 000000"
            assert model.record_id(model.HEAD + 10) is None  # past the head: not known yet
        assert all(q.limit == model.HEAD for q in asked)  # between keystrokes, only the heads were read
        qtbot.waitUntil(lambda: model.complete, timeout=10000)  # the typing stopped: all the ids follow
        send_text(panel.search, "s")
        qtbot.waitUntil(lambda: model.shown_query.search == "Pers" and not model.busy, timeout=10000)
        assert model.index(model.HEAD + 10, 0).data() == "\u2026"  # a row past the head, drawn while unknown...
        settle(qtbot, ctx)
        assert model.complete  # ...makes the list read every id at once, without waiting for the pause
    finally:
        del ctx.fd.participants.ids
    assert asked[-1].limit is None and asked[-1].search == "Pers"
    assert model.ids == real_ids(ListQuery(search="Pers")) and len(model.ids) == 100_000
    panel.view.scrollToBottom()
    shown_first_page(qtbot, ctx, panel)
    assert model.row_data(model.rowCount() - 1) is not None


def test_sorting_never_reads_every_row(make_ctx, qtbot, demo_profile):
    from app.ui.widgets.columns import Column
    from app.ui.widgets.record_model import RecordTableModel
    from app.ui.widgets.sort_proxy import SqlSortProxy

    ctx = make_ctx(demo_profile)
    model = RecordTableModel(ctx, "participant", [Column("full_name", "Name"), Column("organisation", "Org")])
    proxy = SqlSortProxy()
    proxy.setSourceModel(model)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.set_query(ListQuery())
    with qtbot.waitSignal(model.loaded, timeout=10000):
        proxy.sort(1, Qt.SortOrder.AscendingOrder)
    assert model.ids == ctx.fd.participants.ids(ListQuery(sort=("organisation",)))
    # each query read the first block of rows with its ids (what a view shows first), the second only the rows
    # not read already; never every row
    by_name = ctx.fd.participants.ids(ListQuery(sort=("full_name",)))[: model.BLOCK]
    new_rows = set(model.ids[: model.BLOCK]) - set(by_name)
    assert model.rows_fetched == model.BLOCK + len(new_rows) < len(model.ids)
    assert proxy.sorted_by == (1, Qt.SortOrder.AscendingOrder)
    assert proxy.row_of(model.ids[5]) == 5 and proxy.record_id(5) == model.ids[5]


def test_columns_shown_and_widths_are_remembered(open_window, qtbot, tmp_path, make_ctx, demo_profile):
    from app.ui.settings.options import LIST_HIDDEN, LIST_WIDTHS
    from app.ui.shell.main_window import MainWindow

    window, ctx = open_window("demo", "participants")
    panel = window.current_page.panel
    header = panel.view.horizontalHeader()
    keys = [c.key for c in panel.model.columns]
    assert header.isSectionHidden(keys.index("email"))  # hidden until chosen
    choose_column(qtbot, window, header, "E-mail")
    choose_column(qtbot, window, header, "Sex")
    header.resizeSection(0, 333)
    assert set(ctx.settings.get(LIST_HIDDEN("participants"))) == {"position", "owner_office", "sex"}
    assert ctx.settings.get(LIST_WIDTHS("participants"))["full_name"] == 333

    again = MainWindow(ctx, start_page="participants")
    qtbot.addWidget(again)
    panel2 = again.current_page.panel
    header2 = panel2.view.horizontalHeader()
    assert not header2.isSectionHidden(keys.index("email")) and header2.isSectionHidden(keys.index("sex"))
    assert header2.sectionSize(0) == 333
    settle(qtbot, ctx)


def test_a_list_says_its_data_is_shown_only_once_its_first_rows_are_there(make_ctx, qtbot, demo_profile):
    """``data_shown`` ends ``--quit-when-idle`` and times start-up: the ids alone draw only "…" placeholders."""
    from app.ui.shell.main_window import MainWindow

    ctx = make_ctx(demo_profile)
    window = MainWindow(ctx, start_page="participants")
    qtbot.addWidget(window)
    page = window.current_page
    model = page.panel.model
    seen = []
    page.data_shown.connect(lambda: seen.append((model.rowCount(), model.index(0, 0).data())))
    window.show()
    with qtbot.waitSignal(page.data_shown, timeout=10000):
        pass
    rows, first = seen[0]
    assert rows > 0 and first not in (None, "\u2026")
    settle(qtbot, ctx)
    window.close()
