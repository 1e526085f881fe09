"""Import from Excel on the Coordination page: a partner matrix kept in Excel ("who does what where"). The sheet is
checked on the worker first; a sheet with problems is refused with every problem by row and column, and nothing
changes; otherwise the user is told what will be added and confirms."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.spreadsheets.coordination import commit_register_import, plan_register_import
from app.ui.i18n.formats import format_number
from app.ui.i18n.problems import problem_text
from app.ui.settings.options import REPORTS_FOLDER
from app.ui.widgets.messages import confirm, inform, show_error

if TYPE_CHECKING:
    from app.spreadsheets.coordination import RegisterPlan
    from app.ui.context import AppContext

MAX_PROBLEMS_SHOWN = 20
translate = QCoreApplication.translate


def start_import(ctx: AppContext, parent: QWidget) -> None:
    folder = ctx.settings.get(REPORTS_FOLDER) or str(Path.home())
    path, _ = QFileDialog.getOpenFileName(parent, translate("Coordination", "Import the register from Excel"),
                                          folder, translate("Coordination", "Excel workbooks (*.xlsx)"))
    if not path:
        return

    def plan(fd):
        return plan_register_import(fd, path)

    ctx.read(plan, lambda p: _planned(ctx, parent, p), owner=parent, on_error=lambda e: show_error(parent, e),
             label=translate("Coordination", "Reading\u2026"))


def problems_text(plan: RegisterPlan) -> str:
    lines = [translate("Coordination", "Row %1, %2: %3").replace("%1", str(p.row))
             .replace("%2", p.column or "\u2014").replace("%3", problem_text(p.message, p.column or None))
             for p in plan.problems[:MAX_PROBLEMS_SHOWN]]
    if len(plan.problems) > MAX_PROBLEMS_SHOWN:
        lines.append(translate("Coordination", "and %1 more").replace(
            "%1", str(len(plan.problems) - MAX_PROBLEMS_SHOWN)))
    return "\n".join(lines)


def _planned(ctx: AppContext, parent: QWidget, plan: RegisterPlan) -> None:
    title = translate("Coordination", "Import the register from Excel")
    if not plan.ok:
        inform(parent, title, translate("Coordination", "%1 has problems; nothing was imported. Correct them in the "
                                                        "sheet and import it again.\n\n%2")
               .replace("%1", plan.path.name).replace("%2", problems_text(plan)))
        return
    question = translate("Coordination", "%1: %2, %3, %4 already recorded. Import them?").replace(
        "%1", plan.path.name) \
        .replace("%2", translate("Coordination", "%Ln new partner(s)", "", len(plan.new_partners))) \
        .replace("%3", translate("Coordination", "%Ln new activity(ies)", "", len(plan.activities))) \
        .replace("%4", format_number(plan.existing))
    if not (plan.new_partners or plan.activities):
        inform(parent, title, translate("Coordination", "Everything in %1 is already recorded.")
               .replace("%1", plan.path.name))
        return
    if not confirm(parent, title, question):
        return

    def commit(fd):
        return commit_register_import(fd, plan)

    ctx.write(commit, lambda done: inform(parent, title, translate("Coordination", "Imported %1 and %2.").replace(
        "%1", translate("Coordination", "%Ln partner(s)", "", done["partner"])).replace(
        "%2", translate("Coordination", "%Ln activity(ies)", "", done["partner_activity"]))),
        owner=parent, on_error=lambda e: show_error(parent, e))
