"""account archive, post and account operations data (issue 13)

Revision ID: 0004a
Revises: 0003c
Create Date: 2026-12-05

Checks and mentions already carry the publishing account's id (audit_events.account_id, mentions.account_id,
both indexed); the archive's primary key is that id, so they link to it without a column of their own, and an id
seen there but missing here is reported as unregistered (never rejected).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004a"
down_revision = "0003c"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "accounts",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("platform", sa.String(length=32), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=True),
        sa.Column("owner_employee_id", sa.String(length=64), nullable=True),
        sa.Column("owner_name", sa.String(length=100), nullable=True),
        sa.Column("branch", sa.String(length=200), nullable=True),
        sa.Column("contact", sa.String(length=200), nullable=True),
        sa.Column("contact_hash", sa.String(length=64), nullable=True),
        sa.Column("contact_policy", sa.String(length=16), nullable=True),
        sa.Column("registration_status", sa.String(length=16), nullable=False),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accounts")),
        sa.UniqueConstraint("platform", "handle", name=op.f("uq_accounts_platform_handle")),
    )
    op.create_index(op.f("ix_accounts_owner_employee_id"), "accounts", ["owner_employee_id"])
    op.create_index(op.f("ix_accounts_branch"), "accounts", ["branch"])
    op.create_index(op.f("ix_accounts_contact_hash"), "accounts", ["contact_hash"])
    op.create_index(op.f("ix_accounts_status"), "accounts", ["status"])
    op.create_table(
        "post_metrics",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.String(length=200), nullable=False),
        sa.Column("post_ref", sa.String(length=300), nullable=False),
        sa.Column("audit_id", sa.String(length=32), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reads", sa.BigInteger(), nullable=False),
        sa.Column("likes", sa.BigInteger(), nullable=False),
        sa.Column("comments", sa.BigInteger(), nullable=False),
        sa.Column("shares", sa.BigInteger(), nullable=False),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_metrics")),
        sa.UniqueConstraint("account_id", "post_ref", name=op.f("uq_post_metrics_account_id_post_ref")),
    )
    op.create_index(op.f("ix_post_metrics_audit_id"), "post_metrics", ["audit_id"])
    op.create_index("ix_post_metrics_account_id_published_at", "post_metrics", ["account_id", "published_at"])
    op.create_table(
        "account_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.String(length=200), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("followers", sa.BigInteger(), nullable=True),
        sa.Column("measured_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_activity")),
        sa.UniqueConstraint("account_id", "period_start", "period_end",
                            name=op.f("uq_account_activity_account_id_period_start_period_end")),
    )
    op.create_index(op.f("ix_account_activity_account_id"), "account_activity", ["account_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_account_activity_account_id"), table_name="account_activity")
    op.drop_table("account_activity")
    op.drop_index("ix_post_metrics_account_id_published_at", table_name="post_metrics")
    op.drop_index(op.f("ix_post_metrics_audit_id"), table_name="post_metrics")
    op.drop_table("post_metrics")
    for name in ("status", "contact_hash", "branch", "owner_employee_id"):
        op.drop_index(op.f(f"ix_accounts_{name}"), table_name="accounts")
    op.drop_table("accounts")
