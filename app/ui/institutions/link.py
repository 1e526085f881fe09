"""The national institution a project, mission, training activity or recommendation concerns: a list of the
institutions of the record's country, read again on the worker whenever the country changes (the services refuse
one of another country, and say so)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal

from app.services.programme.institutions import of_country
from app.ui.widgets.fields import ChoiceInput
from app.ui.widgets.form import FieldSpec

if TYPE_CHECKING:
    from app.ui.context import AppContext


def tr(text: str) -> str:
    return QCoreApplication.translate("Institutions", text)


class InstitutionInput(ChoiceInput):
    """One institution of ``country`` or none; the list follows the country (``set_country``)."""

    items_loaded = Signal()  # the country's institutions arrived (tests wait for it)

    def __init__(self, ctx: AppContext):
        super().__init__([], "\u2014")
        self.ctx = ctx
        self.country_id: str | None = None
        self.names: dict[str, str] = {}
        self.widget.setAccessibleName(tr("National institution"))

    def set_country(self, country_id: str | None) -> None:
        self.country_id = country_id
        self.ctx.read(lambda fd: of_country(fd, country_id), lambda items: self._arrived(country_id, items),
                      owner=self)

    def _arrived(self, country_id: str | None, items: list[tuple[str, str]]) -> None:
        if country_id != self.country_id:
            return  # the country changed again meanwhile
        self.names.update(items)
        blocked = self.blockSignals(True)  # a list arriving is no edit
        try:
            self.set_items(items)
        finally:
            self.blockSignals(blocked)
        self.items_loaded.emit()

    def missing_label(self, value) -> str:
        return self.names.get(value, tr("An institution of another country"))


class InstitutionLink:
    """Mixed into an editor whose form has ``country_id`` and ``institution_id`` (``institution_field``): the
    institution's list follows the country typed, loaded and defaulted."""

    def institution_field(self) -> FieldSpec:
        ctx = self.ctx
        return FieldSpec("institution_id", tr("National institution"), lambda: InstitutionInput(ctx),
                         hint=tr("The national human rights institution this concerns: one of the record's "
                                 "country."))

    def link_institution(self) -> None:
        country = self.form.inputs["country_id"]
        country.changed.connect(self._institutions_of_country)
        self.loaded.connect(self._institutions_of_country)

    def new_record(self, preset: dict[str, Any] | None = None) -> None:
        super().new_record(preset)
        self._institutions_of_country()

    def _institutions_of_country(self) -> None:
        self.form.inputs["institution_id"].set_country(self.form.inputs["country_id"].value())
