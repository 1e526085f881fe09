"""The people who take part in training activities, reused across activities. A module of its own: the Participants
list, a common first screen, declares this one table and not the four of the activities."""

from __future__ import annotations

import re
from datetime import date

from pydantic import model_validator
from sqlmodel import Field

from app.models.base import ENUM_TEXT, SharedRecord
from app.models.enums import Sex
from app.vocabulary.problems import ProblemError, problem

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")


class Participant(SharedRecord, table=True):
    """A person, reused across activities. Contact details are kept only with their consent."""

    __tablename__ = "participant"

    full_name: str = Field(min_length=1, max_length=200, index=True, title="Full name")
    sex: Sex = Field(sa_type=ENUM_TEXT, default=Sex.NOT_STATED, title="Sex")
    organisation: str = Field(default="", max_length=300, index=True, title="Organisation")
    position: str = Field(default="", max_length=200, title="Position")
    stakeholder_type_id: str | None = Field(default=None, foreign_key="stakeholder_type.id", title="Stakeholder type")
    country_id: str | None = Field(default=None, foreign_key="country.id", index=True, title="Country")
    email: str = Field(default="", max_length=200, title="E-mail")
    phone: str = Field(default="", max_length=60, title="Phone")
    consent_contact: bool = Field(default=False, title="Consents to keeping contact details")
    # Consent's date and its other scope: a participant who does not agree to their name leaving the office is
    # pseudonymised in spreadsheets exported and in bundles to headquarters (app/services/privacy/erasure.py's
    # pseudonym).
    consent_date: date | None = Field(default=None, title="Consent given on")
    consent_share_name: bool = Field(default=True, title="Consents to sharing the name with headquarters")
    # Set when this record was merged into another (a tombstone that names the survivor): a change arriving later
    # for it is carried to the survivor (app/sync/redirect.py). No foreign key: the survivor may be merged in turn.
    merged_into: str | None = Field(default=None, max_length=36, title="Merged into")

    @model_validator(mode="after")
    def _contact_needs_consent(self):
        found = []  # every problem at once: the form shows them together
        if (self.email.strip() or self.phone.strip()) and not self.consent_contact:
            found.append(("consent_contact", problem("consent_needed")))
        if self.email.strip() and not EMAIL.match(self.email.strip()):
            found.append(("email", problem("not_an_email")))
        if found:
            raise ProblemError.of(found)
        return self


class ParticipantDistinct(SharedRecord, table=True):
    """People decided to be two persons although their names look alike ("Not the same person"), so the pair is
    not offered as a possible duplicate again. Belongs to the first participant's office; travels like any part."""

    __tablename__ = "participant_distinct"

    participant_id: str = Field(foreign_key="participant.id", index=True, title="Participant")
    # No foreign key: at headquarters the other may be another office's person, whom this record's office never
    # holds (a key would keep the decision waiting there for a parent that never comes).
    other_id: str = Field(max_length=36, index=True, title="Other participant")
