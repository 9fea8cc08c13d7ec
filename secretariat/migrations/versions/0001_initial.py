"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-23 09:26:27.872661
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "committee_profile",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_ko", sa.String(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("name_ja", sa.String(), nullable=False),
        sa.Column("side_a_name_en", sa.String(), nullable=False),
        sa.Column("side_a_name_ko", sa.String(), nullable=False),
        sa.Column("side_a_name_zh", sa.String(), nullable=False),
        sa.Column("side_a_name_ja", sa.String(), nullable=False),
        sa.Column("side_b_name_en", sa.String(), nullable=False),
        sa.Column("side_b_name_ko", sa.String(), nullable=False),
        sa.Column("side_b_name_zh", sa.String(), nullable=False),
        sa.Column("side_b_name_ja", sa.String(), nullable=False),
        sa.Column("language_a", sa.String(length=2), nullable=False),
        sa.Column("language_b", sa.String(length=2), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "conference",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=False),
        sa.Column("held_date", sa.Date(), nullable=True),
        sa.Column(
            "host_side",
            sa.Enum("A", "B", name="side", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("venue_en", sa.String(), nullable=False),
        sa.Column("venue_ko", sa.String(), nullable=False),
        sa.Column("venue_zh", sa.String(), nullable=False),
        sa.Column("venue_ja", sa.String(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "held",
                "postponed",
                "cancelled",
                name="conferencestatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("postponement_reason_en", sa.String(), nullable=False),
        sa.Column("postponement_reason_ko", sa.String(), nullable=False),
        sa.Column("postponement_reason_zh", sa.String(), nullable=False),
        sa.Column("postponement_reason_ja", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_conference_number"), ["number"], unique=True)

    op.create_table(
        "conference_postponement",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("conference_id", sa.Uuid(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("previous_date", sa.Date(), nullable=False),
        sa.Column("new_date", sa.Date(), nullable=True),
        sa.Column("reason_en", sa.String(), nullable=False),
        sa.Column("reason_ko", sa.String(), nullable=False),
        sa.Column("reason_zh", sa.String(), nullable=False),
        sa.Column("reason_ja", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["conference_id"], ["conference.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("conference_postponement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conference_postponement_conference_id"), ["conference_id"], unique=False
        )

    op.create_table(
        "meeting",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "team",
                "secretariat",
                "video_call",
                "other",
                name="meetingkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("conference_id", sa.Uuid(), nullable=True),
        sa.Column("attendees", sa.String(), nullable=False),
        sa.Column("venue", sa.String(), nullable=False),
        sa.Column("outcomes_en", sa.String(), nullable=False),
        sa.Column("outcomes_ko", sa.String(), nullable=False),
        sa.Column("outcomes_zh", sa.String(), nullable=False),
        sa.Column("outcomes_ja", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_conference_id"), ["conference_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_meeting_held_on"), ["held_on"], unique=False)

    op.create_table(
        "mou",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("title_ko", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("title_ja", sa.String(), nullable=False),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("conference_id", sa.Uuid(), nullable=True),
        sa.Column("party_a", sa.String(), nullable=False),
        sa.Column("party_b", sa.String(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "negotiating",
                "signed",
                "expired",
                "terminated",
                name="moustatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("mou", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_conference_id"), ["conference_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mou_signed_on"), ["signed_on"], unique=False)

    op.create_table(
        "team",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("name_ko", sa.String(), nullable=False),
        sa.Column("name_zh", sa.String(), nullable=False),
        sa.Column("name_ja", sa.String(), nullable=False),
        sa.Column("start_conference_id", sa.Uuid(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["start_conference_id"],
            ["conference.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_code"), ["code"], unique=True)
        batch_op.create_index(
            batch_op.f("ix_team_start_conference_id"), ["start_conference_id"], unique=False
        )

    op.create_table(
        "meeting_team",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("meeting_id", "team_id"),
    )
    with op.batch_alter_table("meeting_team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_meeting_team_team_id"), ["team_id"], unique=False)

    op.create_table(
        "mou_team",
        sa.Column("mou_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["mou_id"], ["mou.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("mou_id", "team_id"),
    )
    with op.batch_alter_table("mou_team", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mou_team_team_id"), ["team_id"], unique=False)

    op.create_table(
        "plan",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("conference_id", sa.Uuid(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("title_en", sa.String(), nullable=False),
        sa.Column("title_ko", sa.String(), nullable=False),
        sa.Column("title_zh", sa.String(), nullable=False),
        sa.Column("title_ja", sa.String(), nullable=False),
        sa.Column("description_en", sa.String(), nullable=False),
        sa.Column("description_ko", sa.String(), nullable=False),
        sa.Column("description_zh", sa.String(), nullable=False),
        sa.Column("description_ja", sa.String(), nullable=False),
        sa.Column(
            "origin",
            sa.Enum("A", "B", "mutual", name="origin", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column(
            "horizon",
            sa.Enum("near", "long", name="horizon", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "agreed",
                "in_progress",
                "implemented",
                "on_hold",
                "dropped",
                name="planstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("progress", sa.Integer(), nullable=False),
        sa.Column("lead_agency_a", sa.String(), nullable=False),
        sa.Column("lead_agency_b", sa.String(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("continues_plan_id", sa.Uuid(), nullable=True),
        sa.Column("status_changed_on", sa.Date(), nullable=True),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conference_id"],
            ["conference.id"],
        ),
        sa.ForeignKeyConstraint(
            ["continues_plan_id"],
            ["plan.id"],
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("conference_id", "continues_plan_id", name="uq_plan_carry_once"),
        sa.UniqueConstraint("conference_id", "team_id", "seq", name="uq_plan_seq"),
    )
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_conference_id"), ["conference_id"], unique=False)
        batch_op.create_index("ix_plan_conference_team", ["conference_id", "team_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_continues_plan_id"), ["continues_plan_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_status_changed_on"), ["status_changed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_team_id"), ["team_id"], unique=False)

    op.create_table(
        "activity",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("team_id", sa.Uuid(), nullable=True),
        sa.Column(
            "category",
            sa.Enum(
                "administrative",
                "youth",
                "people",
                "culture",
                "economy",
                "education",
                "environment",
                "health",
                "other",
                name="activitycategory",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column(
            "direction",
            sa.Enum("a_to_b", "b_to_a", "joint", name="direction", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=True),
        sa.Column("description_en", sa.String(), nullable=False),
        sa.Column("description_ko", sa.String(), nullable=False),
        sa.Column("description_zh", sa.String(), nullable=False),
        sa.Column("description_ja", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_held_on"), ["held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_plan_id"), ["plan_id"], unique=False)
        batch_op.create_index("ix_activity_team_date", ["team_id", "held_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_activity_team_id"), ["team_id"], unique=False)

    op.create_table(
        "plan_status_change",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("plan_id", sa.Uuid(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "agreed",
                "in_progress",
                "implemented",
                "on_hold",
                "dropped",
                name="planstatus",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "agreed",
                "in_progress",
                "implemented",
                "on_hold",
                "dropped",
                name="planstatus",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(["meeting_id"], ["meeting.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["plan_id"], ["plan.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_plan_status_change_changed_on"), ["changed_on"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_status_change_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_plan_status_change_plan_id"), ["plan_id"], unique=False
        )
        batch_op.create_index("ix_status_change_plan_date", ["plan_id", "changed_on"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("plan_status_change", schema=None) as batch_op:
        batch_op.drop_index("ix_status_change_plan_date")
        batch_op.drop_index(batch_op.f("ix_plan_status_change_plan_id"))
        batch_op.drop_index(batch_op.f("ix_plan_status_change_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_plan_status_change_changed_on"))

    op.drop_table("plan_status_change")
    with op.batch_alter_table("activity", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_team_id"))
        batch_op.drop_index("ix_activity_team_date")
        batch_op.drop_index(batch_op.f("ix_activity_plan_id"))
        batch_op.drop_index(batch_op.f("ix_activity_held_on"))

    op.drop_table("activity")
    with op.batch_alter_table("plan", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_team_id"))
        batch_op.drop_index(batch_op.f("ix_plan_status_changed_on"))
        batch_op.drop_index(batch_op.f("ix_plan_continues_plan_id"))
        batch_op.drop_index("ix_plan_conference_team")
        batch_op.drop_index(batch_op.f("ix_plan_conference_id"))

    op.drop_table("plan")
    with op.batch_alter_table("mou_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_team_team_id"))

    op.drop_table("mou_team")
    with op.batch_alter_table("meeting_team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_team_team_id"))

    op.drop_table("meeting_team")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_start_conference_id"))
        batch_op.drop_index(batch_op.f("ix_team_code"))

    op.drop_table("team")
    with op.batch_alter_table("mou", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_mou_signed_on"))
        batch_op.drop_index(batch_op.f("ix_mou_conference_id"))

    op.drop_table("mou")
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_held_on"))
        batch_op.drop_index(batch_op.f("ix_meeting_conference_id"))

    op.drop_table("meeting")
    with op.batch_alter_table("conference_postponement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conference_postponement_conference_id"))

    op.drop_table("conference_postponement")
    with op.batch_alter_table("conference", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conference_number"))

    op.drop_table("conference")
    op.drop_table("committee_profile")
