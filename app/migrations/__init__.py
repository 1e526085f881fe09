"""Alembic schema history. Each released revision is frozen: change the schema only by adding a revision.

``KNOWN_REVISIONS`` lists the chain in order so a profile's schema can be checked without importing alembic (which
costs a quarter of a second at start-up); a test keeps it equal to alembic's own view of the scripts.
"""

from __future__ import annotations

from pathlib import Path

KNOWN_REVISIONS: list[str] = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009", "0010", "0011",
                              "0012", "0013", "0014", "0015", "0016", "0017", "0018", "0019", "0020", "0021", "0022",
                              "0023", "0024", "0025", "0026", "0027", "0028", "0030"]
HEAD = KNOWN_REVISIONS[-1]
MIGRATIONS_DIR = Path(__file__).resolve().parent


def alembic_config(url: str):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg
