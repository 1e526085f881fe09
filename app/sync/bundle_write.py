"""A bundle written as a stream: the archive made entry by entry as age encrypts it, so memory stays bounded
whatever the bundle's size (at most one attachment at a time), as when it is read (app/sync/bundle_read.py).

The archive is a plain zip whose entries are all stored (no compression), each with its CRC-32 and sizes in its
local header (what the reader requires: no data descriptors), followed by the central directory. The sizes and
CRC-32 of the attachments are measured in a first pass (``measure``), when the manifest's list is made; the
second pass reads each content again and checks it is the same.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from app.services.errors import FieldDeskError
from app.services.profile import fsync_dir
from app.sync.container import MANIFEST, MAX_BUNDLE_BYTES, SIGNATURE, manifest_bytes
from app.vocabulary.problems import problem

_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_CENTRAL = struct.Struct("<4sHHHHHHIIIHHHHHII")
_END = struct.Struct("<4sHHHHIIH")
_VERSION = 20  # 2.0: stored entries, no zip64
_DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1  # a fixed date: the archive's times tell nothing about the sender
_BUFFER = 256 * 1024


@dataclass(frozen=True)
class Entry:
    name: str
    size: int
    crc: int
    content: Callable[[], bytes]  # the bytes, read when the entry is written


def entry(name: str, data: bytes) -> Entry:
    return Entry(name, len(data), zlib.crc32(data), lambda: data)


def _archive(entries: list[Entry]) -> Iterator[bytes]:
    """The zip's bytes, entry by entry."""
    offset, central = 0, []
    for item in entries:
        name = item.name.encode("ascii")
        data = item.content()  # an attachment's is checked against its SHA-256 as it is read (read_blob)
        header = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, 0, 0, _DOS_DATE, item.crc, item.size, item.size,
                             len(name), 0) + name
        central.append(_CENTRAL.pack(b"PK\x01\x02", _VERSION, _VERSION, 0, 0, 0, _DOS_DATE, item.crc, item.size,
                                     item.size, len(name), 0, 0, 0, 0, 0, offset) + name)
        yield header
        yield data
        offset += len(header) + item.size
        del data
        if offset > MAX_BUNDLE_BYTES:
            raise FieldDeskError(problem("bundle.too_large", gb=MAX_BUNDLE_BYTES // (1024 ** 3)))
    directory = b"".join(central)
    yield directory
    yield _END.pack(b"PK\x05\x06", 0, 0, len(entries), len(entries), len(directory), offset, 0)


class _Reader(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]):
        super().__init__()
        self.chunks = chunks
        self.current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while not self.current:
            chunk = next(self.chunks, None)
            if chunk is None:
                return 0
            self.current = memoryview(chunk)
        n = min(len(buffer), len(self.current))
        buffer[:n] = self.current[:n]
        self.current = self.current[n:]
        return n


class _HashingWriter(io.RawIOBase):
    def __init__(self, fh):
        super().__init__()
        self.fh = fh
        self.sha = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.sha.update(data)
        return self.fh.write(data)


def write_bundle(path: Path, manifest, signature: bytes, entries: list[Entry], recipient: str) -> tuple[Path, str]:
    """Encrypt the archive of the manifest, its signature and ``entries`` to ``recipient`` into a temporary file
    beside ``path``, flushed to disk; returns it (``publish`` gives it its name) and the SHA-256 of its bytes."""
    import pyrage
    from pyrage import x25519

    archive = [entry(MANIFEST, manifest_bytes(manifest)), entry(SIGNATURE, signature), *entries]
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            writer = _HashingWriter(fh)
            reader = io.BufferedReader(_Reader(_archive(archive)), _BUFFER)
            buffered = io.BufferedWriter(writer, _BUFFER)
            pyrage.encrypt_io(reader, buffered, [x25519.Recipient.from_str(recipient)])
            buffered.flush()
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp, writer.sha.hexdigest()


def publish(tmp: Path, path: Path) -> None:
    """The written bundle under its name: never a half-written file there."""
    try:
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OSError(exc.errno, exc.strerror, str(path)) from None
    fsync_dir(path.parent)
