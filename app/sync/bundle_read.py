"""A bundle read whole as a stream, once its signed head has verified (app/sync/bundle_head.py): memory stays
bounded whatever the file's size (docs/SYNC.md, "Import").

age decrypts in 64 KiB chunks, each authenticated on its own (pyrage's ``decrypt_io`` hands them over one by one);
the archive's entries are stored (no zip compression) with their sizes in their local headers, as ``bundle_write``
writes them. So the plaintext is walked entry by entry as it arrives, never held whole:

- ``read_bundle`` (verification): every entry's name, size and hash checked against the signed manifest while it
  streams past; only the manifest, its signature and the changes are kept. The encrypted file is hashed on the way.
- ``read_attachments`` (inside the import's transaction): the file decrypted again and each attachment the import
  stores handed over alone, checked again against the manifest (the file may have changed since), so at most one
  attachment is in memory at a time (an attachment entry larger than an attachment may be is refused first).
"""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from app.sync.container import (
    _SAFE_NAME,
    ATTACHMENT_PREFIX,
    CHANGES,
    MANIFEST,
    MAX_ENTRIES,
    MAX_MANIFEST_BYTES,
    SIGNATURE,
    BundleRejected,
    FileEntry,
    Manifest,
)
from app.vocabulary.problems import problem

_LOCAL, _CENTRAL, _END = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
_LOCAL_FIXED = struct.Struct("<4sHHHHHIIIHH")  # a zip local file header before its name and extra field
_MAX_NAME, _MAX_EXTRA = 255, 1024
_TAIL_PER_ENTRY = 46 + _MAX_NAME + _MAX_EXTRA  # the central directory's record of one entry, at most
_BUFFER = 256 * 1024


@dataclass
class OpenedBundle:
    manifest: Manifest
    manifest_raw: bytes
    signature: bytes
    files: dict[str, bytes]  # the entries kept in memory (the changes), verified
    file_sha256: str  # of the encrypted file as received
    entries: list[str] = field(default_factory=list)  # every entry's name, in the archive's order
    path: Path | None = None  # to read the attachments from (read_attachments)
    identities: list = field(default_factory=list)


class _Entries(io.RawIOBase):
    """Receives the archive's plaintext as age decrypts it and checks each stored entry against the manifest's
    listing as it streams past. ``keep(name)``: hand that entry's content, once verified, to ``on_entry``."""

    def __init__(self, manifest: Manifest, keep: Callable[[str], bool], on_entry: Callable[[str, bytes], None],
                 max_attachment: int):
        super().__init__()
        self.listed: dict[str, FileEntry] = {f.name: f for f in manifest.files}
        self.salt = bytes.fromhex(manifest.attachment_salt) if manifest.attachment_salt else b""
        self.keep, self.on_entry, self.max_attachment = keep, on_entry, max_attachment
        self.header = bytearray()
        self.name = ""
        self.remaining = 0
        self.digest = None
        self.kept: bytearray | None = None
        self.in_data = False
        self.tail = -1  # bytes of the central directory seen (-1: not reached)
        self.names: list[str] = []
        self.error: BaseException | None = None
        self.given_up = False

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        if self.given_up:  # the reading has ended in a refusal: what a buffer still flushes is dropped
            return len(chunk)
        if self.error is not None:  # the writer may try again after an error: the first one stands
            raise self.error
        try:
            self._take(memoryview(chunk).cast("B"))
        except BaseException as exc:  # pyrage may wrap what it gets back: the caller raises the original
            self.error = exc
            raise
        return len(chunk)

    def _take(self, view: memoryview) -> None:
        pos = 0
        while pos < len(view):
            if self.tail >= 0:
                self.tail += len(view) - pos
                if self.tail > _TAIL_PER_ENTRY * len(self.names) + 22 + 0xFFFF:
                    raise BundleRejected(problem("bundle.not_an_archive"))
                return
            if self.in_data:
                n = min(self.remaining, len(view) - pos)
                part = view[pos:pos + n]
                self.digest.update(part)
                if self.kept is not None:
                    self.kept += part
                pos += n
                self.remaining -= n
                if not self.remaining:
                    self._finish()
                continue
            need = self._header_need()
            take = min(need - len(self.header), len(view) - pos)
            self.header += view[pos:pos + take]
            pos += take
            if len(self.header) == need:
                self._header_read()

    def _header_need(self) -> int:
        if len(self.header) < _LOCAL_FIXED.size:
            return 4 if len(self.header) < 4 else _LOCAL_FIXED.size
        *_, name_len, extra_len = _LOCAL_FIXED.unpack(self.header[:_LOCAL_FIXED.size])
        return _LOCAL_FIXED.size + name_len + extra_len

    def _header_read(self) -> None:
        """Called each time the header holds as many bytes as ``_header_need`` asked for."""
        if len(self.header) == 4:
            if self.header in (_CENTRAL, _END) and self.names:  # the entries are over: the central directory
                self.tail, self.header = 4, bytearray()
            elif self.header != _LOCAL:
                raise BundleRejected(problem("bundle.not_an_archive"))
            return
        fixed = _LOCAL_FIXED.unpack(self.header[:_LOCAL_FIXED.size])
        _magic, _version, flags, method, _time, _date, _crc, packed, size, name_len, extra_len = fixed
        if len(self.header) == _LOCAL_FIXED.size and (name_len or extra_len):
            if name_len > _MAX_NAME or extra_len > _MAX_EXTRA:
                raise BundleRejected(problem("bundle.not_an_archive"))
            return  # the name and extra field come next
        raw_name = bytes(self.header[_LOCAL_FIXED.size:_LOCAL_FIXED.size + name_len])
        self.header = bytearray()
        self._begin(raw_name, flags, method, packed, size)

    def _begin(self, raw_name: bytes, flags: int, method: int, packed: int, size: int) -> None:
        name = raw_name.decode("utf-8", "replace")
        if not _SAFE_NAME.match(name):
            raise BundleRejected(problem("bundle.bad_entry_name", name=repr(name)))
        if method != 0 or flags & 0x08 or packed != size or size == 0xFFFFFFFF:  # stored, sizes in the header
            raise BundleRejected(problem("bundle.bad_compression", name=name))
        if name in self.names:
            raise BundleRejected(problem("bundle.entry_twice"))
        if len(self.names) >= MAX_ENTRIES:
            raise BundleRejected(problem("bundle.too_many_files", count=len(self.names) + 1, limit=MAX_ENTRIES))
        if name == MANIFEST and size > MAX_MANIFEST_BYTES:
            raise BundleRejected(problem("bundle.manifest_too_large"))
        listed = self.listed.get(name)
        if listed is None and name not in (MANIFEST, SIGNATURE):
            raise BundleRejected(problem("bundle.unlisted_files", names=name))
        if listed is not None and listed.size != size:
            raise BundleRejected(problem("bundle.wrong_size", name=name, size=size, listed=listed.size))
        if name.startswith(ATTACHMENT_PREFIX) and size > self.max_attachment:
            raise BundleRejected(problem("bundle.attachment_too_large", size_mb=size // (1024 * 1024),
                                         max_mb=self.max_attachment // (1024 * 1024)))
        self.names.append(name)
        self.name, self.remaining, self.in_data = name, size, True
        keyed = self.salt and name.startswith(ATTACHMENT_PREFIX)
        self.digest = hmac.new(self.salt, digestmod=hashlib.sha256) if keyed else hashlib.sha256()
        self.kept = bytearray() if self.keep(name) else None
        if not size:
            self._finish()

    def _finish(self) -> None:
        self.in_data = False
        listed = self.listed.get(self.name)
        if listed is not None and not hmac.compare_digest(self.digest.hexdigest(), listed.sha256):
            raise BundleRejected(problem("bundle.hash_mismatch", name=self.name))
        if self.kept is not None:
            content, self.kept = bytes(self.kept), None
            self.on_entry(self.name, content)

    def check_complete(self) -> None:
        """After the last byte: the archive ended where an archive ends, holding every listed entry."""
        if self.in_data:
            raise BundleRejected(problem("bundle.entry_unreadable", name=self.name))
        if self.tail < 0:
            raise BundleRejected(problem("bundle.not_an_archive"))
        if MANIFEST not in self.names or SIGNATURE not in self.names:
            raise BundleRejected(problem("bundle.no_manifest"))
        missing = sorted(set(self.listed) - set(self.names))
        if missing:
            raise BundleRejected(problem("bundle.missing_files", names=", ".join(missing[:3])))
        if CHANGES not in self.names:
            raise BundleRejected(problem("bundle.no_changes_file"))


class _HashingReader(io.RawIOBase):
    def __init__(self, fh):
        super().__init__()
        self.fh = fh
        self.sha = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = self.fh.readinto(buffer)
        self.sha.update(memoryview(buffer)[:n])
        return n


def _stream(path: Path, identities: list, sink: _Entries) -> str:
    """Decrypt ``path`` into ``sink``; the SHA-256 of the encrypted file."""
    import pyrage

    with open(path, "rb") as fh:
        reader = _HashingReader(fh)
        # pyrage reads and writes 8 KiB at a time: buffered here, the Python side works 256 KiB at a time
        source, target = io.BufferedReader(reader, _BUFFER), io.BufferedWriter(sink, _BUFFER)
        try:
            pyrage.decrypt_io(source, target, identities)
            target.flush()
        except BaseException as exc:
            sink.given_up = True
            if sink.error is not None:
                raise sink.error from None
            if isinstance(exc, pyrage.DecryptError) and "No matching keys" in str(exc):
                raise BundleRejected(problem("bundle.not_for_us")) from None
            if not isinstance(exc, Exception):
                raise
            raise BundleRejected(problem("bundle.does_not_decrypt")) from None
        while source.read(_BUFFER):  # age refuses bytes after its last chunk; hash them all the same
            pass
    sink.check_complete()
    return reader.sha.hexdigest()


def read_bundle(path: Path, identities: list, manifest: Manifest, max_attachment: int) -> OpenedBundle:
    """Every entry of the bundle in ``path`` checked against ``manifest`` (the signed one its head holds), keeping
    the manifest, its signature and the changes; the attachments are only hashed."""
    kept: dict[str, bytes] = {}
    sink = _Entries(manifest, lambda name: name in (MANIFEST, SIGNATURE, CHANGES), kept.__setitem__, max_attachment)
    file_sha = _stream(path, identities, sink)
    return OpenedBundle(manifest, kept[MANIFEST], kept[SIGNATURE], {CHANGES: kept[CHANGES]}, file_sha,
                        list(sink.names), Path(path), list(identities))


def read_attachments(opened: OpenedBundle, wanted: set[str], on_entry: Callable[[str, bytes], None],
                     max_attachment: int) -> None:
    """Decrypt the bundle again and give ``on_entry`` each attachment entry named in ``wanted``, one at a time, each
    checked against the manifest once more."""
    sink = _Entries(opened.manifest, wanted.__contains__, on_entry, max_attachment)
    _stream(opened.path, opened.identities, sink)
