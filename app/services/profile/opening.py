"""Opening a profile at start-up, Qt-free so that the start-up's worker imports no dialogs to do it: the passphrase's
key derived in a thread of its own beside the data stack's imports, and an encryption a power cut interrupted
finished first."""

from __future__ import annotations

from concurrent.futures import Future
from pathlib import Path

from app.services import FieldDesk
from app.services.profile import ProfileFolder, is_plain_sqlite


def interrupted_encryption(folder: Path) -> bool:
    db = Path(folder) / "fielddesk.db"
    return ProfileFolder(Path(folder)).is_encrypted and db.exists() and is_plain_sqlite(db)


def open_profile(folder: Path, secret: str | None, author: str | None = None, finish: bool = True,
                 unlocking: Future | None = None) -> FieldDesk:
    """Open the profile; if encrypting it was interrupted (a power cut), the right passphrase finishes it first
    (unless ``finish`` is false: nobody would see the new key). The recovery key made then is on the returned
    profile's ``recovery_key``, to be shown. ``unlocking``: the key being derived from ``secret`` meanwhile (see
    ``start_unlocking``)."""
    if finish and secret and interrupted_encryption(folder):
        # imported here: start-up: the first screen (participants) does not load services.profile.vault
        from app.services.profile.vault import Keyring, is_recovery_key

        if not is_recovery_key(secret):
            # imported here: start-up: the first screen (participants) does not load services.profile.encryption
            from app.services.profile.encryption import encrypt_profile

            Keyring(Path(folder)).unlock(secret)  # a wrong passphrase is refused before anything is done
            recovery = encrypt_profile(Path(folder), secret)
            fd = FieldDesk.open(folder, secret=secret, author=author)
            fd.recovery_key = recovery
            return fd
    vault = unlocking.result() if unlocking is not None else None
    return FieldDesk.open(folder, secret=secret, author=author, vault=vault)


def start_unlocking(folder: Path, secret: str | None) -> Future | None:
    """Starts deriving an encrypted profile's key from ``secret`` in a thread of its own, or None when there is
    nothing to derive. The key derivation (scrypt) is slow on purpose and leaves the interpreter free, so done beside
    the start-up's imports it costs the user almost no time."""
    if not secret or not ProfileFolder(Path(folder)).is_encrypted or interrupted_encryption(folder):
        return None
    from concurrent.futures import ThreadPoolExecutor

    # imported here: start-up: the first screen (participants) does not load services.profile.vault
    from app.services.profile.vault import unlock_vault

    pool = ThreadPoolExecutor(1, thread_name_prefix="fielddesk-unlock")
    future = pool.submit(unlock_vault, ProfileFolder(Path(folder)), secret)
    pool.shutdown(wait=False)  # the thread ends with its one task
    return future
