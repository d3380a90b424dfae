"""rate-limit counters shared by workers and replicas

Revision ID: 0003l
Revises: 0003h
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003l"
down_revision = "0003h"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_counters",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_counters")),
    )
    op.create_index(op.f("ix_rate_counters_expires_at"), "rate_counters", ["expires_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_rate_counters_expires_at"), table_name="rate_counters")
    op.drop_table("rate_counters")
