"""audit anchor: per-event HMAC (mac) and the reviewed check of a review event (subject_seq)

Revision ID: 0003h
Revises: 0002
Create Date: 2026-12-04
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0003h"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.add_column(sa.Column("mac", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("subject_seq", sa.BigInteger(), nullable=True))
        batch.create_index("ix_audit_events_subject_seq", ["subject_seq"])
    # Existing review events: point subject_seq at the check they decide (read from the hashed payload).
    conn = op.get_bind()
    reviews = conn.execute(sa.text("SELECT seq, payload FROM audit_events WHERE kind = 'review'")).all()
    for seq, payload in reviews:
        audit_id = json.loads(payload or "{}").get("audit_id")
        if not audit_id:
            continue
        target = conn.execute(sa.text("SELECT seq FROM audit_events WHERE id = :id"), {"id": audit_id}).scalar()
        if target is not None:
            conn.execute(sa.text("UPDATE audit_events SET subject_seq = :t WHERE seq = :s"), {"t": target, "s": seq})


def downgrade() -> None:
    with op.batch_alter_table("audit_events") as batch:
        batch.drop_index("ix_audit_events_subject_seq")
        batch.drop_column("subject_seq")
        batch.drop_column("mac")
