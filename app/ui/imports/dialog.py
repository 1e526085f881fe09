"""Importing participants, trainings or missions from an Excel file, in the steps of ``app.spreadsheets.importer``:
choose the file -> a dry run in the background (nothing is written) -> the preview: every problem by row and
column, or every row with what will happen to it, probable matches settled by the user -> Import (one transaction:
all or nothing) -> what was done. Templates to fill in are saved from the same window.

A file that cannot be imported at all (not an .xlsx, password-protected, unknown column titles, too large) gets the
message the import gives, and nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.spreadsheets.importer import commit_import, plan_import, write_template
from app.ui.help.shortcut import guide_on_f1
from app.ui.i18n.report_language import ui_language
from app.ui.imports.models import ChoiceDelegate, PlanRowsModel, ProblemsModel
from app.ui.imports.texts import KINDS, done_text, kind_label, plan_text
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.tasks.taskman import PROGRESS_DELAY_MS
from app.ui.widgets.fit_columns import fit_columns
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text

if TYPE_CHECKING:
    from app.spreadsheets.importer import ImportPlan, SheetImportResult
    from app.ui.context import AppContext

CHOOSE, PREVIEW, DONE = range(3)
OPEN_CHOICES = 200  # rows to decide show their drop-down at once (more are edited by a click or a key)


class ImportDialog(QDialog):
    planned = Signal(object)  # the plan of a dry run (its problems, or its rows)
    refused = Signal(str)  # a file that cannot be imported at all, with the reason
    imported = Signal(object)  # SheetImportResult
    template_saved = Signal(str)
    _progress = Signal(int, int, int)

    def __init__(self, ctx: AppContext, kind: str = "participants", into_training: str | None = None,
                 training_title: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.kind, self.into_training = ctx, kind, into_training
        self.plan: ImportPlan | None = None
        self.result: SheetImportResult | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Import from Excel"))
        guide_on_f1(self, ctx, "excel-import")
        if into_training:
            intro = self.tr("Import participants from an Excel file and enrol them in \u201c%1\u201d. People "
                            "already recorded are recognised, so no one is added twice.").replace("%1", training_title)
        else:
            intro = self.tr("Import %1 from an Excel file. The file is checked first and nothing is written until "
                            "you press Import; rows already recorded are recognised, so importing a file twice adds "
                            "nothing twice.").replace("%1", kind_label(kind))
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)

        # step 1: the file, and templates
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("An .xlsx file: a FieldDesk template or export"))
        self.path.setAccessibleName(self.tr("File to import"))
        self.path.textChanged.connect(self._update_buttons)
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)
        self.browse_button = QPushButton(self.tr("&Browse\u2026"))
        self.browse_button.clicked.connect(self.browse)
        self.template_kind = QComboBox()
        self.template_kind.setAccessibleName(self.tr("Template for"))
        for value in KINDS:
            self.template_kind.addItem(kind_label(value), value)
        self.template_kind.setCurrentIndex(max(0, self.template_kind.findData(kind)))
        self.template_kind.setEnabled(not into_training)
        self.template_button = QPushButton(self.tr("Save a &template\u2026"))
        self.template_button.clicked.connect(self.save_template)
        choose = QWidget()
        file_row = QHBoxLayout()
        file_row.addWidget(file_label)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        template_row = QHBoxLayout()
        template_hint = QLabel(self.tr("No file yet? Start from an empty template with the right column titles:"))
        template_hint.setWordWrap(True)
        template_row.addWidget(template_hint, 1)
        template_row.addWidget(self.template_kind)
        template_row.addWidget(self.template_button)
        column = QVBoxLayout(choose)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(file_row)
        column.addSpacing(12)
        column.addLayout(template_row)
        column.addStretch(1)

        # step 2: the preview
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.problems_model = ProblemsModel(self)
        self.problems_view = self._table(self.problems_model, self.tr("Problems in the file"))
        self.rows_model = PlanRowsModel(self)
        self.rows_view = self._table(self.rows_model, self.tr("Rows of the file"))
        self.rows_view.setItemDelegateForColumn(3, ChoiceDelegate(self.rows_view))
        self.rows_model.dataChanged.connect(self._choice_made)
        self.rows_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        preview = QWidget()
        column = QVBoxLayout(preview)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.problems_view, 1)
        column.addWidget(self.rows_view, 1)

        # step 3: done
        self.done_label = QLabel()
        self.done_label.setObjectName("importDone")
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.steps = QStackedWidget()
        for widget in (choose, preview, self.done_label):
            self.steps.addWidget(widget)
        self.message = QLabel()
        self.message.setObjectName("importMessage")
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.hide()
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PROGRESS_DELAY_MS)
        self._delay.timeout.connect(self.bar.show)
        self._progress.connect(self._show_progress)

        self.back_button = QPushButton(self.tr("&Other file\u2026"))
        self.back_button.clicked.connect(lambda: self._go(CHOOSE))
        self.check_button = QPushButton(self.tr("C&heck the file"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(self.commit)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.bar, 1)
        buttons.addStretch(0)
        for button in (self.back_button, self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(820, 560)
        self.busy = False
        self._go(CHOOSE)

    def _table(self, model, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setWordWrap(False)
        vertical = view.verticalHeader()
        vertical.hide()
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        return view

    # ------------------------------------------------------------- steps
    def _go(self, step: int) -> None:
        self.steps.setCurrentIndex(step)
        if step == CHOOSE:
            self.message.hide()
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.steps.currentIndex()
        idle = not self.busy
        self.back_button.setVisible(step == PREVIEW)
        self.back_button.setEnabled(idle)
        self.check_button.setVisible(step in (CHOOSE, PREVIEW))
        self.check_button.setText(self.tr("C&heck the file") if step == CHOOSE else self.tr("C&heck again"))
        self.check_button.setEnabled(idle and bool(self.path.text().strip()))
        self.import_button.setVisible(step == PREVIEW)
        self.import_button.setEnabled(idle and self.plan is not None and self.plan.ok and bool(self.plan.rows)
                                      and not self.plan.undecided)
        self.import_button.setDefault(step == PREVIEW)
        self.check_button.setDefault(step == CHOOSE)
        self.browse_button.setEnabled(idle)
        self.template_button.setEnabled(idle)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.bar.setRange(0, 0)
            self._delay.start()
        else:
            self._delay.stop()
            self.bar.hide()
        self._update_buttons()

    def _show_progress(self, generation: int, done: int, total: int) -> None:
        if generation == self._generation and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _show_message(self, text: str, problem: bool = True) -> None:
        self.message.setStyleSheet(ERROR_STYLE if problem else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ----------------------------------------------------------- the file
    def _folder(self) -> Path:
        folder = Path(self.ctx.settings.get(REPORTS_FOLDER) or Path.home())
        return folder if folder.is_dir() else Path.home()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from Excel"), str(self._folder()),
                                              self.tr("Excel workbooks (*.xlsx);;All files (*)"))
        if path:
            self.path.setText(path)
            self.check()

    def check(self) -> None:
        """The dry run: read and check the whole file on the worker; nothing is written."""
        text = self.path.text().strip()
        if not text or self.busy:
            return
        self._generation += 1
        generation, into, send = self._generation, self.into_training, self._progress.emit
        self._show_message("")
        self._set_busy(True)

        def progress(done: int, total: int) -> None:
            send(generation, done, total)

        self.ctx.read(lambda fd: plan_import(fd, text, into_training=into, progress=progress),
                      lambda plan: self._planned(generation, plan), owner=self,
                      on_error=lambda error: self._refused(generation, error),
                      label=self.tr("Checking the file\u2026"))

    def _planned(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.plan = plan
        self.problems_model.set_problems(plan.problems)
        self.rows_model.set_plan(None if plan.problems else plan)
        self.problems_view.setVisible(bool(plan.problems))
        self.rows_view.setVisible(not plan.problems)
        for view in (self.problems_view, self.rows_view):
            fit_columns(view)
        for row in range(min(self.rows_model.rows_to_decide(), OPEN_CHOICES)):  # they come first
            self.rows_view.openPersistentEditor(self.rows_model.index(row, 3))
        self.summary.setText(plan_text(plan, len(plan.undecided)))  # a row settled before asks nothing
        self._go(PREVIEW)
        self.planned.emit(plan)

    def _choice_made(self, *_args) -> None:
        """A probable match settled: the summary counts again what Import will add and enrol."""
        if self.plan is not None and not self.plan.problems:
            self.summary.setText(plan_text(self.plan, len(self.plan.undecided)))
        self._update_buttons()

    def _refused(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.plan = None
        self._go(CHOOSE)
        text = error_text(error)
        self._show_message(text)
        self.refused.emit(text)

    # ------------------------------------------------------------- import
    def commit(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok or self.busy:
            return
        self.rows_view.setFocus()  # an open choice editor commits its value first
        if plan.undecided:  # Import waits until each probable match is settled (the button says so)
            return
        self._set_busy(True)
        # No owner: if the window is closed meanwhile, the import still finishes and still tells the lists (the
        # context announces a write only when its callback runs); only this window's own update is skipped.
        self.ctx.write(lambda fd: commit_import(fd, plan), lambda result: _if_alive(self, self._imported, result),
                       on_error=self._import_failed_somewhere,
                       label=self.tr("Importing\u2026"))

    def _imported(self, result: SheetImportResult) -> None:
        self._set_busy(False)
        self.result = result
        self.done_label.setText(done_text(result, self.plan.table if self.plan else ""))
        self.plan = None
        self._go(DONE)
        self.close_button.setDefault(True)
        self.imported.emit(result)

    def _import_failed_somewhere(self, error: BaseException) -> None:
        from shiboken6 import Shiboken

        if Shiboken.isValid(self):
            self._import_failed(error)
        else:
            self.ctx.tasks.failed.emit(error)  # the window was closed: the main window says it

    def _import_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._show_message(self.tr("Nothing was imported: %1").replace("%1", error_text(error)))

    # ---------------------------------------------------------- templates
    def save_template(self) -> None:
        kind = self.template_kind.currentData()
        suggested = self._folder() / f"{kind}-template.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a template"), str(suggested),
                                              self.tr("Excel workbooks (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        lang = ui_language(self.ctx.settings)

        def done(_result) -> None:
            self._show_message(self.tr("The template was saved to %1. Fill it in, then import it here.")
                               .replace("%1", path), problem=False)
            self.template_saved.emit(path)

        def failed(error: BaseException) -> None:
            self._show_message(error_text(error))

        self.ctx.files.run(lambda: write_template(kind, path, lang), done, failed, owner=self)


def _if_alive(widget: QWidget, fn, value) -> None:
    from shiboken6 import Shiboken

    if Shiboken.isValid(widget):
        fn(value)
