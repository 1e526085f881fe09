"""Several countries: a mission, training activity or project has a scope (national, regional, interregional,
global), the regions and the countries it covers (id lists, like ``theme_ids``), and the UN M49 regions are
reference data (``region``, seeded at every site with ids from their codes when the profile opens).

Plain ``ALTER TABLE ADD COLUMN`` with defaults (no batch rebuild), so the tables' rowids, full-text triggers and
foreign keys are untouched, and every record made before reads as national, its one country being ``country_id``.

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None

COVERING = ("mission", "training", "project")  # frozen with this revision


def upgrade() -> None:
    op.create_table(
        "region",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_region")),
        sa.UniqueConstraint("code", name=op.f("uq_region_code")),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_owner_office"), ["owner_office"], unique=False)
    op.create_index("ix_region_deleted_rows", "region", ["id"], unique=False,
                    sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))
    for table in COVERING:
        op.add_column(table, sa.Column("scope", sa.String(length=40), nullable=False, server_default="national"))
        op.add_column(table, sa.Column("region_ids", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
        op.add_column(table, sa.Column("country_ids", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))


def downgrade() -> None:
    for table in COVERING:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("country_ids")
            batch_op.drop_column("region_ids")
            batch_op.drop_column("scope")
    op.drop_index("ix_region_deleted_rows", table_name="region")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_owner_office"))
    op.drop_table("region")
