"""Import from the Universal Human Rights Index's export (CSV or .xlsx), from the Recommendations page: the file and
the country, a dry run on the worker that says what would happen (new, already recorded, left out, problems), then
Import, which writes the new recommendations in one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from app.spreadsheets.uhri import commit_recommendations, plan_recommendations
from app.ui.i18n.formats import format_number
from app.ui.i18n.problems import problem_text
from app.ui.widgets.fields import ReferenceInput
from app.ui.widgets.form import ERROR_STYLE
from app.ui.widgets.messages import error_text


class IndexImportDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.plan = None
        self.setWindowTitle(self.tr("Import recommendations from the Universal Human Rights Index"))
        intro = QLabel(self.tr("Export the recommendations from uhri.ohchr.org as CSV or Excel, then choose the file "
                               "here. Nothing is written until you press Import; recommendations already recorded "
                               "(same document symbol and paragraph) are left as they are."))
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("Type the file's path, or Browse"))
        self.file.returnPressed.connect(self.check)
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(browse)
        self.country = ReferenceInput(ctx.refs, "country", self.tr("As the file says"))
        self.country.set_value(ctx.refs.office_country(ctx.office))
        self.country.changed.connect(self.check)
        form = QFormLayout()
        for text, widget, field in ((self.tr("&File"), self.file, row), (self.tr("&Country"), self.country.widget,
                                                                           self.country.widget)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, field)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.buttons = QDialogButtonBox()
        self.check_button = self.buttons.addButton(self.tr("C&heck"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.commit)
        self.buttons.rejected.connect(self.reject)
        self.import_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 480)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), self.file.text(),
                                              self.tr("Index exports (*.csv *.xlsx);;All files (*)"))
        if path:
            self.file.setText(path)
            self.check()

    def check(self) -> None:
        """The dry run: read and check the file on the worker; write nothing."""
        path = self.file.text().strip()
        self.plan = None
        self.import_button.setEnabled(False)
        if not path:
            return
        country = self.ctx.refs.code("country", self.country.value()) or None

        def plan(fd):
            return plan_recommendations(fd, Path(path), country=country)

        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking\u2026"))
        self.ctx.read(plan, self._planned, owner=self, on_error=self._failed)

    def _planned(self, plan) -> None:
        self.plan = plan
        new, existing = plan.count("create"), plan.count("existing")
        left_out = plan.count("other_country")
        text = self.tr("New: %1. Already recorded: %2. For another country (left out): %3.").replace(
            "%1", format_number(new)).replace("%2", format_number(existing)).replace("%3", format_number(left_out))
        if not plan.ok:
            text += " " + self.tr("Problems: %1. Correct the file and check it again; nothing will be imported "
                                  "until then.").replace("%1", format_number(len(plan.problems)))
            self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(text)
        self.details.setPlainText("\n".join(self.problem_line(p) for p in plan.problems))
        self.import_button.setEnabled(plan.ok and new > 0)

    def problem_line(self, found) -> str:
        """A row's problem in the interface's language: where (the column as the file titles it), then what."""
        return self.tr("Row %1, %2: %3").replace("%1", format_number(found.row)).replace(
            "%2", found.column or "\u2014").replace("%3", problem_text(found.message, found.column or None))

    def _failed(self, error: BaseException) -> None:
        self.summary.setStyleSheet(ERROR_STYLE)
        self.summary.setText(error_text(error))
        self.details.clear()

    def commit(self) -> None:
        plan = self.plan
        if plan is None or not plan.ok:
            return
        self.import_button.setEnabled(False)

        def write(fd):
            return commit_recommendations(fd, plan)

        self.ctx.write(write, self._done, owner=self, on_error=self._failed)

    def _done(self, count: int) -> None:
        self.plan = None
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Recommendations imported: %1.").replace("%1", format_number(count)))
        self.details.clear()
        self.summary.setFocus(Qt.FocusReason.OtherFocusReason)
