"""Turning a plain profile into an encrypted one (``fielddesk encrypt``), and changing the passphrase.

Encrypting works in steps that can each be repeated: write the key file; back up (encrypted already); write an
encrypted copy of the database (SQLCipher's ``sqlcipher_export``) and put it in place; encrypt the backups,
attachments and private keys file by file, their records saying so. Each plain file is overwritten once its
encrypted copy is in place (best effort: app/services/profile/erase.py says what that does not reach). If it is
interrupted, running it again with the same passphrase finishes it.

A headquarters profile whose data is on PostgreSQL has nothing of the data in its folder: encrypting it gives it a
keyring (passphrase and recovery key, like any profile) whose data key encrypts its private keys.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from app.services.errors import FieldDeskError
from app.services.profile import ProfileFolder, fsync_dir, is_plain_sqlite, write_file_atomically
from app.services.profile.backup import make_backup, mark_encrypted
from app.services.profile.erase import replace_erasing, sweep
from app.services.profile.lock import ProfileLock
from app.services.profile.vault import Keyring, Vault, check_passphrase_strength, is_encrypted_blob
from app.vocabulary.problems import problem


def _is_plain_sqlite(path: Path) -> bool:
    return is_plain_sqlite(path)


def _export_encrypted(path: Path, target: Path, key: str) -> None:
    """Write an encrypted copy of the plain SQLite file ``path`` to ``target`` (SQLCipher's ``sqlcipher_export``),
    flushed to the disk; ``path`` is left as it is."""
    import sqlcipher3

    target.unlink(missing_ok=True)
    plain = sqlite3.connect(path)
    try:
        busy, _, _ = plain.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise FieldDeskError(problem("encryption.open_elsewhere"))
        plain.execute("PRAGMA journal_mode = DELETE")
    finally:
        plain.close()
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        quoted = str(target).replace("'", "''")  # any character may be in a path, an apostrophe too
        conn.execute(f"ATTACH DATABASE '{quoted}' AS encrypted KEY \"{key}\"")
        # a scratch file until it is flushed and renamed below: without a journal and a flush per table, the export
        # takes a twentieth of a second instead of seconds (each of its hundred statements was a transaction)
        conn.execute("PRAGMA encrypted.synchronous = OFF")
        conn.execute("PRAGMA encrypted.journal_mode = OFF")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute("DETACH DATABASE encrypted")
    finally:
        conn.close()
    with open(target, "rb") as fh:
        os.fsync(fh.fileno())


def _export_atomically(path: Path, target: Path, key: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    _export_encrypted(path, partial, key)
    os.chmod(partial, 0o600)
    partial.replace(target)


def _encrypt_database_file(path: Path, key: str) -> None:
    """Replace the plain SQLite file ``path`` by an encrypted copy, then overwrite the plain one (app/services/
    erase.py)."""
    target = path.with_name(path.name + ".encrypting")
    _export_encrypted(path, target, key)
    os.chmod(target, 0o600)
    replace_erasing(path, lambda: target.replace(path))
    fsync_dir(path.parent)


def _encrypt_blob(path: Path, encrypted: bytes, mode: int) -> None:
    replace_erasing(path, lambda: write_file_atomically(path, encrypted, mode=mode))


def _encrypt_files(folder: ProfileFolder, vault: Vault) -> None:
    sweep(folder.path)
    if folder.attachments_dir.exists():
        for blob in folder.attachments_dir.rglob("*"):
            if blob.is_file() and not blob.name.endswith(".partial"):
                data = blob.read_bytes()
                if not is_encrypted_blob(data):
                    _encrypt_blob(blob, vault.encrypt(data, "attachment"), 0o600)
    _encrypt_key_files(folder, vault)
    for backup in (folder.backups_dir.glob("*.db") if folder.backups_dir.exists() else []):
        if _is_plain_sqlite(backup):
            _encrypt_database_file(backup, vault.sqlcipher_key)
            mark_encrypted(folder, backup)


def plain_key_files(folder: ProfileFolder) -> list[Path]:
    """The private key files lying unencrypted in the profile folder."""
    keys = sorted(folder.keys_dir.glob("*.key")) if folder.keys_dir.exists() else []
    return [k for k in keys if not is_encrypted_blob(k.read_bytes())]


def _encrypt_key_files(folder: ProfileFolder, vault: Vault) -> None:
    for key_file in plain_key_files(folder):
        _encrypt_blob(key_file, vault.encrypt(key_file.read_bytes(), f"private key {key_file.name}"), 0o600)


def on_server(folder: ProfileFolder) -> bool:
    """Whether the profile's data is on a database server (headquarters on PostgreSQL): only the folder's keys are
    then the profile's to encrypt."""
    return not folder.database_url().startswith("sqlite")


def encrypt_profile(path: Path, passphrase: str) -> str | None:
    """Encrypt the plain profile at ``path``; returns the new recovery key (None if the profile was already
    encrypted with this passphrase and had nothing left to do)."""
    folder = ProfileFolder(Path(path))
    known = (str(folder.read_meta().get("office") or ""),)
    check_passphrase_strength(passphrase, known)
    lock = ProfileLock(folder.path)
    lock.exclusive("encrypt it")  # before anything is written: nobody else may hold the old file
    try:
        return _encrypt(folder, passphrase)
    finally:
        lock.release()


def _encrypt(folder: ProfileFolder, passphrase: str) -> str | None:
    keyring = Keyring(folder.path)
    if on_server(folder):
        if keyring.exists():
            _encrypt_key_files(folder, Vault(keyring.unlock(passphrase)))
            return None
        data_key, recovery = keyring.create(passphrase)
        _encrypt_key_files(folder, Vault(data_key))
        return recovery
    if keyring.exists():
        vault = Vault(keyring.unlock(passphrase))
        if not _is_plain_sqlite(folder.db_file):
            _encrypt_files(folder, vault)
            return None
        recovery = keyring.new_recovery(passphrase)  # the first run may have ended before showing it
    else:
        data_key, recovery = keyring.create(passphrase)
        vault = Vault(data_key)
        # the safety backup is encrypted from its first byte: a plain one would be one more plain copy to erase
        make_backup(folder, vault.sqlcipher_key, "before-encrypt", automatic=False,
                    copy=lambda target: _export_atomically(folder.db_file, target, vault.sqlcipher_key))
    _encrypt_database_file(folder.db_file, vault.sqlcipher_key)
    _encrypt_files(folder, vault)
    return recovery


def change_passphrase(path: Path, secret: str, new_passphrase: str) -> None:
    keyring = Keyring(Path(path))
    if not keyring.exists():
        raise FieldDeskError(problem("encryption.not_encrypted"))
    keyring.change_passphrase(secret, new_passphrase)
