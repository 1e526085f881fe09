"""Privacy: headquarters' policy "participants' names never leave the offices" (a ``retention_rule`` record with the
code ``names_stay_in_offices``, seeded not in use at every site from its code when the profile opens, like every
reference row that comes with a newer schema). No table changes: this revision exists so that a profile made before
it is upgraded, and so seeded, when it next opens.

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-07
"""


revision = "0027"
down_revision = "0026"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass  # the policy's row is reference data: seeded after the upgrade (app/services/seed.py)


def downgrade() -> None:
    pass
