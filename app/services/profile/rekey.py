"""``fielddesk rekey``: a new data key for an encrypted profile (the database, its backups, the attachments and the
private keys are encrypted again under it), wrapped by the same passphrase and a new recovery key.

Changing the passphrase only re-wraps the data key, so a key file copied earlier (a USB backup's) opens today's data
with the old passphrase; after a rekey it opens nothing of today's. Every step can be repeated: the key file first
holds the new key and, wrapped by it, the old one; each file is encrypted again on its own (one already under the
new key is left as it is); the old key is dropped last. Interrupted, the profile says so instead of opening, and
running rekey again with the same passphrase finishes it.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.services.errors import FieldDeskError
from app.services.profile import ProfileFolder, fsync_dir, write_file_atomically
from app.services.profile.encryption import on_server
from app.services.profile.lock import ProfileLock
from app.services.profile.vault import Keyring, Vault, is_encrypted_blob
from app.vocabulary.problems import problem


def rekey_profile(path: Path, passphrase: str) -> str:
    """Returns the new recovery key (the old one stops working)."""
    folder = ProfileFolder(Path(path))
    folder.read_meta()
    keyring = Keyring(folder.path)
    if not keyring.exists():
        raise FieldDeskError(problem("encryption.not_encrypted"))
    lock = ProfileLock(folder.path)
    lock.exclusive("change its data key")
    try:
        current = keyring.unlock(passphrase)
        old = keyring.previous_key(current)
        if old is None:  # a new rekey: the key file first, so that an interruption can be finished
            old, new = current, os.urandom(32)
            recovery = keyring.begin_rekey(old, new, passphrase)
        else:
            new = current
            recovery = keyring.begin_rekey(old, new, passphrase)  # a new recovery key: the first may not be seen
        _encrypt_again(folder, Vault(old), Vault(new))
        keyring.end_rekey()
        return recovery
    finally:
        lock.release()


def _encrypt_again(folder: ProfileFolder, old: Vault, new: Vault) -> None:
    databases = [] if on_server(folder) else [folder.db_file]
    if folder.backups_dir.is_dir():
        databases += sorted(folder.backups_dir.glob("*.db"))
    for database in databases:
        if database.is_file():
            _database_again(database, old, new)
    blobs = [(k, f"private key {k.name}") for k in folder.keys_dir.rglob("*.key")] if folder.keys_dir.is_dir() else []
    if folder.attachments_dir.is_dir():
        blobs += [(a, "attachment") for a in folder.attachments_dir.rglob("*")
                  if a.is_file() and not a.name.endswith(".partial")]
    for blob, purpose in blobs:
        data = blob.read_bytes()
        if not is_encrypted_blob(data):
            continue
        try:
            new.decrypt(data, purpose)
            continue  # done by an earlier run
        except FieldDeskError:
            pass
        write_file_atomically(blob, new.encrypt(old.decrypt(data, purpose), purpose), mode=0o600)


def _opens(path: Path, key: str) -> bool:
    import sqlcipher3

    conn = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{key}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    except Exception as exc:  # sqlcipher3's own DatabaseError
        if exc.__class__.__name__ == "DatabaseError":
            return False
        raise
    finally:
        conn.close()


def _database_again(path: Path, old: Vault, new: Vault) -> None:
    import sqlcipher3

    if _opens(path, new.sqlcipher_key):
        return
    target = path.with_name(path.name + ".rekeying")
    target.unlink(missing_ok=True)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{old.sqlcipher_key}"')
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise FieldDeskError(problem("rekey.open_elsewhere"))
        quoted = str(target).replace("'", "''")
        conn.execute(f"ATTACH DATABASE '{quoted}' AS rekeyed KEY \"{new.sqlcipher_key}\"")
        # a scratch file until it is flushed and renamed below: without a journal and a flush per table, the export
        # takes a twentieth of a second instead of seconds (each of its hundred statements was a transaction)
        conn.execute("PRAGMA rekeyed.synchronous = OFF")
        conn.execute("PRAGMA rekeyed.journal_mode = OFF")
        conn.execute("SELECT sqlcipher_export('rekeyed')")
        conn.execute("DETACH DATABASE rekeyed")
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())
    os.chmod(target, 0o600)
    target.replace(path)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    fsync_dir(path.parent)
