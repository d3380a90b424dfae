"""The account archive (账号管理档案): every self-media account, its owner and branch, and its operations data.

An account's ``id`` is the id posts carry (``account.id`` in /v1/check, ``account_id`` of a mention), so checks
and mentions link to the archive by it; an id seen there but absent here is an unregistered account (a report,
never a rejection). Operations data (reads and interactions per post, posts per period per account) arrive from
the platforms' exports or their push, for accounts registered or not.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Date, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UTCDateTime, utcnow

STATUSES = ("active", "suspended", "closed")
REGISTRATION = ("registered", "pending", "unregistered")


class Account(Base):
    __tablename__ = "accounts"
    __table_args__ = (UniqueConstraint("platform", "handle"),)

    id: Mapped[str] = mapped_column(String(200), primary_key=True)  # what posts send as account.id
    platform: Mapped[str] = mapped_column(String(32))  # a channel: wechat_mp, weibo, douyin ...
    handle: Mapped[str] = mapped_column(String(200))  # the platform's account name or number
    display_name: Mapped[str | None] = mapped_column(String(200), nullable=True)
    owner_employee_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)  # 工号
    owner_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    branch: Mapped[str | None] = mapped_column(String(200), nullable=True, index=True)
    # The owner's contact as POSTGUARD_STORE_TEXT allows: as given (full), masked (redacted) or nothing (none),
    # and a keyed hash of it (never reversible without the key) to find accounts sharing one contact.
    contact: Mapped[str | None] = mapped_column(String(200), nullable=True)
    contact_hash: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    contact_policy: Mapped[str | None] = mapped_column(String(16), nullable=True)
    registration_status: Mapped[str] = mapped_column(String(16), default="pending")  # one of REGISTRATION
    registered_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    opened_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    closed_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default="active", index=True)  # one of STATUSES
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(200), default="")


class PostMetrics(Base):
    """The latest reads and interactions of one published post (a newer measurement replaces the row)."""

    __tablename__ = "post_metrics"
    __table_args__ = (
        UniqueConstraint("account_id", "post_ref"),
        Index("ix_post_metrics_account_id_published_at", "account_id", "published_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(200))
    post_ref: Mapped[str] = mapped_column(String(300))  # the platform's post id or URL (as mentions' post_ref)
    audit_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)  # its check, if known
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reads: Mapped[int] = mapped_column(BigInteger, default=0)
    likes: Mapped[int] = mapped_column(BigInteger, default=0)
    comments: Mapped[int] = mapped_column(BigInteger, default=0)
    shares: Mapped[int] = mapped_column(BigInteger, default=0)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(100), default="api")


class AccountActivity(Base):
    """Posts an account published in a period (inclusive dates): its posting frequency."""

    __tablename__ = "account_activity"
    __table_args__ = (UniqueConstraint("account_id", "period_start", "period_end"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    account_id: Mapped[str] = mapped_column(String(200), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    posts: Mapped[int] = mapped_column(Integer)
    followers: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    measured_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    source: Mapped[str] = mapped_column(String(100), default="api")
