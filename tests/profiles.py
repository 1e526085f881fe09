"""Copying profiles for tests, on either engine: a SQLite profile is its folder; a PostgreSQL profile is its folder
(whose profile.json names the database) plus the database, cloned with CREATE DATABASE ... TEMPLATE."""

from __future__ import annotations

import itertools
import json
import shutil
from pathlib import Path

_names = itertools.count(1)


def database_url(profile: Path) -> str | None:
    return (json.loads((profile / "profile.json").read_text()).get("database") or {}).get("url")


def clone_profile(source: Path, target: Path, server=None) -> Path:
    """A fresh copy of the profile in ``source`` (which must not be open)."""
    shutil.copytree(source, target)
    url = database_url(source)
    if url and url.startswith("postgresql"):
        template = url.rsplit("/", 1)[1]
        name = f"t{next(_names)}_{template}"[:60]
        new_url = server.create_database(name, template=template)
        server.clones.append(name)
        meta_file = target / "profile.json"
        meta = json.loads(meta_file.read_text())
        meta["database"]["url"] = new_url
        meta_file.write_text(json.dumps(meta, indent=2))
    return target
