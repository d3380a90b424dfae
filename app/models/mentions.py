"""Inbound mentions (scored comments), the incidents alert rules open, their events, webhook deliveries."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class Mention(Base):
    """One comment or mention as stored: never raw PII (text per the store_text policy, author hashed)."""

    __tablename__ = "mentions"
    __table_args__ = (
        UniqueConstraint("source", "external_id"),  # idempotent ingestion; NULL ids never collide
        Index("ix_mentions_account_id_created_at", "account_id", "created_at"),
        Index("ix_mentions_post_ref_created_at", "post_ref", "created_at"),
        Index("ix_mentions_reason_created_at", "reason", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    source: Mapped[str] = mapped_column(String(100))
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    account_id: Mapped[str | None] = mapped_column(String(200), nullable=True)
    post_ref: Mapped[str | None] = mapped_column(String(300), nullable=True)
    author: Mapped[str | None] = mapped_column(String(200), nullable=True)  # keyed hash "h:…" unless policy full
    content_type: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)  # when it was written (the sender's clock)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    content_sha256: Mapped[str] = mapped_column(String(64))
    text_policy: Mapped[str] = mapped_column(String(16))  # none | redacted | full
    stored_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    negative: Mapped[bool] = mapped_column(Boolean, default=False)
    score: Mapped[float] = mapped_column(Float, default=0.0)  # strongest negative_sentiment finding, else 0
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    verdict: Mapped[str] = mapped_column(String(16))
    findings: Mapped[str] = mapped_column(Text, default="[]")  # JSON, no matched text
    ruleset_version: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Incident(Base):
    """A fired alert rule for one group (account, post, reason): open -> acknowledged -> resolved."""

    __tablename__ = "incidents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    rule_id: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32))  # burst | keyword_spike
    group_by: Mapped[str] = mapped_column(String(16))
    group_key: Mapped[str] = mapped_column(String(300))
    # "<rule>|<group>" while not resolved, NULL after: the unique index keeps one live incident per pair.
    open_key: Mapped[str | None] = mapped_column(String(420), nullable=True, unique=True)
    state: Mapped[str] = mapped_column(String(16), index=True)  # open | acknowledged | resolved
    severity: Mapped[str] = mapped_column(String(16))
    summary: Mapped[str] = mapped_column(Text, default="")
    mention_count: Mapped[int] = mapped_column(Integer, default=0)
    max_score: Mapped[float] = mapped_column(Float, default=0.0)
    target_minutes: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    last_mention_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(200), nullable=True)


class IncidentEvent(Base):
    """What happened to an incident: opened, mention (one more linked), acknowledged, resolved."""

    __tablename__ = "incident_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[str] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    mention_id: Mapped[str | None] = mapped_column(ForeignKey("mentions.id", ondelete="SET NULL"), nullable=True)
    actor: Mapped[str | None] = mapped_column(String(200), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class WebhookDelivery(Base):
    """One webhook call, persisted with the change that caused it so a crash cannot lose it."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    incident_id: Mapped[str | None] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), nullable=True)
    event: Mapped[str] = mapped_column(String(32))  # incident.opened | incident.acknowledged | ...
    url: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)  # the exact JSON bytes signed and sent (UTF-8)
    status: Mapped[str] = mapped_column(String(16))  # pending | delivered | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_error: Mapped[str | None] = mapped_column(String(500), nullable=True)
    response_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
