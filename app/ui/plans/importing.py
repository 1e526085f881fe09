"""A plan's actions from Excel, on its Actions tab: the template saved in the interface's language, then the sheet
read on the worker as a dry run that says in one message how many rows are new, already on the plan and with
problems (each problem by row and column); a sheet with problems imports nothing, otherwise the user confirms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.spreadsheets.plans import commit_actions_import, plan_actions_import, write_template
from app.ui.i18n.formats import format_number
from app.ui.i18n.problems import problem_text
from app.ui.i18n.vocabulary import language
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.widgets.messages import confirm, inform, show_error

if TYPE_CHECKING:
    from app.spreadsheets.plans import ActionsImport
    from app.ui.context import AppContext

MAX_PROBLEMS_SHOWN = 20
translate = QCoreApplication.translate


def _folder(ctx: AppContext) -> str:
    return ctx.settings.get(REPORTS_FOLDER) or str(Path.home())


def save_template(ctx: AppContext, parent: QWidget) -> None:
    suggested = str(Path(_folder(ctx)) / translate("Plans", "plan-actions.xlsx"))
    path, _ = QFileDialog.getSaveFileName(parent, translate("Plans", "Save the actions template"), suggested,
                                          translate("Plans", "Excel workbooks (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    lang = language()

    def write(_fd):
        write_template(path, lang)
        return path

    ctx.read(write, lambda p: inform(parent, translate("Plans", "Save the actions template"),
                                     translate("Plans", "Template saved: %1").replace("%1", p)),
             owner=parent, on_error=lambda e: show_error(parent, e))


def start_import(ctx: AppContext, parent: QWidget, plan_id: str) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Plans", "Import actions from Excel"), _folder(ctx),
                                          translate("Plans", "Excel workbooks (*.xlsx)"))
    if not path:
        return

    def dry_run(fd):
        return plan_actions_import(fd, plan_id, path)

    ctx.read(dry_run, lambda planned: _planned(ctx, parent, planned), owner=parent,
             on_error=lambda e: show_error(parent, e), label=translate("Plans", "Reading\u2026"))


def problems_text(planned: ActionsImport) -> str:
    lines = [translate("Plans", "Row %1, %2: %3").replace("%1", str(p.row)).replace("%2", p.column or "\u2014")
             .replace("%3", problem_text(p.message, p.column or None)) for p in planned.problems[:MAX_PROBLEMS_SHOWN]]
    if len(planned.problems) > MAX_PROBLEMS_SHOWN:
        lines.append(translate("Plans", "and %1 more").replace(
            "%1", format_number(len(planned.problems) - MAX_PROBLEMS_SHOWN)))
    return "\n".join(lines)


def counts_text(planned: ActionsImport) -> str:
    return translate("Plans", "%1: %2 new, %3 already recorded, %4 with problems.") \
        .replace("%1", planned.path.name).replace("%2", format_number(len(planned.new))) \
        .replace("%3", format_number(len(planned.existing))).replace("%4", format_number(len(planned.problem_rows)))


def _planned(ctx: AppContext, parent: QWidget, planned: ActionsImport) -> None:
    title = translate("Plans", "Import actions from Excel")
    if not planned.ok:
        inform(parent, title, counts_text(planned) + "\n" + translate(
            "Plans", "Nothing was imported: correct these rows in the sheet and import it again.") + "\n\n"
            + problems_text(planned))
        return
    if not planned.new:
        inform(parent, title, counts_text(planned) + "\n" + translate("Plans", "There is nothing new to import."))
        return
    if not confirm(parent, title, counts_text(planned) + "\n" + translate("Plans", "Import the new actions?")):
        return

    def commit(fd):
        return commit_actions_import(fd, planned)

    def done(count: int) -> None:
        parent.reload()
        parent.changed.emit()
        inform(parent, title, translate("Plans", "Actions imported: %1.").replace("%1", format_number(count)))

    ctx.write(commit, done, owner=parent, on_error=lambda e: show_error(parent, e))
