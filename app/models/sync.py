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
    # After the peer went back (a restored backup): its own changes stamped after ``resend_own_after`` (its clock when
    # it went back) and applied here up to our change-log position ``resend_own_upto`` are sent back to it, since it
    # may have lost them, until it confirms receiving the bundle that carried ``resend_token``
    # (app/services/store/incarnation.py).
    resend_own_after: int | None = Field(default=None, sa_column=Column(BigInteger, nullable=True))
    resend_own_upto: int | None = Field(default=None)
    resend_token: str = Field(default="", max_length=36)


class SyncInbound(SQLModel, table=True):
    """What this site has applied from a peer: the last bundle number and how far into the peer's change log."""

    __tablename__ = "sync_inbound"

    peer_site_id: str = Field(primary_key=True, max_length=36)
    last_seq: int = Field(default=0)
    received_upto: int = Field(default=0)  # the peer's change-log seq applied here
    last_received_at: str | None = Field(default=None, max_length=32)
    # The peer's incarnation: a new one begins when it restores a backup (app/services/store/incarnation.py). Bundle
    # numbers and change-log positions compare only within one incarnation; its first bundle number tells gaps apart.
    epoch: str = Field(default="", max_length=36)
    epoch_started: str = Field(default="", max_length=32)
    epoch_first_seq: int = Field(default=1)
    epoch_clock: int = Field(default=0, sa_column=Column(BigInteger, nullable=False, server_default="0"))
    last_created_at: str | None = Field(default=None, max_length=32)  # the peer's time of its newest bundle here
    resend_token_seen: str = Field(default="", max_length=36)  # the last resend of our own changes it sent us


class BundleRecord(SQLModel, table=True):
    """A bundle sent or applied here, or received late after a newer one had brought its changes (summary
    ``superseded``; rejected bundles change nothing, so they are not recorded)."""

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
    epoch: str = Field(default="", max_length=36)  # the sender's incarnation


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


class SyncLostChange(SQLModel, table=True):
    """A change from another site that lost to a newer one on every field it set, so nothing of it was written: kept
    so that the same change arriving again (its acknowledgement had not reached the sender) is known and skipped,
    instead of being merged again and reopening a conflict already resolved; its values let a conflict named by a
    peer be listed here too."""

    __tablename__ = "sync_lost_change"
    __table_args__ = (Index("ix_sync_lost_change_record", "table_name", "record_id"),)

    id: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    hlc: int = Field(sa_column=Column(BigInteger, nullable=False))
    site_id: str = Field(max_length=36)
    new: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    bundle_id: str = Field(max_length=36)
    received_at: str = Field(max_length=32)


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


class SyncRefusal(SQLModel, table=True):
    """An incoming change that was not applied: the sender had no right to it, or its values break the rules a form
    enforces. Kept whole (``entry``) for people to review; the rest of its bundle was applied."""

    __tablename__ = "sync_refusal"

    id: str = Field(primary_key=True, max_length=36)
    bundle_id: str = Field(max_length=36)
    sender_site_id: str = Field(max_length=36, index=True)
    sender_office: str = Field(max_length=32)
    table_name: str = Field(max_length=40)
    record_id: str = Field(max_length=36, index=True)
    op: str = Field(max_length=20)
    field: str = Field(default="", max_length=64)
    code: str = Field(max_length=30)  # see app.sync.rights.CODES
    reason: str = Field(max_length=500)  # plain text for people; names fields and records, never their values
    entry: bytes = Field(sa_column=Column(LargeBinary, nullable=False))  # the change as received (msgpack)
    received_at: str = Field(max_length=32)
