"""Programme management: requests for assistance and their priority criteria (with the country facts those rest
on), dated status transitions of requests and projects, the results framework (results, indicators, measured
values), risks, evaluations, and each project's sustainability (national partner, exit plan and date).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


# Full-text search of requests (frozen with this revision, like 0001's): an external-content FTS5 table kept current
# by triggers.
SEARCHED_COLUMNS = {
    "assistance_request": ["title", "requesting_authority", "reference", "summary", "decision_reasons"],
}
PROJECT_SEARCH = ["code", "title", "description"]  # as created by 0001


def _create_search(table: str, columns: list[str], create_table: bool = True) -> None:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    if create_table:
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', content_rowid='rowid', "
            "tokenize='unicode61 remove_diacritics 2', prefix='2 3')"
        )
    op.execute(
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.rowid, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.rowid, {new}); END"
    )


def _drop_search(table: str, drop_table: bool = True) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    if drop_table:
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")


def upgrade() -> None:
    op.create_table("priority_criterion",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
    sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column("weight", sa.Integer(), nullable=False),
    sa.Column("evaluation", sa.String(length=40), nullable=False),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_criterion"))
    )
    with op.batch_alter_table("priority_criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_priority_criterion_owner_office"), ["owner_office"], unique=False)

    op.create_table("country_profile",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("least_developed", sa.Boolean(), nullable=False),
    sa.Column("in_transition", sa.Boolean(), nullable=False),
    sa.Column("as_of", sa.Date(), nullable=True),
    sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_country_profile_country_id_country")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_country_profile"))
    )
    with op.batch_alter_table("country_profile", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_country_profile_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_country_profile_owner_office"), ["owner_office"], unique=False)

    op.create_table("assistance_request",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("requesting_authority", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("received_date", sa.Date(), nullable=False),
    sa.Column("channel", sa.String(length=40), nullable=False),
    sa.Column("reference", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("theme_ids", sa.JSON(), nullable=False),
    sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.Column("status", sa.String(length=40), nullable=False),
    sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column("project_ids", sa.JSON(), nullable=False),
    sa.Column("decision_date", sa.Date(), nullable=True),
    sa.Column("decision_reasons", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_assistance_request_country_id_country")),
    sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_assistance_request_mission_id_mission")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_assistance_request"))
    )
    with op.batch_alter_table("assistance_request", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assistance_request_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assistance_request_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_assistance_request_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_assistance_request_received_date"), ["received_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_assistance_request_status"), ["status"], unique=False)

    op.create_table("project_evaluation",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("kind", sa.String(length=40), nullable=False),
    sa.Column("evaluation_date", sa.Date(), nullable=False),
    sa.Column("evaluators", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
    sa.Column("findings", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.Column("lessons", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
    sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_project_evaluation_project_id_project")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_project_evaluation"))
    )
    with op.batch_alter_table("project_evaluation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_evaluation_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_evaluation_project_id"), ["project_id"], unique=False)

    op.create_table("project_result",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("level", sa.String(length=40), nullable=False),
    sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
    sa.Column("statement", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column("training_ids", sa.JSON(), nullable=False),
    sa.Column("mission_ids", sa.JSON(), nullable=False),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_project_result_project_id_project")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_project_result"))
    )
    with op.batch_alter_table("project_result", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_result_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_result_project_id"), ["project_id"], unique=False)

    op.create_table("project_risk",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column("likelihood", sa.String(length=40), nullable=False),
    sa.Column("impact", sa.String(length=40), nullable=False),
    sa.Column("mitigation", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.Column("closed", sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_project_risk_project_id_project")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_project_risk"))
    )
    with op.batch_alter_table("project_risk", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_risk_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_risk_project_id"), ["project_id"], unique=False)

    op.create_table("project_transition",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("from_status", sa.String(length=40), nullable=True),
    sa.Column("to_status", sa.String(length=40), nullable=False),
    sa.Column("transition_date", sa.Date(), nullable=False),
    sa.Column("made_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_project_transition_project_id_project")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_project_transition"))
    )
    with op.batch_alter_table("project_transition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_transition_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_transition_project_id"), ["project_id"], unique=False)

    op.create_table("request_score",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("request_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("criterion_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("score", sa.Integer(), nullable=True),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.ForeignKeyConstraint(["criterion_id"], ["priority_criterion.id"], name=op.f("fk_request_score_criterion_id_priority_criterion")),
    sa.ForeignKeyConstraint(["request_id"], ["assistance_request.id"], name=op.f("fk_request_score_request_id_assistance_request")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_request_score"))
    )
    with op.batch_alter_table("request_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_score_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_score_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_score_request_id"), ["request_id"], unique=False)

    op.create_table("request_transition",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("request_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("from_status", sa.String(length=40), nullable=True),
    sa.Column("to_status", sa.String(length=40), nullable=False),
    sa.Column("transition_date", sa.Date(), nullable=False),
    sa.Column("made_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
    sa.ForeignKeyConstraint(["request_id"], ["assistance_request.id"], name=op.f("fk_request_transition_request_id_assistance_request")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_request_transition"))
    )
    with op.batch_alter_table("request_transition", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_request_transition_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_request_transition_request_id"), ["request_id"], unique=False)

    op.create_table("result_indicator",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("result_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
    sa.Column("unit", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
    sa.Column("baseline", sa.Float(), nullable=False),
    sa.Column("target", sa.Float(), nullable=False),
    sa.Column("baseline_date", sa.Date(), nullable=True),
    sa.Column("target_date", sa.Date(), nullable=True),
    sa.Column("sort_order", sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(["result_id"], ["project_result.id"], name=op.f("fk_result_indicator_result_id_project_result")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_result_indicator"))
    )
    with op.batch_alter_table("result_indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_result_indicator_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_result_indicator_result_id"), ["result_id"], unique=False)

    op.create_table("indicator_value",
    sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
    sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
    sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
    sa.Column("deleted", sa.Boolean(), nullable=False),
    sa.Column("indicator_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column("period", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
    sa.Column("measured_on", sa.Date(), nullable=False),
    sa.Column("value", sa.Float(), nullable=False),
    sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
    sa.ForeignKeyConstraint(["indicator_id"], ["result_indicator.id"], name=op.f("fk_indicator_value_indicator_id_result_indicator")),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value"))
    )
    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_value_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_indicator_value_owner_office"), ["owner_office"], unique=False)

    # Plain ALTER TABLE ADD COLUMN (no batch rebuild), so the project's search triggers and rowids stay as they are.
    op.add_column("project", sa.Column("national_partner", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False,
                                       server_default=""))
    op.add_column("project", sa.Column("exit_plan", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False,
                                       server_default=""))
    op.add_column("project", sa.Column("exit_date", sa.Date(), nullable=True))

    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SEARCHED_COLUMNS.items():
            _create_search(table, columns)
    elif op.get_bind().dialect.name == "postgresql":  # the same GIN index as 0003's for the other searched tables
        for table, columns in SEARCHED_COLUMNS.items():
            joined = " || ' ' || ".join(f"coalesce({c}, '')" for c in columns)
            op.execute(f"CREATE INDEX ix_{table}_search ON {table} USING gin "
                       f"(to_tsvector('simple'::regconfig, fd_unaccent({joined})))")


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if op.get_bind().dialect.name == "postgresql":
        for table in SEARCHED_COLUMNS:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_search")
    if sqlite:
        for table in SEARCHED_COLUMNS:
            _drop_search(table)
        _drop_search("project", drop_table=False)
    with op.batch_alter_table("project", schema=None) as batch_op:  # rebuilds the table on SQLite
        batch_op.drop_column("exit_date")
        batch_op.drop_column("exit_plan")
        batch_op.drop_column("national_partner")
    if sqlite:  # the rebuilt project table needs its search triggers again, and an index of its new rowids
        _create_search("project", PROJECT_SEARCH, create_table=False)
        op.execute("INSERT INTO project_fts(project_fts) VALUES ('rebuild')")

    with op.batch_alter_table("indicator_value", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_value_owner_office"))
        batch_op.drop_index(batch_op.f("ix_indicator_value_indicator_id"))

    op.drop_table("indicator_value")
    with op.batch_alter_table("result_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_result_indicator_result_id"))
        batch_op.drop_index(batch_op.f("ix_result_indicator_owner_office"))

    op.drop_table("result_indicator")
    with op.batch_alter_table("request_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_transition_request_id"))
        batch_op.drop_index(batch_op.f("ix_request_transition_owner_office"))

    op.drop_table("request_transition")
    with op.batch_alter_table("request_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_request_score_request_id"))
        batch_op.drop_index(batch_op.f("ix_request_score_owner_office"))
        batch_op.drop_index(batch_op.f("ix_request_score_criterion_id"))

    op.drop_table("request_score")
    with op.batch_alter_table("project_transition", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_transition_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_transition_owner_office"))

    op.drop_table("project_transition")
    with op.batch_alter_table("project_risk", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_risk_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_risk_owner_office"))

    op.drop_table("project_risk")
    with op.batch_alter_table("project_result", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_result_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_result_owner_office"))

    op.drop_table("project_result")
    with op.batch_alter_table("project_evaluation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_evaluation_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_evaluation_owner_office"))

    op.drop_table("project_evaluation")
    with op.batch_alter_table("assistance_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assistance_request_status"))
        batch_op.drop_index(batch_op.f("ix_assistance_request_received_date"))
        batch_op.drop_index(batch_op.f("ix_assistance_request_owner_office"))
        batch_op.drop_index(batch_op.f("ix_assistance_request_mission_id"))
        batch_op.drop_index(batch_op.f("ix_assistance_request_country_id"))

    op.drop_table("assistance_request")
    with op.batch_alter_table("country_profile", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_country_profile_owner_office"))
        batch_op.drop_index(batch_op.f("ix_country_profile_country_id"))

    op.drop_table("country_profile")
    with op.batch_alter_table("priority_criterion", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_criterion_owner_office"))

    op.drop_table("priority_criterion")
