"""Encryption at rest for a profile: one random 256-bit data key encrypts the database (SQLCipher), the attachments
and the private sync keys. The data key is stored only wrapped, twice, in ``keyring.json``: by a key derived from
the passphrase (scrypt) and by a key derived from the recovery key (HKDF; the recovery key is 200 random bits).
Wrapping is AES-256-GCM from ``cryptography``; no cryptography is written here, only put together.

Changing the passphrase re-wraps the data key (so every backup, encrypted with the same data key, still opens).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from app.services.errors import ProfileError
from app.services.profile import KEYRING_FILE, ProfileFolder, is_plain_sqlite, write_file_atomically
from app.services.profile.strength import normalise
from app.services.profile.strength import problem as weakness
from app.vocabulary.problems import problem

FORMAT = 1
# About 1 s on one core of a 2020s laptop (2^15, before, cost a quarter of that: 4.3 guesses a second per core).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
TEST_COST_ENV = "FIELDDESK_TEST_SCRYPT_N"  # the test suite's cheaper cost (tests/conftest.py); lower only
RECOVERY_PREFIX = "FDRK"
BLOB_MAGIC = b"FDENC1\n"
_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed from paper


class ProfileLocked(ProfileError):
    """The profile is encrypted and no passphrase was given."""


class WrongPassphrase(ProfileError):
    pass


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _unb64(text: str) -> bytes:
    return base64.b64decode(text)


def new_recovery_key() -> str:
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(40))
    return RECOVERY_PREFIX + "-" + "-".join(chars[i : i + 5] for i in range(0, 40, 5))


def is_recovery_key(secret: str) -> bool:
    """Dashes, spaces and case do not matter: it is typed from a sheet of paper."""
    plain = _normal_recovery(secret).decode()
    return len(plain) == len(RECOVERY_PREFIX) + 40 and plain.startswith(RECOVERY_PREFIX)


def _normal_recovery(secret: str) -> bytes:
    return "".join(ch for ch in secret.upper() if ch.isascii() and ch.isalnum()).encode()


def scrypt_cost() -> int:
    """scrypt's N for a passphrase wrapped now. The tests set a lower one to stay fast; nothing can raise it, and
    nothing but a power of two between 2^10 and SCRYPT_N is taken."""
    wanted = os.environ.get(TEST_COST_ENV, "")
    if wanted.isdigit() and 2**10 <= int(wanted) < SCRYPT_N and int(wanted) & (int(wanted) - 1) == 0:
        return int(wanted)
    return SCRYPT_N


def _passphrase_kek(passphrase: str, salt: bytes, n: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=SCRYPT_R, p=SCRYPT_P).derive(passphrase.encode("utf-8"))


def _forms(secret: str, slot: dict) -> list[str]:
    """How the passphrase may have been turned into bytes: NFC since it is normalised (``"nfc"`` in the slot);
    before, as typed, so the other Unicode forms are tried too."""
    if slot.get("nfc"):
        return [normalise(secret)]
    forms = [secret, normalise(secret), unicodedata.normalize("NFD", secret)]
    return list(dict.fromkeys(forms))


def _open_passphrase_slot(secret: str, slot: dict) -> bytes | None:
    for form in _forms(secret, slot):
        key = _unwrap(_passphrase_kek(form, _unb64(slot["salt"]), int(slot["n"])), slot, "passphrase")
        if key is not None:
            return key
    return None


def _recovery_kek(recovery: str, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"fielddesk recovery key").derive(
        _normal_recovery(recovery))


def _previous_kek(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"fielddesk previous data key").derive(data_key)


def _wrap(kek: bytes, data_key: bytes, slot: str) -> dict:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, slot.encode()))}


def _unwrap(kek: bytes, slot_data: dict, slot: str) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(_unb64(slot_data["nonce"]), _unb64(slot_data["wrapped"]), slot.encode())
    except InvalidTag:
        return None


def check_passphrase_strength(passphrase: str, known_words: tuple[str, ...] = ()) -> None:
    refused = weakness(passphrase, known_words)
    if refused:
        raise ProfileError(problem("passphrase.refused", reason=refused))


@dataclass
class Keyring:
    folder: Path

    @property
    def file(self) -> Path:
        return self.folder / KEYRING_FILE

    def exists(self) -> bool:
        return self.file.is_file()

    def read(self) -> dict:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ProfileError(problem("vault.keyring_unreadable", path=str(self.file), error=str(exc))) from None
        if data.get("format") != FORMAT:
            raise ProfileError(problem("vault.keyring_unknown", path=str(self.file)))
        return data

    def create(self, passphrase: str, known_words: tuple[str, ...] = ()) -> tuple[bytes, str]:
        """A new data key, wrapped by the passphrase and by a new recovery key; returns (data key, recovery key).
        ``known_words``: what a thief of the laptop knows (the office's code and name), guessed first."""
        check_passphrase_strength(passphrase, known_words)
        data_key = os.urandom(32)
        recovery = new_recovery_key()
        self._write(data_key, passphrase, recovery)
        return data_key, recovery

    def _write(self, data_key: bytes, passphrase: str, recovery: str | None, keep_recovery: dict | None = None,
               previous: bytes | None = None) -> None:
        salt, n = os.urandom(16), scrypt_cost()
        slots = {"passphrase": {"kdf": "scrypt", "n": n, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt), "nfc": True,
                                **_wrap(_passphrase_kek(normalise(passphrase), salt, n), data_key, "passphrase")}}
        if recovery is not None:
            rsalt = os.urandom(16)
            slots["recovery"] = {"kdf": "hkdf-sha256", "salt": _b64(rsalt),
                                 **_wrap(_recovery_kek(recovery, rsalt), data_key, "recovery")}
        else:
            slots["recovery"] = keep_recovery
        data = {"format": FORMAT, "cipher": "sqlcipher4+aes-256-gcm", "slots": slots}
        if previous is not None:
            data["previous"] = _wrap(_previous_kek(data_key), previous, "previous")
        elif self.exists() and "previous" in self.read():
            data["previous"] = self.read()["previous"]  # a rekey in progress keeps its old key until it ends
        write_file_atomically(self.file, json.dumps(data, indent=2).encode(), mode=0o600)

    def unlock(self, secret: str) -> bytes:
        """The data key, from the passphrase or the recovery key; WrongPassphrase when neither opens it. A
        passphrase slot wrapped at a lower cost than today's, or before passphrases were normalised, is wrapped
        again now (the data key is unchanged)."""
        data = self.read()
        slots = data["slots"]
        if is_recovery_key(secret):
            slot = slots["recovery"]
            key = _unwrap(_recovery_kek(secret, _unb64(slot["salt"])), slot, "recovery")
            if key is not None:
                return key
            key = _open_passphrase_slot(secret, slots["passphrase"]) if "passphrase" in slots else None
            if key is None:
                raise WrongPassphrase(problem("vault.recovery_wrong"))
            return key
        slot = slots.get("passphrase")
        if slot is None:
            raise WrongPassphrase(problem("vault.recovery_only"))
        key = _open_passphrase_slot(secret, slot)
        if key is None:
            raise WrongPassphrase(problem("vault.passphrase_wrong"))
        if int(slot["n"]) < scrypt_cost() or not slot.get("nfc"):
            with contextlib.suppress(OSError):  # a read-only folder keeps the old wrapping, which still opens
                self._write(key, secret, None, keep_recovery=slots["recovery"])
        return key

    def begin_rekey(self, old_key: bytes, new_key: bytes, passphrase: str) -> str:
        """Wrap ``new_key`` by the passphrase and a new recovery key (returned), keeping ``old_key`` wrapped by the
        new one until ``end_rekey``: an interrupted rekey is finished by running it again
        (app/services/profile/rekey.py)."""
        recovery = new_recovery_key()
        self._write(new_key, passphrase, recovery, previous=old_key)
        return recovery

    def previous_key(self, data_key: bytes) -> bytes | None:
        """The data key a rekey in progress is replacing (None when none is)."""
        previous = self.read().get("previous")
        return None if previous is None else _unwrap(_previous_kek(data_key), previous, "previous")

    def end_rekey(self) -> None:
        data = self.read()
        data.pop("previous", None)
        write_file_atomically(self.file, json.dumps(data, indent=2).encode(), mode=0o600)

    def recovery_only(self) -> dict:
        """The key file without its passphrase slot: what goes with a backup copied elsewhere, so that an old copy
        and an old passphrase never open it (the recovery key does)."""
        data = self.read()
        return {**data, "slots": {"recovery": data["slots"]["recovery"]}}

    def change_passphrase(self, secret: str, new_passphrase: str) -> None:
        check_passphrase_strength(new_passphrase)
        data_key = self.unlock(secret)
        self._write(data_key, new_passphrase, None, keep_recovery=self.read()["slots"]["recovery"])

    def new_recovery(self, secret: str) -> str:
        """Replace the recovery key (the old one stops working); needs the passphrase."""
        data_key = self.unlock(secret)
        recovery = new_recovery_key()
        slots = self.read()["slots"]
        rsalt = os.urandom(16)
        slots["recovery"] = {"kdf": "hkdf-sha256", "salt": _b64(rsalt),
                             **_wrap(_recovery_kek(recovery, rsalt), data_key, "recovery")}
        write_file_atomically(self.file, json.dumps({"format": FORMAT, "cipher": "sqlcipher4+aes-256-gcm",
                                                     "slots": slots}, indent=2).encode(), mode=0o600)
        return recovery


class Vault:
    """The unlocked data key of an encrypted profile: the database key and file encryption."""

    def __init__(self, data_key: bytes):
        self._key = data_key

    @property
    def sqlcipher_key(self) -> str:
        return f"x'{self._key.hex()}'"

    def _file_key(self, purpose: str) -> bytes:
        return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                    info=f"fielddesk file key: {purpose}".encode()).derive(self._key)

    def encrypt(self, data: bytes, purpose: str) -> bytes:
        nonce = os.urandom(12)
        return BLOB_MAGIC + nonce + AESGCM(self._file_key(purpose)).encrypt(nonce, data, purpose.encode())

    def decrypt(self, blob: bytes, purpose: str) -> bytes:
        if not blob.startswith(BLOB_MAGIC):
            return blob  # written before the profile was encrypted
        start = len(BLOB_MAGIC)
        try:
            return AESGCM(self._file_key(purpose)).decrypt(blob[start : start + 12], blob[start + 12 :],
                                                           purpose.encode())
        except InvalidTag:
            raise ProfileError(problem("vault.damaged")) from None


def is_encrypted_blob(blob: bytes) -> bool:
    return blob.startswith(BLOB_MAGIC)


def unlock_vault(folder: ProfileFolder, secret: str | None) -> Vault | None:
    """The unlocked key of an encrypted profile (None for a plain one). Deriving it from a passphrase is slow on
    purpose; the window does it in a thread of its own while it starts."""
    keyring = Keyring(folder.path)
    if not keyring.exists():
        return None
    if not secret:
        raise ProfileLocked(problem("vault.locked", path=str(folder.path)))
    vault = Vault(keyring.unlock(secret.strip("\r\n")))
    if folder.db_file.exists() and is_plain_sqlite(folder.db_file):
        raise ProfileError(problem("vault.encrypt_interrupted", path=str(folder.path)))
    if "previous" in keyring.read():
        raise ProfileError(problem("vault.rekey_interrupted", path=str(folder.path)))
    return vault
