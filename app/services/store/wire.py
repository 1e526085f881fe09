"""The changes inside a bundle: one entry per change-log row (a record's created or changed fields with their clock
stamp and origin), encoded with msgpack (msgspec) and compressed with zstd. Decoding is typed, so a malformed entry
is rejected by the decoder, and decompression is capped, so a small file cannot expand without bound."""

from __future__ import annotations

import io
from typing import Any

import msgspec
import zstandard

MAX_CHANGES_BYTES = 2 * 1024 * 1024 * 1024  # decompressed, whatever the manifest says


class Change(msgspec.Struct, array_like=True, frozen=True):
    seq: int  # the sender's change-log seq
    table: str
    record_id: str
    op: str
    hlc: int
    site: str  # where the change was made
    office: str
    author: str
    at: str
    new: dict[str, Any]
    old: dict[str, Any]
    # At headquarters: the certified user's signature over the change (app/sync/attribution.py); absent before
    attestation: str = ""


_ENCODER = msgspec.msgpack.Encoder()
_DECODER = msgspec.msgpack.Decoder(list[Change])


class WireError(ValueError):
    pass


def encode_changes(changes: list[Change]) -> tuple[bytes, int]:
    """Returns (zstd-compressed msgpack, uncompressed size)."""
    raw = _ENCODER.encode(changes)
    return zstandard.ZstdCompressor(level=3, write_content_size=True).compress(raw), len(raw)


def decode_changes(blob: bytes, declared_size: int) -> list[Change]:
    cap = min(int(declared_size), MAX_CHANGES_BYTES)
    if cap < 0:
        raise WireError("the manifest declares a negative size for the changes")
    try:
        reader = zstandard.ZstdDecompressor().stream_reader(io.BytesIO(blob))
        raw = reader.read(cap + 1)
    except zstandard.ZstdError as exc:
        raise WireError(f"the changes cannot be decompressed ({exc})") from None
    if len(raw) > cap:
        raise WireError(f"the changes expand beyond the {declared_size} bytes the manifest declares "
                        "(a decompression bomb or a damaged file)")
    if len(raw) != declared_size:
        raise WireError(f"the changes are {len(raw)} bytes, not the {declared_size} the manifest declares")
    try:
        return _DECODER.decode(raw)
    except msgspec.DecodeError as exc:
        raise WireError(f"the changes are malformed ({exc})") from None
