"""What the import window says about a plan and a finished import, in the interface language (the plan's own
summary lines are English, for the command line). A QObject only for ``tr()``: Qt's extraction tool finds plural
forms in ``self.tr(text, "", n)`` calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from app.spreadsheets.importable import IMPORTABLE
from app.spreadsheets.importer import CREATE, EXISTING

if TYPE_CHECKING:
    from app.spreadsheets.importer import ImportPlan, SheetImportResult

KINDS = tuple(IMPORTABLE)  # in the order the window offers them


class ImportTexts(QObject):
    def kind_label(self, kind: str) -> str:
        if kind == "participants":
            return self.tr("participants")
        if kind == "trainings":
            return self.tr("training activities")
        return self.tr("missions")

    def new_records(self, table: str, n: int) -> str:
        if table == "participant":
            return self.tr("%Ln new participant(s)", "", n)
        if table == "training":
            return self.tr("%Ln new training activity(-ies)", "", n)
        return self.tr("%Ln new mission(s)", "", n)

    def plan_text(self, plan: ImportPlan, to_decide: int) -> str:
        """The preview's summary: the problems to correct, or what Import will do."""
        if plan.problems:
            problems = self.tr("%Ln problem(s) in the file", "", len(plan.problems))
            rows = self.tr("%Ln row(s)", "", len({p.row for p in plan.problems}))
            advice = self.tr("Nothing can be imported until they are corrected: correct the file, save it and "
                             "check it again.")
            return f"{problems} ({rows}). {advice}"
        # a probable match not yet settled is counted once it is: it may be someone recorded already
        new = plan.count(CREATE) - len(plan.undecided)
        parts = [self.tr("To add: %1.").replace("%1", self.new_records(plan.table, new))]
        existing = self.tr("%Ln row(s) already recorded, left as they are.", "", plan.count(EXISTING))
        parts.append(existing)
        if plan.into_training:
            enrol = self.tr("%Ln participant(s) to enrol in the activity.", "", plan.enrollments)
            parts.append(enrol)
        if to_decide:
            decide = self.tr("%Ln participant(s) may already be recorded (highlighted): choose in the last column "
                             "whether each is the same person or someone new.", "", to_decide)
            parts.append(decide)
        parts.append(self.tr("Nothing is written until you press Import."))
        return " ".join(parts)

    def done_text(self, result: SheetImportResult, table: str) -> str:
        made = self.new_records(table, result.created.get(table, 0))
        parts = [self.tr("Imported: %1.").replace("%1", made)]
        if result.created.get("enrollment"):
            enrolled = self.tr("%Ln participant(s) enrolled in the activity.", "", result.created["enrollment"])
            parts.append(enrolled)
        existing = self.tr("%Ln row(s) were already recorded and left as they were.", "", result.existing)
        parts.append(existing)
        return "\n".join(parts)


def kind_label(kind: str) -> str:
    return ImportTexts().kind_label(kind)


def plan_text(plan: ImportPlan, to_decide: int) -> str:
    return ImportTexts().plan_text(plan, to_decide)


def done_text(result: SheetImportResult, table: str) -> str:
    return ImportTexts().done_text(result, table)
