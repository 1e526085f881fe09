"""The Voluntary Fund: donors, contributions (pledged, received, earmarked), the UN operational rates of exchange and
the allocations of the Fund's money to projects (``grant_id`` is a plain text UUID, no foreign key: grants arrive in
a revision of their own and are wired to allocations when both are merged).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

TEXT = sqlmodel.sql.sqltypes.AutoString


def _shared() -> list:
    return [
        sa.Column("id", TEXT(length=36), nullable=False),
        sa.Column("owner_office", TEXT(length=32), nullable=False),
        sa.Column("created_at", TEXT(length=32), nullable=False),
        sa.Column("created_by", TEXT(length=120), nullable=False),
        sa.Column("updated_at", TEXT(length=32), nullable=False),
        sa.Column("updated_by", TEXT(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


TABLES = {
    "donor": (
        [sa.Column("name", TEXT(length=200), nullable=False),
         sa.Column("kind", sa.String(length=40), nullable=False),
         sa.Column("country_id", TEXT(), nullable=True),
         sa.Column("notes", TEXT(length=5000), nullable=False)],
        [("country_id", "country")],
        ["country_id"],
    ),
    "contribution": (
        [sa.Column("donor_id", TEXT(), nullable=False),
         sa.Column("year", sa.Integer(), nullable=False),
         sa.Column("amount", sa.Float(), nullable=False),
         sa.Column("currency", TEXT(length=3), nullable=False),
         sa.Column("status", sa.String(length=40), nullable=False),
         sa.Column("pledge_date", sa.Date(), nullable=True),
         sa.Column("receipt_date", sa.Date(), nullable=True),
         sa.Column("earmark", sa.String(length=40), nullable=False),
         sa.Column("earmark_theme_id", TEXT(), nullable=True),
         sa.Column("earmark_region", sa.String(length=40), nullable=True),
         sa.Column("earmark_country_id", TEXT(), nullable=True),
         sa.Column("note", TEXT(length=2000), nullable=False)],
        [("donor_id", "donor"), ("earmark_theme_id", "thematic_area"), ("earmark_country_id", "country")],
        ["donor_id", "year"],
    ),
    "exchange_rate": (
        [sa.Column("currency", TEXT(length=3), nullable=False),
         sa.Column("effective_date", sa.Date(), nullable=False),
         sa.Column("units_per_usd", sa.Float(), nullable=False)],
        [],
        ["currency"],
    ),
    "fund_allocation": (
        [sa.Column("year", sa.Integer(), nullable=False),
         sa.Column("amount_usd", sa.Float(), nullable=False),
         sa.Column("project_id", TEXT(), nullable=False),
         sa.Column("grant_id", TEXT(length=36), nullable=True),
         sa.Column("contribution_id", TEXT(), nullable=True),
         sa.Column("allocation_date", sa.Date(), nullable=True),
         sa.Column("note", TEXT(length=2000), nullable=False)],
        [("project_id", "project"), ("contribution_id", "contribution")],
        ["year", "project_id", "contribution_id"],
    ),
}


def upgrade() -> None:
    for table, (columns, keys, indexed) in TABLES.items():
        op.create_table(
            table,
            *_shared(),
            *columns,
            *[sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}"))
              for column, target in keys],
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in ["owner_office", *indexed]:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
        op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                        sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))


def downgrade() -> None:
    for table, (_columns, _keys, indexed) in reversed(TABLES.items()):
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(["owner_office", *indexed]):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
