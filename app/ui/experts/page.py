"""Experts: the roster that missions and trainings draw upon."""

from __future__ import annotations

from app.ui.widgets.columns import Column
from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceListInput, TextInput, WordsInput
from app.ui.widgets.filter_bar import Filter
from app.ui.widgets.form import FieldSpec
from app.ui.widgets.record_page import RecordPage


class ExpertEditor(RecordEditor):
    table = "expert"

    def field_specs(self) -> list[FieldSpec]:
        refs = self.ctx.refs
        return [
            FieldSpec("full_name", self.tr("Full name"), lambda: TextInput(200)),
            FieldSpec("organisation", self.tr("Organisation"), lambda: TextInput(200)),
            FieldSpec("expertise_ids", self.tr("Expertise"), lambda: ReferenceListInput(refs, "thematic_area")),
            FieldSpec("languages", self.tr("Languages"), lambda: WordsInput(200),
                      hint=self.tr("Language codes separated by commas, for example: en, fr, es.")),
            FieldSpec("email", self.tr("E-mail"), lambda: TextInput(200)),
            FieldSpec("phone", self.tr("Phone"), lambda: TextInput(60)),
            FieldSpec("notes", self.tr("Notes"), lambda: LongTextInput(4)),
        ]

    def new_heading(self) -> str:
        return self.tr("New expert")


class ExpertsPage(RecordPage):
    key = "experts"
    table = "expert"

    def title(self) -> str:
        return self.tr("Experts")

    def columns(self) -> list[Column]:
        return [
            Column("full_name", self.tr("Name")),
            Column("organisation", self.tr("Organisation")),
            Column("expertise_ids", self.tr("Expertise"), "refs", ref="thematic_area", sortable=False),
            Column("languages", self.tr("Languages"), "words", sortable=False),
            Column("email", self.tr("E-mail")),
            Column("phone", self.tr("Phone"), visible=False),
            Column("owner_office", self.tr("Office"), visible=False),
        ]

    def filters(self) -> list[Filter]:
        return [
            Filter("reference", "expertise_ids", self.tr("Expertise"), ref="thematic_area"),
            Filter("office", "owner_office", self.tr("Office")),
        ]

    def count_text(self, n: int) -> str:
        return self.tr("%Ln expert(s)", "", n)

    def make_editor(self) -> RecordEditor:
        return ExpertEditor(self.ctx)
