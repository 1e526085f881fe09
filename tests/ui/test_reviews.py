"""The Reviews page, by keyboard and mouse: a review is created (its scope typed and ticked), its team, an interview
that reuses a mission's stakeholder meeting, a finding and a recommendation added, its synthesis written and the
review marked final; each read back through the services; its History shows its parts; a review in progress whose
period ended is due and opens from the Due page; "Dossier…" prints the review dossier."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from uihelpers import open_tab, press_in, settle, type_text

from app.services import ListQuery
from app.services.store.seed import country_id, stakeholder_type_id, theme_id


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def type_into(qtbot, widget, text: str) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())
    QTest.keyClicks(widget, text)


def tick(qtbot, view, label: str) -> None:
    """Tick an item of a check-box list: focus the list, move to the item with the arrow keys, press Space."""
    model = view.model()
    row = next(n for n in range(model.rowCount()) if model.index(n, 0).data() == label)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(0, 0)).center())
    for _ in range(row):
        QTest.keyClick(view, Qt.Key.Key_Down)
    QTest.keyClick(view, Qt.Key.Key_Space)


def add_part(qtbot, ctx, section, fill) -> None:
    click(qtbot, section.add_button)
    dialog = section.dialog
    qtbot.waitUntil(dialog.isVisible)
    fill(dialog.form.inputs)
    with qtbot.waitSignal(section.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)


def test_a_review_is_recorded_with_its_parts_and_made_final(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        mission = fd.missions.create({"title": "Justice mission", "country_id": country_id("GT"),
                                      "theme_ids": [theme_id("justice")], "start_date": date(2025, 2, 3)})
        meeting = fd.service("stakeholder_meeting").create({
            "mission_id": mission, "organisation": "Procuraduría de los Derechos Humanos",
            "stakeholder_type_id": stakeholder_type_id("nhri"), "meeting_date": date(2025, 2, 4)})
    window, ctx = open_window(field_profile, "reviews")
    page = window.current_page
    press_in(qtbot, window, "Ctrl+N")
    editor = page.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    type_into(qtbot, inputs["title"].widget, "Country review: Guatemala")
    open_tab(qtbot, editor.tabs, editor.scope)
    tick(qtbot, inputs["theme_ids"].widget, "Administration of justice")
    assert inputs["country_ids"].value() == [country_id("GT")], "the office's country is offered"
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        click(qtbot, editor.save_button)
    settle(qtbot, ctx)
    review = editor.record_id
    saved = ctx.fd.reviews.get(review)
    assert (saved.title, saved.kind, saved.status, saved.theme_ids) == (
        "Country review: Guatemala", "country", "planned", [theme_id("justice")])

    open_tab(qtbot, editor.tabs, editor.team)
    add_part(qtbot, ctx, editor.team, lambda i: (type_text(qtbot, i["name"].widget, "Lucía Méndez"),
                                                  type_into(qtbot, i["role"].widget, "Team leader")))
    open_tab(qtbot, editor.tabs, editor.interviews)
    click(qtbot, editor.interviews.add_button)
    dialog = editor.interviews.dialog
    qtbot.waitUntil(dialog.isVisible)
    picker = dialog.form.inputs["meeting_id"]
    with qtbot.waitSignal(picker.suggestions_shown, timeout=10000):
        type_into(qtbot, picker.widget, "Procur")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert picker.value() == meeting
    with qtbot.waitSignal(editor.interviews.loaded, timeout=10000):
        click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    assert editor.interviews.model.rows[0]["meeting"] == "Procuraduría de los Derechos Humanos"
    open_tab(qtbot, editor.tabs, editor.findings)
    add_part(qtbot, ctx, editor.findings,
             lambda i: type_into(qtbot, i["text"].widget, "Remand beyond the legal limit halved where the register "
                                                          "is used."))
    open_tab(qtbot, editor.tabs, editor.recommendations)
    add_part(qtbot, ctx, editor.recommendations,
             lambda i: type_into(qtbot, i["text"].widget, "Extend the case register to every department."))

    fd = ctx.fd
    [member] = fd.review_members.matching_rows(ListQuery(filters={"review_id": review}), ["name", "role"])
    assert (member["name"], member["role"]) == ("Lucía Méndez", "Team leader")
    [interview] = fd.review_interviews.matching_rows(ListQuery(filters={"review_id": review}), ["meeting_id"])
    assert interview["meeting_id"] == meeting
    [finding] = fd.review_findings.matching_rows(ListQuery(filters={"review_id": review}), ["text", "sort_order"])
    assert finding["sort_order"] == 1 and finding["text"].startswith("Remand beyond")
    [rec] = fd.reviews.get(review).recommendation_ids
    made = fd.recommendations.get(rec)
    assert (made.source, made.country_id, made.thematic_area_id) == ("review", country_id("GT"), theme_id("justice"))

    synthesis = editor.synthesis
    open_tab(qtbot, editor.tabs, synthesis)
    assert not synthesis.final_button.isEnabled(), "nothing to make final without a synthesis"
    type_into(qtbot, synthesis.text, "The register works where the judiciary owns it.")
    with qtbot.waitSignal(synthesis.saved, timeout=10000):
        click(qtbot, synthesis.final_button)
    settle(qtbot, ctx)
    done = fd.reviews.get(review)
    assert (done.status, done.synthesis) == ("final", "The register works where the judiciary owns it.")

    history = editor.history
    open_tab(qtbot, editor.tabs, history)
    settle(qtbot, ctx)
    fields = {history.model.index(r, 4).data() for r in range(history.model.rowCount())}
    assert "Synthesis" in fields and any(f and f.startswith("Review team member") for f in fields)

    # the dossier of the review's country and theme, in the report window
    qtbot.waitUntil(editor.dossier.isEnabled, timeout=10000)
    click(qtbot, editor.dossier)
    report = editor.dossier.dialog
    with qtbot.waitSignal(report.generated, timeout=30000):
        pass
    assert report.request().country == "GT" and report.request().theme == "justice"
    QTest.keyClick(QApplication.activeWindow() or report, Qt.Key.Key_Escape)


def test_a_review_past_its_period_without_a_synthesis_is_due_and_opens(open_window, field_profile, qtbot):
    from app.services import FieldDesk

    with FieldDesk.open(field_profile) as fd:
        review = fd.reviews.create({"title": "Thematic review: justice", "kind": "thematic", "status": "in_progress",
                                    "period_from": date(2020, 1, 1), "period_to": date(2020, 6, 30),
                                    "country_ids": [country_id("GT")], "theme_ids": [theme_id("justice")]})
    window, ctx = open_window(field_profile, "dashboard")
    panel = window.current_page.due_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 1, timeout=10000)
    assert panel.table.model().index(0, 2).data() == "Thematic review: justice"
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.table.model().index(0, 2)).center())
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    settle(qtbot, ctx)
    assert window.current_key == "reviews" and window.current_page.editor.record_id == review


def test_a_period_the_wrong_way_round_and_an_interview_with_nobody_are_refused(open_window, field_profile, qtbot):
    window, ctx = open_window(field_profile, "reviews")
    page, fd = window.current_page, ctx.fd
    press_in(qtbot, window, "Ctrl+N")
    editor = page.editor
    qtbot.waitUntil(lambda: editor.mode == "new")
    inputs = editor.form.inputs
    type_into(qtbot, inputs["title"].widget, "Country review")
    for column, typed in (("period_from", "4/1/2026"), ("period_to", "3/1/2026")):
        field = inputs[column]
        qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
        QTest.keyClick(field.edit, Qt.Key.Key_Delete)
        QTest.keyClicks(field.edit, typed)
        QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: "before" in editor.form.errors["period_to"].text(), timeout=5000)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctx)
    assert fd.reviews.count() == 0, "nothing saved"
    field = inputs["period_to"]
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(field.edit, Qt.Key.Key_Delete)
    QTest.keyClicks(field.edit, "8/31/2026")
    QTest.keyClick(field.edit, Qt.Key.Key_Tab)
    with qtbot.waitSignal(editor.loaded, timeout=10000):
        click(qtbot, editor.save_button)
    settle(qtbot, ctx)
    saved = fd.reviews.get(editor.record_id)
    assert (saved.period_from, saved.period_to) == (date(2026, 4, 1), date(2026, 8, 31))

    open_tab(qtbot, editor.tabs, editor.interviews)
    click(qtbot, editor.interviews.add_button)
    dialog = editor.interviews.dialog
    qtbot.waitUntil(dialog.isVisible)
    type_into(qtbot, dialog.form.inputs["notes"].widget, "Notes without anyone.")
    click(qtbot, dialog.ok_button)
    settle(qtbot, ctx)
    shown = dialog.summary.text() + " ".join(e.text() for e in dialog.form.errors.values())
    assert dialog.isVisible() and "Name who was interviewed or their organisation, or choose a stakeholder meeting" \
        in shown
    assert fd.review_interviews.count() == 0
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def test_the_reports_page_makes_a_dossier_once_a_country_and_a_theme_are_chosen(open_window, qtbot):
    import io

    import pypdf

    def pick(combo, text: str) -> None:  # open the list with the mouse, type the first letters, press Return
        qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: combo.view().isVisible())
        qtbot.keyClicks(combo.view(), text)
        qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
        assert combo.currentText().startswith(text)

    window, ctx = open_window("demo", "reports")
    page = window.current_page
    pick(page.inputs["kind"].widget, "Review dossier")
    assert page.inputs["country"].widget.isVisibleTo(page) and page.inputs["theme"].widget.isVisibleTo(page)
    pick(page.inputs["country"].widget, "Guatemala")
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    assert page.problem.text() == "Choose a country and a thematic area: a review dossier is about one of each."
    pick(page.inputs["theme"].widget, "Administration of justice")
    with qtbot.waitSignal(page.preview.shown, timeout=30000):
        qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    report = page.preview.report
    assert (report.request.country, report.request.theme) == ("GT", "justice")
    text = " ".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(report.data)).pages)
    assert "Review dossier" in text and "Guatemala × Administration of justice" in " ".join(text.split())
