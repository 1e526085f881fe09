"""The experts page's editor: the form of one record and its parts (made once the list is being read)."""

from __future__ import annotations

from app.ui.widgets.editor import RecordEditor
from app.ui.widgets.fields import LongTextInput, ReferenceListInput, TextInput, WordsInput
from app.ui.widgets.form import FieldSpec


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
