"""check purpose (合规率 counts publish only); reviews name the key that carried them and what they override

Revision ID: 0003w
Revises: 0003l
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003w"
down_revision = "0003l"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("purpose", sa.String(length=16), nullable=True))
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("key_id", sa.String(length=32), nullable=True))
        batch.add_column(sa.Column("overrides", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_column("overrides")
        batch.drop_column("key_id")
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_column("purpose")
