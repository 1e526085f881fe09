"""National human rights institutions: ``institution`` (the profile, searchable by name, acronym, legal basis and
notes: FTS5 on SQLite, a GIN index on PostgreSQL, as 0023 does) with its ``institution_accreditation`` (GANHRI
reviews), ``institution_concern`` (Paris Principles concerns recorded as findings) and ``institution_office``
(regional offices) parts; and a nullable ``institution_id`` on projects, missions, training activities,
recommendations and the coordination register's partners (the partner that is the institution), added by plain ``ADD COLUMN`` (no foreign key, no batch rebuild: the tables' rowids, full-text
triggers and foreign keys are untouched; the services check the link).

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-07
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None

SEARCHED = {"institution": ["name", "acronym", "legal_basis", "notes"]}  # frozen here
INDEXED = {"institution": ["owner_office", "country_id"],
           "institution_accreditation": ["owner_office", "institution_id"],
           "institution_concern": ["owner_office", "institution_id"],
           "institution_office": ["owner_office", "institution_id"]}
LINKED = ("project", "mission", "training", "recommendation", "partner")  # frozen with this revision


def _text(length=None):
    return sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()


def _system() -> list:
    return [
        sa.Column("id", _text(36), nullable=False),
        sa.Column("owner_office", _text(32), nullable=False),
        sa.Column("created_at", _text(32), nullable=False),
        sa.Column("created_by", _text(120), nullable=False),
        sa.Column("updated_at", _text(32), nullable=False),
        sa.Column("updated_by", _text(120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _part(name: str, *columns) -> None:
    op.create_table(
        name, *_system(),
        sa.Column("institution_id", _text(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(["institution_id"], ["institution.id"],
                                name=op.f(f"fk_{name}_institution_id_institution")),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )


def upgrade() -> None:
    op.create_table(
        "institution", *_system(),
        sa.Column("name", _text(300), nullable=False),
        sa.Column("acronym", _text(40), nullable=False),
        sa.Column("country_id", _text(), nullable=False),
        sa.Column("institution_type", sa.String(length=40), nullable=False),
        sa.Column("legal_basis", _text(2000), nullable=False),
        sa.Column("established", sa.Date(), nullable=True),
        sa.Column("website", _text(300), nullable=False),
        sa.Column("contact", _text(2000), nullable=False),
        sa.Column("notes", _text(20000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_institution_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution")),
    )
    _part("institution_accreditation",
          sa.Column("review_date", sa.Date(), nullable=False),
          sa.Column("status", sa.String(length=40), nullable=False),
          sa.Column("next_review", sa.Date(), nullable=True),
          sa.Column("note", _text(5000), nullable=False))
    op.create_table(
        "institution_concern", *_system(),
        sa.Column("institution_id", _text(), nullable=False),
        sa.Column("text", _text(20000), nullable=False),
        sa.Column("accreditation_id", _text(), nullable=True),
        sa.Column("mission_id", _text(), nullable=True),
        sa.Column("raised_date", sa.Date(), nullable=True),
        sa.Column("addressed_date", sa.Date(), nullable=True),
        sa.Column("note", _text(5000), nullable=False),
        sa.ForeignKeyConstraint(["institution_id"], ["institution.id"],
                                name=op.f("fk_institution_concern_institution_id_institution")),
        sa.ForeignKeyConstraint(["accreditation_id"], ["institution_accreditation.id"],
                                name=op.f("fk_institution_concern_accreditation_id_institution_accreditation")),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_institution_concern_mission_id_mission")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_institution_concern")),
    )
    _part("institution_office",
          sa.Column("place", _text(200), nullable=False),
          sa.Column("opened", sa.Date(), nullable=True),
          sa.Column("note", _text(2000), nullable=False))
    for table, columns in INDEXED.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)
        op.create_index(f"ix_{table}_deleted_rows", table, ["id"], unique=False,
                        sqlite_where=sa.text("deleted = 1"), postgresql_where=sa.text("deleted"))
    for table in LINKED:
        op.add_column(table, sa.Column("institution_id", _text(), nullable=True))
        op.create_index(f"ix_{table}_institution_id", table, ["institution_id"], unique=False)
    dialect = op.get_bind().dialect.name
    for table, searched in SEARCHED.items():
        cols = ", ".join(searched)
        if dialect == "sqlite":
            fts = f"{table}_fts"
            new = ", ".join(f"new.{c}" for c in searched)
            old = ", ".join(f"old.{c}" for c in searched)
            op.execute(f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid', "
                       "tokenize='unicode61 remove_diacritics 2', prefix='2 3')")
            op.execute(f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
            op.execute(f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END")
            op.execute(f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
                       f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
                       f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END")
        elif dialect == "postgresql":
            joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in searched)
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin "
                       f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for table in SEARCHED:
        if dialect == "sqlite":
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        elif dialect == "postgresql":
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
    for table in LINKED:
        op.drop_index(f"ix_{table}_institution_id", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("institution_id")
    for table in reversed(list(INDEXED)):
        op.drop_index(f"ix_{table}_deleted_rows", table_name=table)
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in INDEXED[table]:
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
        op.drop_table(table)
