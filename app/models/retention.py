"""How long personal data is kept: headquarters' settings, sent to every office like the rules for what is due, so
every office keeps and removes the same things. A daily sweep applies them (``app/services/privacy/retention.py``)."""

from __future__ import annotations

from sqlmodel import Field

from app.models.base import SharedRecord

# code -> (English name, months). Seeded at every site with ids from the codes.
RETENTION_RULES: list[tuple[str, str, int]] = [
    ("contact_details", "Contact details, months after the person's last activity unless consent is renewed", 24),
    ("erasure_records", "Records of erased people, months after the erasure", 72),
    ("manual_backups", "Backups made by hand, months before they are proposed for deletion", 12),
]

# Headquarters' policies kept beside them (the same record, sent the same way; ``months`` unused): code -> English
# name. Seeded not in use.
POLICY_RULES: list[tuple[str, str]] = [
    ("names_stay_in_offices", "Participants' names never leave the offices: every participant is sent to "
                              "headquarters under the pseudonym, whatever their consent"),
]


class RetentionRule(SharedRecord, table=True):
    __tablename__ = "retention_rule"

    code: str = Field(min_length=1, max_length=40, title="Code")
    name: str = Field(min_length=1, max_length=200, title="Name")
    months: int = Field(default=12, ge=1, le=600, title="Months")
    enabled: bool = Field(default=True, title="In use")
    sort_order: int = Field(default=0, title="Order")
