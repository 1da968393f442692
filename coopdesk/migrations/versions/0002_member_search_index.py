"""member search index: the register's filter scans a covering index in number order

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 12:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_member_number_search", "member", ["number", "search_text"])


def downgrade() -> None:
    op.drop_index("ix_member_number_search", table_name="member")
