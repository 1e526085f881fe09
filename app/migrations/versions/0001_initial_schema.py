"""Initial schema: shared records, change log, clock, local settings, full-text search (FTS5 on SQLite).

Revision ID: 0001
Revises:
Create Date: 2026-11-24
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


# Full-text search: one external-content FTS5 table per searched table, kept current by triggers. Frozen with this
# revision: a later revision that rebuilds one of these tables (batch mode) must recreate its triggers and rebuild.
SEARCHED_COLUMNS = {
    "mission": ["title", "requesting_authority", "terms_of_reference", "summary"],
    "stakeholder_meeting": ["organisation", "summary"],
    "recommendation": ["text", "target_institution"],
    "training": ["title", "venue", "facilitators", "description"],
    "participant": ["full_name", "organisation", "position", "email"],
    "project": ["code", "title", "description"],
    "expert": ["full_name", "organisation", "notes"],
}


def _create_search(table: str, columns: list[str]) -> None:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
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


def _drop_search(table: str) -> None:
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
    op.execute(f"DROP TABLE IF EXISTS {table}_fts")


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("record_table", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("filename", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime_type", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment")),
    )
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachment_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attachment_sha256"), ["sha256"], unique=False)

    op.create_table(
        "change_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("table_name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("record_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("op", sqlmodel.sql.sqltypes.AutoString(length=10), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("site_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("author", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("new", sa.JSON(), nullable=False),
        sa.Column("old", sa.JSON(), nullable=False),
        sa.Column("bundle_id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=True),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_bundle_id"), ["bundle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_hlc"), ["hlc"], unique=False)
        batch_op.create_index("ix_change_log_record", ["table_name", "record_id"], unique=False)

    op.create_table(
        "clock_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clock_state")),
    )
    op.create_table(
        "country",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=2), nullable=False),
        sa.Column("alpha3", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_country")),
        sa.UniqueConstraint("code", name=op.f("uq_country_code")),
    )
    with op.batch_alter_table("country", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_country_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "expert",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("expertise_ids", sa.JSON(), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("notes", sqlmodel.sql.sqltypes.AutoString(length=5000), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert")),
    )
    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_expert_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "local_setting",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_setting")),
    )
    op.create_table(
        "stakeholder_type",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_type")),
        sa.UniqueConstraint("code", name=op.f("uq_stakeholder_type_code")),
    )
    with op.batch_alter_table("stakeholder_type", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_type_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "thematic_area",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thematic_area")),
        sa.UniqueConstraint("code", name=op.f("uq_thematic_area_code")),
    )
    with op.batch_alter_table("thematic_area", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_thematic_area_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "mission",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("requesting_authority", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("request_date", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("terms_of_reference", sqlmodel.sql.sqltypes.AutoString(length=50000), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("project_ids", sa.JSON(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=50000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_mission_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission")),
    )
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mission_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_mission_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_mission_status"), ["status"], unique=False)

    op.create_table(
        "office",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_office_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office")),
        sa.UniqueConstraint("code", name=op.f("uq_office_code")),
    )
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_office_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("full_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("sex", sa.String(length=40), nullable=False),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("position", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("stakeholder_type_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("email", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("phone", sqlmodel.sql.sqltypes.AutoString(length=60), nullable=False),
        sa.Column("consent_contact", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_participant_country_id_country")),
        sa.ForeignKeyConstraint(
            ["stakeholder_type_id"],
            ["stakeholder_type.id"],
            name=op.f("fk_participant_stakeholder_type_id_stakeholder_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_organisation"), ["organisation"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "project",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("code", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("funding_source", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_project_country_id_country")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_status"), ["status"], unique=False)

    op.create_table(
        "mission_finding",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("thematic_area_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=50000), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_mission_finding_mission_id_mission")),
        sa.ForeignKeyConstraint(
            ["thematic_area_id"], ["thematic_area.id"], name=op.f("fk_mission_finding_thematic_area_id_thematic_area")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_finding")),
    )
    with op.batch_alter_table("mission_finding", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_finding_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mission_finding_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "mission_member",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("expert_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("staff_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("role", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("is_lead", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["expert_id"], ["expert.id"], name=op.f("fk_mission_member_expert_id_expert")),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_mission_member_mission_id_mission")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mission_member")),
    )
    with op.batch_alter_table("mission_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mission_member_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mission_member_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "project_budget",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("funding_source", sa.String(length=40), nullable=False),
        sa.Column("budget_usd", sa.Float(), nullable=False),
        sa.Column("expenditure_usd", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_project_budget_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_budget")),
    )
    with op.batch_alter_table("project_budget", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_budget_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_budget_project_id"), ["project_id"], unique=False)

    op.create_table(
        "recommendation",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("thematic_area_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("target_institution", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("priority", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("issued_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_recommendation_country_id_country")),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_recommendation_mission_id_mission")),
        sa.ForeignKeyConstraint(
            ["thematic_area_id"], ["thematic_area.id"], name=op.f("fk_recommendation_thematic_area_id_thematic_area")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recommendation")),
    )
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_recommendation_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_recommendation_status"), ["status"], unique=False)

    op.create_table(
        "stakeholder_meeting",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("mission_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("meeting_date", sa.Date(), nullable=True),
        sa.Column("stakeholder_type_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("organisation", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("women_met", sa.Integer(), nullable=False),
        sa.Column("men_met", sa.Integer(), nullable=False),
        sa.Column("others_met", sa.Integer(), nullable=False),
        sa.Column("summary", sqlmodel.sql.sqltypes.AutoString(length=50000), nullable=False),
        sa.ForeignKeyConstraint(["mission_id"], ["mission.id"], name=op.f("fk_stakeholder_meeting_mission_id_mission")),
        sa.ForeignKeyConstraint(
            ["stakeholder_type_id"],
            ["stakeholder_type.id"],
            name=op.f("fk_stakeholder_meeting_stakeholder_type_id_stakeholder_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stakeholder_meeting")),
    )
    with op.batch_alter_table("stakeholder_meeting", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stakeholder_meeting_mission_id"), ["mission_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_stakeholder_meeting_owner_office"), ["owner_office"], unique=False)

    op.create_table(
        "training",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("form", sa.String(length=40), nullable=False),
        sa.Column("target_group_ids", sa.JSON(), nullable=False),
        sa.Column("theme_ids", sa.JSON(), nullable=False),
        sa.Column("project_id", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("country_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("venue", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("facilitators", sqlmodel.sql.sqltypes.AutoString(length=2000), nullable=False),
        sa.Column("language", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("description", sqlmodel.sql.sqltypes.AutoString(length=50000), nullable=False),
        sa.ForeignKeyConstraint(["country_id"], ["country.id"], name=op.f("fk_training_country_id_country")),
        sa.ForeignKeyConstraint(["project_id"], ["project.id"], name=op.f("fk_training_project_id_project")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training")),
    )
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_country_id"), ["country_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_project_id"), ["project_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_training_status"), ["status"], unique=False)

    op.create_table(
        "enrollment",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("training_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("participant_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("attendance", sa.JSON(), nullable=False),
        sa.Column("pre_score", sa.Float(), nullable=True),
        sa.Column("post_score", sa.Float(), nullable=True),
        sa.Column("evaluation_score", sa.Integer(), nullable=True),
        sa.Column("certificate_issued", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participant.id"], name=op.f("fk_enrollment_participant_id_participant")
        ),
        sa.ForeignKeyConstraint(["training_id"], ["training.id"], name=op.f("fk_enrollment_training_id_training")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_participant_id"), ["participant_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_enrollment_training_id"), ["training_id"], unique=False)

    op.create_table(
        "followup_note",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("owner_office", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("updated_at", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("updated_by", sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("recommendation_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(length=20000), nullable=False),
        sa.ForeignKeyConstraint(
            ["recommendation_id"], ["recommendation.id"], name=op.f("fk_followup_note_recommendation_id_recommendation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followup_note")),
    )
    with op.batch_alter_table("followup_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_followup_note_owner_office"), ["owner_office"], unique=False)
        batch_op.create_index(batch_op.f("ix_followup_note_recommendation_id"), ["recommendation_id"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for table, columns in SEARCHED_COLUMNS.items():
            _create_search(table, columns)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for table in SEARCHED_COLUMNS:
            _drop_search(table)
    with op.batch_alter_table("followup_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_followup_note_recommendation_id"))
        batch_op.drop_index(batch_op.f("ix_followup_note_owner_office"))

    op.drop_table("followup_note")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_training_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_participant_id"))
        batch_op.drop_index(batch_op.f("ix_enrollment_owner_office"))

    op.drop_table("enrollment")
    with op.batch_alter_table("training", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_training_status"))
        batch_op.drop_index(batch_op.f("ix_training_start_date"))
        batch_op.drop_index(batch_op.f("ix_training_project_id"))
        batch_op.drop_index(batch_op.f("ix_training_owner_office"))
        batch_op.drop_index(batch_op.f("ix_training_country_id"))

    op.drop_table("training")
    with op.batch_alter_table("stakeholder_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_meeting_owner_office"))
        batch_op.drop_index(batch_op.f("ix_stakeholder_meeting_mission_id"))

    op.drop_table("stakeholder_meeting")
    with op.batch_alter_table("recommendation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_recommendation_status"))
        batch_op.drop_index(batch_op.f("ix_recommendation_owner_office"))
        batch_op.drop_index(batch_op.f("ix_recommendation_mission_id"))
        batch_op.drop_index(batch_op.f("ix_recommendation_country_id"))

    op.drop_table("recommendation")
    with op.batch_alter_table("project_budget", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_budget_project_id"))
        batch_op.drop_index(batch_op.f("ix_project_budget_owner_office"))

    op.drop_table("project_budget")
    with op.batch_alter_table("mission_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_member_owner_office"))
        batch_op.drop_index(batch_op.f("ix_mission_member_mission_id"))

    op.drop_table("mission_member")
    with op.batch_alter_table("mission_finding", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_finding_owner_office"))
        batch_op.drop_index(batch_op.f("ix_mission_finding_mission_id"))

    op.drop_table("mission_finding")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_status"))
        batch_op.drop_index(batch_op.f("ix_project_owner_office"))
        batch_op.drop_index(batch_op.f("ix_project_country_id"))
        batch_op.drop_index(batch_op.f("ix_project_code"))

    op.drop_table("project")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_owner_office"))
        batch_op.drop_index(batch_op.f("ix_participant_organisation"))
        batch_op.drop_index(batch_op.f("ix_participant_country_id"))

    op.drop_table("participant")
    with op.batch_alter_table("office", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_office_owner_office"))

    op.drop_table("office")
    with op.batch_alter_table("mission", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mission_status"))
        batch_op.drop_index(batch_op.f("ix_mission_start_date"))
        batch_op.drop_index(batch_op.f("ix_mission_owner_office"))
        batch_op.drop_index(batch_op.f("ix_mission_country_id"))

    op.drop_table("mission")
    with op.batch_alter_table("thematic_area", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_thematic_area_owner_office"))

    op.drop_table("thematic_area")
    with op.batch_alter_table("stakeholder_type", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stakeholder_type_owner_office"))

    op.drop_table("stakeholder_type")
    op.drop_table("local_setting")
    with op.batch_alter_table("expert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expert_owner_office"))

    op.drop_table("expert")
    with op.batch_alter_table("country", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_country_owner_office"))

    op.drop_table("country")
    op.drop_table("clock_state")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index("ix_change_log_record")
        batch_op.drop_index(batch_op.f("ix_change_log_hlc"))
        batch_op.drop_index(batch_op.f("ix_change_log_bundle_id"))

    op.drop_table("change_log")
    with op.batch_alter_table("attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachment_sha256"))
        batch_op.drop_index(batch_op.f("ix_attachment_record_id"))
        batch_op.drop_index(batch_op.f("ix_attachment_owner_office"))

    op.drop_table("attachment")
