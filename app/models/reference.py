"""Offices and the programme's reference data (countries, thematic areas, stakeholder types)."""

from __future__ import annotations

from sqlmodel import JSON, Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import OfficeRole
from app.models.list_entry import Code, Names


class Office(SharedRecord, table=True):
    """A field presence or headquarters. Its id derives from its code, so every site knows it by the same id."""

    __tablename__ = "office"

    code: str = Field(min_length=2, max_length=32, unique=True, title="Office code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    country_id: str | None = Field(default=None, foreign_key="country.id", title="Country")
    role: OfficeRole = Field(sa_type=ENUM_TEXT, default=OfficeRole.FIELD, title="Role")


class Country(SharedRecord, table=True):
    """ISO 3166-1 country, seeded from pycountry at every site; names are translated when shown."""

    __tablename__ = "country"

    code: str = Field(min_length=2, max_length=2, unique=True, title="ISO code")
    alpha3: str = Field(max_length=3, title="ISO alpha-3 code")
    name: str = Field(min_length=1, max_length=200, title="Name")


class ThematicArea(SharedRecord, table=True):
    __tablename__ = "thematic_area"

    code: Code = Field(min_length=1, max_length=64, unique=True, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")
    names: Names = Field(default_factory=dict, sa_type=JSON, nullable=False, title="Names")
    retired: bool = Field(default=False, title="Retired")


class StakeholderType(SharedRecord, table=True):
    __tablename__ = "stakeholder_type"

    code: Code = Field(min_length=1, max_length=64, unique=True, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    sort_order: int = Field(default=0, title="Order")
    names: Names = Field(default_factory=dict, sa_type=JSON, nullable=False, title="Names")
    retired: bool = Field(default=False, title="Retired")


THEMATIC_AREAS = [
    ("nhri", "National human rights institutions"),
    ("action_plans", "National human rights action plans"),
    ("education", "Human rights education"),
    ("justice", "Administration of justice"),
    ("constitutional_reform", "Constitutional and legislative reform"),
    ("elections", "Elections"),
    ("treaty_reporting", "Treaty body reporting"),
    ("escr_development", "Economic, social and cultural rights and the right to development"),
    ("victims_compensation", "Compensation of victims"),
    ("civil_society", "Support to NGOs and civil society"),
]

STAKEHOLDER_TYPES = [
    ("government", "Government"),
    ("parliament", "Parliament"),
    ("judiciary", "Judiciary"),
    ("police", "Police"),
    ("military", "Military"),
    ("prison", "Prison administration"),
    ("nhri", "National human rights institution"),
    ("ngo", "NGO or civil society"),
    ("un_agency", "UN agency"),
    ("donor", "Donor"),
    ("independent_expert", "Independent expert"),
    ("academia", "Academia"),
    ("media", "Media"),
]
