"""Alembic environment: runs on the connection the store hands over (config.attributes["connection"]) or, for
command-line use during development, on the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlmodel import SQLModel

import app.models

app.models.load_all()  # every table on the metadata
config = context.config
target_metadata = SQLModel.metadata


MIGRATION_ONLY_INDEX = "_deleted_rows"  # the partial indexes of deleted rows (0005): declaring them on the models
# would import PostgreSQL's dialect in every process, about 25 ms of the start-up


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Autogenerate must not touch what the migrations create by hand: the FTS5 tables and the deleted rows'
    indexes."""
    if type_ == "index" and name and name.endswith(MIGRATION_ONLY_INDEX):
        return False
    return not (type_ == "table" and name and "_fts" in name)


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        run_on(conn)
