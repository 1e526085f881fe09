"""A bundle's signed manifest, read before anything else (docs/SYNC.md, "Bundle format").

``bundle_write`` writes the manifest and its signature as the archive's first two entries, stored uncompressed.
age encrypts in 64 KiB chunks, each authenticated on its own, so decrypting the file as a stream gives the
manifest and its signature from its first chunks: the importer checks the signature with those alone, and only a
bundle signed by a key it trusts is read further, as a stream (``bundle_read.read_bundle``, which then must find
the same manifest and signature). A forged bundle of any size, made with nothing but the recipient's public card,
is refused after reading a few kilobytes, with memory bounded whatever its size.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass
from pathlib import Path

from app.sync.container import (
    _MAX_HEADER_BYTES,
    AGE_VERSION_LINE,
    MANIFEST,
    MAX_MANIFEST_BYTES,
    SIGNATURE,
    BundleRejected,
    Manifest,
    _header_problem,
    decode_manifest,
)
from app.vocabulary.problems import problem

_LOCAL = b"PK\x03\x04"
_LOCAL_FIXED = struct.Struct("<4sHHHHHIIIHH")  # a zip local file header before its name and extra field
_MAX_SIGNATURE_BYTES = 4096
HEAD_BYTES = MAX_MANIFEST_BYTES + _MAX_SIGNATURE_BYTES + 2 * (_LOCAL_FIXED.size + 1024)


@dataclass
class Head:
    manifest: Manifest
    manifest_raw: bytes
    signature: bytes


class _Enough(Exception):
    pass


class _Sink(io.RawIOBase):
    """Keeps the first ``limit`` bytes of the plaintext, then stops the decryption."""

    def __init__(self, limit: int):
        super().__init__()
        self.data = bytearray()
        self.limit = limit

    def writable(self) -> bool:
        return True

    def write(self, chunk) -> int:
        self.data += bytes(chunk[: self.limit - len(self.data)])
        if len(self.data) >= min(self.limit, _two_entries_end(self.data)):
            raise _Enough
        return len(chunk)


def _two_entries_end(data: bytearray) -> int:
    """Where the first two entries (manifest and signature) end, as far as their headers read so far tell; a
    number past the data while that is not known yet."""
    offset = 0
    for _ in range(2):
        fixed = data[offset:offset + _LOCAL_FIXED.size]
        if len(fixed) < _LOCAL_FIXED.size:
            return len(data) + 1
        *_, size, name_len, extra_len = _LOCAL_FIXED.unpack(fixed)
        offset += _LOCAL_FIXED.size + name_len + extra_len + size
    return offset


def read_head(path: Path, identity) -> Head:
    """The manifest and signature at the start of the bundle in ``path``, decrypted from its first chunks only."""
    import pyrage

    identities = identity if isinstance(identity, list) else [identity]
    with open(path, "rb") as fh:
        start = fh.read(_MAX_HEADER_BYTES)
        if not start.startswith(AGE_VERSION_LINE + b"\n"):
            raise BundleRejected(problem("bundle.not_a_bundle"))
        damage = _header_problem(start)
        if damage:
            raise BundleRejected(problem(f"bundle.{damage}"))
        fh.seek(0)
        sink = _Sink(HEAD_BYTES)
        try:
            pyrage.decrypt_io(fh, sink, identities)
        except _Enough:
            pass
        except pyrage.DecryptError as exc:
            if "No matching keys" in str(exc):
                raise BundleRejected(problem("bundle.not_for_us")) from None
            raise BundleRejected(problem("bundle.does_not_decrypt")) from None
        except Exception:  # a chunk that does not authenticate, a file cut short
            if not sink.data:
                raise BundleRejected(problem("bundle.does_not_decrypt")) from None
            # the entries read so far were authenticated: the whole reading refuses the rest, in its words
    plain = bytes(sink.data)
    name, manifest_raw, offset = _entry(plain, 0, MAX_MANIFEST_BYTES)
    if name != MANIFEST:
        raise BundleRejected(problem("bundle.no_manifest"))
    name, signature, _ = _entry(plain, offset, _MAX_SIGNATURE_BYTES)
    if name != SIGNATURE:
        raise BundleRejected(problem("bundle.no_manifest"))
    return Head(decode_manifest(manifest_raw), manifest_raw, signature)


def _entry(plain: bytes, offset: int, limit: int) -> tuple[str, bytes, int]:
    """The name and content of the stored entry whose local header starts at ``offset``, and where the next one
    starts."""
    fixed = plain[offset:offset + _LOCAL_FIXED.size]
    if len(fixed) < _LOCAL_FIXED.size:
        raise BundleRejected(problem("bundle.not_an_archive"))
    magic, _version, flags, method, _time, _date, _crc, packed, size, name_len, extra_len = _LOCAL_FIXED.unpack(fixed)
    if magic != _LOCAL:
        raise BundleRejected(problem("bundle.not_an_archive"))
    start = offset + _LOCAL_FIXED.size
    name = plain[start:start + name_len].decode("utf-8", "replace")
    if method != 0 or flags & 0x08 or packed != size:  # stored, its size in the header (as bundle_write does)
        raise BundleRejected(problem("bundle.bad_compression", name=name))
    if size > limit:
        raise BundleRejected(problem("bundle.manifest_too_large"))
    data_start = start + name_len + extra_len
    content = plain[data_start:data_start + size]
    if len(content) != size:
        raise BundleRejected(problem("bundle.manifest_unreadable"))
    return name, content, data_start + size
