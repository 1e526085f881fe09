"""Sync bookkeeping, local to each site (never exported or sent): pinned peers, bundle sequence numbers and
acknowledgements, the history of bundles, conflicts kept for people to resolve, and changes held for a parent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Index, LargeBinary
from sqlmodel import JSON, Column, Field, SQLModel

from app.models.base import NAMING_CONVENTION  # noqa: F401 - the metadata with its naming convention first


class SyncPeer(SQLModel, table=True):
    """A site whose identity card was trusted here: bundles from it are verified with these keys."""

    __tablename__ = "sync_peer"

    site_id: str = Field(primary_key=True, max_length=36)
    office_code: str = Field(max_length=32, unique=True)
    name: str = Field(default="", max_length=200)
    role: str = Field(max_length=10)
    signing_key: str = Field(max_length=200)  # Ed25519 public key, base64
    encryption_key: str = Field(max_length=200)  # age X25519 recipient (age1...)
    fingerprint: str = Field(max_length=64)
    trusted_at: str = Field(max_length=32)


class SyncOutbound(SQLModel, table=True):
    """What this site has sent to a peer: the last bundle number, and how far the peer has acknowledged."""

    __tablename__ = "sync_outbound"

    peer_site_id: str = Field(primary_key=True, max_length=36)
    last_seq: int = Field(default=0)
    acked_upto: int = Field(default=0)  # our change-log seq the peer has confirmed receiving
    last_sent_at: str | None = Field(default=None, max_length=32)


class SyncInbound(SQLModel, table=True):
    """What this site has applied from a peer: the last bundle number and how far into the peer's change log."""

    __tablename__ = "sync_inbound"

    peer_site_id: str = Field(primary_key=True, max_length=36)
    last_seq: int = Field(default=0)
    received_upto: int = Field(default=0)  # the peer's change-log seq applied here
    last_received_at: str | None = Field(default=None, max_length=32)


class BundleRecord(SQLModel, table=True):
    """A bundle sent or applied here (rejected bundles change nothing, so they are not recorded)."""

    __tablename__ = "bundle_log"

    bundle_id: str = Field(primary_key=True, max_length=36)
    direction: str = Field(max_length=3)  # in | out
    peer_site_id: str = Field(max_length=36, index=True)
    peer_office: str = Field(max_length=32)
    seq: int
    file_sha256: str = Field(max_length=64)
    file_name: str = Field(default="", max_length=300)
    changes: int = Field(default=0)
    applied: int = Field(default=0)
    skipped: int = Field(default=0)
    conflicts: int = Field(default=0)
    held: int = Field(default=0)
    at: str = Field(max_length=32)
    summary: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class SyncConflict(SQLModel, table=True):
    """Both sides changed the same field since they last agreed: the losing value is kept here. A conflict is open
    until something newer is written to the field (a resolution or any edit), here or at another site."""

    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36, index=True)
    field: str = Field(max_length=64)
    kind: str = Field(max_length=20)  # field | delete_ignored | edit_revived
    local_value: Any = Field(default=None, sa_column=Column(JSON))
    local_hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    local_site: str = Field(max_length=36)
    remote_value: Any = Field(default=None, sa_column=Column(JSON))
    remote_hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    remote_site: str = Field(max_length=36)
    remote_office: str = Field(max_length=32)
    winner: str = Field(max_length=6)  # local | remote
    winner_hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    winner_site: str = Field(max_length=36)
    bundle_id: str = Field(max_length=36)
    detected_at: str = Field(max_length=32)
    resolved_at: str | None = Field(default=None, max_length=32)
    resolution: str | None = Field(default=None, max_length=20)


class HeldChange(SQLModel, table=True):
    """A change whose parent record has not arrived yet; applied when it comes, dropped after ``held.HELD_DAYS``.

    Looked up by the record it waits for (only the parents a bundle just applied), so thousands of held changes cost
    an unrelated import nothing."""

    __tablename__ = "held_change"
    __table_args__ = (Index("ix_held_change_waiting", "waiting_table", "waiting_id"),)

    id: int | None = Field(default=None, primary_key=True)
    bundle_id: str = Field(max_length=36)
    sender_site_id: str = Field(max_length=36)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    waiting_table: str = Field(max_length=40)
    waiting_id: str = Field(max_length=36)
    entry: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    received_at: str = Field(max_length=32, index=True)
