"""Joining headquarters (``fielddesk init --keys-from``): a second headquarters user's profile folder on the shared
PostgreSQL database, signing with the headquarters keys copied from a first user's profile. Here in the sync rather
than in the services: it adopts the sync's keys (the services never import the sync)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from app import __version__
from app.services.core import FieldDesk, _load_identity, default_author
from app.services.errors import ProfileError
from app.services.profile import PROFILE_FORMAT, ProfileFolder
from app.services.profile.keys import adopt_keys
from app.services.profile.pg_access import refuse_password
from app.services.profile.vault import Keyring, Vault
from app.services.store import schema
from app.services.store.db import Database, normalise_url
from app.vocabulary.problems import problem


def join_headquarters(path: str | os.PathLike[str], *, database_url: str, office_code: str,
                      keys_from: str | os.PathLike[str], author: str | None = None, passphrase: str | None = None,
                      keys_secret: str | None = None) -> FieldDesk:
    """A second headquarters user's profile folder on the shared database, with the headquarters keys copied
    from a first user's profile (offices have pinned those keys, so every HQ user signs with them). The keys
    are read with ``keys_secret`` (the first user's passphrase or recovery key) when they are encrypted, and
    kept encrypted under this user's own ``passphrase`` (the returned object's ``recovery_key`` is then the only
    time the new recovery key is seen)."""
    target = Path(path)
    if ProfileFolder(target).exists():
        raise ProfileError(problem("profile.exists", path=str(target)))
    url = normalise_url(database_url)
    refuse_password(url)
    db = Database(url)
    try:
        with db.read() as conn:
            state = schema.read_state(conn)
        schema.refuse_if_newer(state)
        if state.is_empty:
            raise ProfileError(problem("profile.database_empty"))
        site = _load_identity(db)
    finally:
        db.dispose()
    if site.office != office_code.strip().upper() or not site.is_hq:
        raise ProfileError(problem("profile.database_other", office=site.office, role=site.role,
                                   requested=office_code))
    made = not target.exists()
    target.mkdir(parents=True, exist_ok=True)
    folder = ProfileFolder(target)
    try:
        vault, recovery = None, None
        if passphrase is not None:
            data_key, recovery = Keyring(target).create(passphrase, (site.office,))
            vault = Vault(data_key)
        fd = FieldDesk(folder, Database(url), site, author or default_author(), vault)
        adopt_keys(fd, Path(keys_from), keys_secret)
        folder.write_meta({"format": PROFILE_FORMAT, "created_by_version": __version__, "database": {"url": url}})
    except BaseException:
        shutil.rmtree(target / "keys", ignore_errors=True)
        folder.keyring_file.unlink(missing_ok=True)
        if made:
            shutil.rmtree(target, ignore_errors=True)
        raise
    fd.recovery_key = recovery
    return fd
