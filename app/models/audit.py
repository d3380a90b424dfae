"""The append-only audit log (a hash chain), its head row, retention checkpoints, and reviews."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class AuditEvent(Base):
    """One event: a check answered, a review recorded, a ruleset published, a key created/revoked."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_kind_seq", "kind", "seq"),)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    id: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # check | review | ruleset.publish | key.create ...
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    request_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    actor: Mapped[str | None] = mapped_column(String(200), nullable=True)  # API key id or CLI user
    account_id: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    channel: Mapped[str | None] = mapped_column(String(50), nullable=True)
    content_type: Mapped[str | None] = mapped_column(String(50), nullable=True)
    content_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    text_policy: Mapped[str | None] = mapped_column(String(16), nullable=True)
    stored_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    stored_title: Mapped[str | None] = mapped_column(Text, nullable=True)
    verdict: Mapped[str | None] = mapped_column(String(16), nullable=True)
    findings: Mapped[str] = mapped_column(Text, default="[]")  # JSON list
    categories: Mapped[str] = mapped_column(String(1000), default="")  # ",a,b," for LIKE filters
    ruleset_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    ruleset_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    detectors: Mapped[str] = mapped_column(Text, default="{}")  # JSON name -> version
    latency_ms: Mapped[float | None] = mapped_column(Float, nullable=True)
    # Why a check was run (publish | draft | ci | scan): 合规率 counts publish only. Null before 0003w.
    purpose: Mapped[str | None] = mapped_column(String(16), nullable=True)
    payload: Mapped[str] = mapped_column(Text, default="{}")  # JSON, kind-specific details
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    # Outside the hashed content (so events written before these columns keep their hashes):
    # HMAC-SHA256 of ``hash`` with the audit key (kept out of the database); NULL when no key was set.
    mac: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # For a review event: the seq of the check it decides (an index only; the hashed payload is the truth).
    subject_seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)


class ChainHead(Base):
    """Single row (id 1): the last event's seq and hash. Appends lock it, so replicas serialise."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))


class Checkpoint(Base):
    """Written when retention removes events: the chain resumes after ``upto_seq`` / ``upto_hash``."""

    __tablename__ = "audit_checkpoints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    upto_seq: Mapped[int] = mapped_column(BigInteger)
    upto_hash: Mapped[str] = mapped_column(String(64))
    removed: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    signature: Mapped[str] = mapped_column(String(64))  # HMAC-SHA256 with settings.audit_hmac_key


class Review(Base):
    """A reviewer's decision on a checked post; the same decision is also an audit event."""

    __tablename__ = "reviews"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    event_seq: Mapped[int] = mapped_column(ForeignKey("audit_events.seq", ondelete="CASCADE"), index=True)
    decision: Mapped[str] = mapped_column(String(16))  # approve | reject | escalate
    reason: Mapped[str] = mapped_column(Text, default="")
    dismissed_rules: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of rule ids judged wrong
    reviewer: Mapped[str] = mapped_column(String(200))  # the person (X-Actor), as given
    key_id: Mapped[str | None] = mapped_column(String(32), nullable=True)  # the API key that carried it
    overrides: Mapped[str | None] = mapped_column(String(32), nullable=True)  # the final decision it overrode
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
