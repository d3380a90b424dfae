"""Ruleset versions: drafts, the one published version, retired ones; and the change counter."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow


class RulesetVersion(Base):
    __tablename__ = "ruleset_versions"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), index=True)  # draft | published | retired
    content: Mapped[str] = mapped_column(Text)  # canonical JSON of the Ruleset (version excluded)
    checksum: Mapped[str] = mapped_column(String(64))
    author: Mapped[str] = mapped_column(String(200))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Counter(Base):
    """Named monotonic counters; ``ruleset_epoch`` changes on every publish/rollback (workers poll it)."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(50), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)
