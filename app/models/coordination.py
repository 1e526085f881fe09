"""The coordination register: who else works where. Partners (UN agencies, donors, NGOs, government bodies, national
institutions) and their activities (country, themes, target groups, period, existing or planned, amount when known,
the UN cooperation framework outcome it serves, where the information came from), so that assistance is planned "in
close coordination with other UN bodies and agencies" and knows "existing or planned assistance from other donors".

Partners are a roster (``ROSTER`` governance): headquarters keeps the main agencies and donors, which go to every
office; an office adds the partners only it knows (a national NGO) and is shown the ones already recorded with a
similar name or acronym before it saves (``app.services.programme.coordination.similar_partners``), so an office does
not record UNDP a second time. Activities are an office's own work (``OFFICE``): what it learns in its countries."""

from __future__ import annotations

from datetime import date

from pydantic import model_validator
from sqlmodel import JSON, Column, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.currency import known_currency
from app.models.enums import PartnerKind, PlanStage
from app.models.validation import check_date_order
from app.vocabulary.problems import ProblemError


class Partner(SharedRecord, table=True):
    __tablename__ = "partner"

    name: str = Field(min_length=1, max_length=300, title="Name")
    acronym: str = Field(default="", max_length=40, title="Acronym")
    kind: PartnerKind = Field(sa_type=ENUM_TEXT, default=PartnerKind.UN_AGENCY, title="Kind of partner")
    # a national partner's country (a ministry, a national NGO); empty for an agency or donor working in many
    country_id: str | None = Field(default=None, foreign_key="country.id", index=True, title="Country")
    website: str = Field(default="", max_length=300, title="Website")
    contact: str = Field(default="", max_length=500, title="Contact")
    notes: str = Field(default="", max_length=5000, title="Notes")
    # National human rights institutions (schema 0026): a partner of kind "nhri" links to the institution's profile
    # (same country; a plain id, checked by app/services/programme/institutions.py).
    institution_id: str | None = Field(default=None, index=True, title="National institution")


class PartnerActivity(SharedRecord, table=True):
    __tablename__ = "partner_activity"

    partner_id: str = Field(foreign_key="partner.id", index=True, title="Partner")
    title: str = Field(min_length=1, max_length=300, title="Title")
    country_id: str = Field(foreign_key="country.id", index=True, title="Country")
    theme_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False), title="Thematic areas")
    target_group_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False),
                                        title="Target groups")
    stage: PlanStage = Field(sa_type=ENUM_TEXT, default=PlanStage.EXISTING, index=True, title="Existing or planned")
    start_date: date | None = Field(default=None, title="Start date")
    end_date: date | None = Field(default=None, title="End date")
    amount: float | None = Field(default=None, ge=0, title="Amount")
    currency: str = Field(default="", max_length=3, title="Currency")
    contact_person: str = Field(default="", max_length=300, title="Contact person")
    framework_outcome: str = Field(default="", max_length=1000, title="Cooperation framework outcome")
    info_source: str = Field(default="", max_length=300, title="Source of the information")
    info_date: date | None = Field(default=None, title="Information as of")
    notes: str = Field(default="", max_length=5000, title="Notes")

    @model_validator(mode="after")
    def _rules(self):
        check_date_order(self.start_date, self.end_date)
        # the forms and the import write the code in capitals (``currency_code``); never changed here
        if self.amount is not None and not self.currency:
            raise ProblemError("currency", "currency_needed")
        if self.currency and not known_currency(self.currency):
            raise ProblemError("currency", "unknown_currency", input=self.currency)
        return self
