"""Headquarters on PostgreSQL: full-text search with PostgreSQL's own tsvector and GIN indexes (accent-insensitive
through unaccent), and attachment contents kept in the database so every headquarters user sees them.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The searched columns of each table, as the services search them at this revision (tables added later create their own index). A later revision that changes
# them must recreate the index (the query's expression and the index's must be the same for the index to be used).
SEARCHED_COLUMNS = {
    "mission": ["title", "requesting_authority", "terms_of_reference", "summary"],
    "stakeholder_meeting": ["organisation", "summary"],
    "recommendation": ["text", "target_institution"],
    "training": ["title", "venue", "facilitators", "description"],
    "participant": ["full_name", "organisation", "position", "email"],
    "project": ["code", "title", "description"],
    "expert": ["full_name", "organisation", "notes"],
}


def search_expression(columns: list[str]) -> str:
    joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
    return f"to_tsvector('simple'::regconfig, fd_unaccent({joined}))"


def upgrade() -> None:
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_attachment_blob")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(
        "CREATE OR REPLACE FUNCTION fd_unaccent(text) RETURNS text AS "
        "$$ SELECT public.unaccent('public.unaccent'::regdictionary, lower($1)) $$ "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT"
    )
    for table, columns in SEARCHED_COLUMNS.items():
        op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin ({search_expression(columns)})")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
        op.execute("DROP FUNCTION IF EXISTS fd_unaccent(text)")
    op.drop_table("attachment_blob")
