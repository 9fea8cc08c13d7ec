"""The committee's records as SQLModel tables, and the enums they use. Nothing else lives here.

Text that is written per language is stored as one column per supported language
(`title_en`, `title_ko`, `title_zh`, `title_ja`): see docs/data-model.md for why.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, String, UniqueConstraint, Uuid
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import declared_attr
from sqlmodel import Field, SQLModel

LANGUAGES: tuple[str, ...] = ("en", "ko", "zh", "ja")
"""Languages every text field is stored in, in display order."""


def utc_now() -> datetime:
    """Aware UTC timestamp (SQLModel stores aware datetimes and returns them in UTC)."""
    return datetime.now(UTC)


class Side(enum.StrEnum):
    A = "A"
    B = "B"


class Origin(enum.StrEnum):
    A = "A"
    B = "B"
    mutual = "mutual"


class Horizon(enum.StrEnum):
    near = "near"
    long = "long"


class PlanStatus(enum.StrEnum):
    agreed = "agreed"
    in_progress = "in_progress"
    implemented = "implemented"
    on_hold = "on_hold"
    dropped = "dropped"


class ConferenceStatus(enum.StrEnum):
    planned = "planned"
    held = "held"
    postponed = "postponed"
    cancelled = "cancelled"


class MouStatus(enum.StrEnum):
    negotiating = "negotiating"
    signed = "signed"
    expired = "expired"
    terminated = "terminated"


class MeetingKind(enum.StrEnum):
    team = "team"
    secretariat = "secretariat"
    video_call = "video_call"
    other = "other"


class MeetingState(enum.StrEnum):
    """A meeting is planned (its agenda being prepared) until it is held and logged."""

    planned = "planned"
    held = "held"


class ActivityCategory(enum.StrEnum):
    administrative = "administrative"
    youth = "youth"
    people = "people"
    culture = "culture"
    economy = "economy"
    education = "education"
    environment = "environment"
    health = "health"
    other = "other"


class Direction(enum.StrEnum):
    a_to_b = "a_to_b"
    b_to_a = "b_to_a"
    joint = "joint"


def enum_column(
    enum_type: type[enum.Enum], *, nullable: bool = False, server_default: str | None = None
) -> Column[str]:
    """A VARCHAR column holding the enum's value (no native DB enum: adding a value is free)."""
    return Column(
        SAEnum(
            enum_type,
            native_enum=False,
            create_constraint=False,
            length=16,
            values_callable=lambda members: [member.value for member in members],
        ),
        nullable=nullable,
        server_default=server_default,
    )


def fk(
    target: str, *, nullable: bool = True, ondelete: str | None = None, index: bool = True
) -> Column[uuid.UUID]:
    """A UUID foreign key column, indexed unless a composite index covers it."""
    return Column(Uuid(), ForeignKey(target, ondelete=ondelete), nullable=nullable, index=index)


def _author_default(context: Any) -> str:
    from secretariat.audit import author_of_engine

    return author_of_engine(context.root_connection.engine)


def author_column() -> Column[str]:
    """Who wrote a row; a writer that leaves it out gets the database's author."""
    return Column(String(), nullable=False, default=_author_default, server_default="")


class Record(SQLModel):
    """Fields every record has: a UUID (records are exchanged between the two secretariats'
    databases later, so ids must be unique across databases) and timestamps."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    created_at: datetime = Field(default_factory=utc_now, nullable=False)
    updated_at: datetime = Field(
        default_factory=utc_now, nullable=False, sa_column_kwargs={"onupdate": utc_now}
    )
    # Counts the record's saved edits. Every ORM UPDATE says `WHERE version = <as read>` and
    # adds one, so two writers cannot both save over the same version; an editor hands the
    # version it showed to the service, which refuses a record changed since (ConflictError).
    version: int = Field(
        default=1, sa_column_kwargs={"nullable": False, "default": 1, "server_default": "1"}
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 (SQLAlchemy's declared_attr)
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class CommitteeProfile(Record, table=True):
    __tablename__ = "committee_profile"

    name_en: str = ""
    name_ko: str = ""
    name_zh: str = ""
    name_ja: str = ""
    side_a_name_en: str = ""
    side_a_name_ko: str = ""
    side_a_name_zh: str = ""
    side_a_name_ja: str = ""
    side_b_name_en: str = ""
    side_b_name_ko: str = ""
    side_b_name_zh: str = ""
    side_b_name_ja: str = ""
    language_a: str = Field(default="ko", max_length=2)
    language_b: str = Field(default="zh", max_length=2)


class Conference(Record, table=True):
    __tablename__ = "conference"

    number: int = Field(unique=True, index=True)
    planned_date: date
    held_date: date | None = None
    host_side: Side = Field(sa_column=enum_column(Side))
    venue_en: str = ""
    venue_ko: str = ""
    venue_zh: str = ""
    venue_ja: str = ""
    status: ConferenceStatus = Field(sa_column=enum_column(ConferenceStatus))
    postponement_reason_en: str = ""
    postponement_reason_ko: str = ""
    postponement_reason_zh: str = ""
    postponement_reason_ja: str = ""


class ConferencePostponement(Record, table=True):
    """One postponement of a conference: the date it moved from and to, and why."""

    __tablename__ = "conference_postponement"

    conference_id: uuid.UUID = Field(
        sa_column=fk("conference.id", nullable=False, ondelete="CASCADE")
    )
    decided_on: date
    previous_date: date
    new_date: date | None = None
    reason_en: str = ""
    reason_ko: str = ""
    reason_zh: str = ""
    reason_ja: str = ""


class Team(Record, table=True):
    __tablename__ = "team"

    code: str = Field(unique=True, index=True, max_length=16)
    name_en: str = ""
    name_ko: str = ""
    name_zh: str = ""
    name_ja: str = ""
    start_conference_id: uuid.UUID | None = Field(default=None, sa_column=fk("conference.id"))
    active: bool = True
    sort_order: int = 0


class Plan(Record, table=True):
    __tablename__ = "plan"
    __table_args__ = (
        UniqueConstraint("conference_id", "team_id", "seq", name="uq_plan_seq"),
        # A plan cannot be carried twice into the same conference (NULLs are distinct).
        UniqueConstraint("conference_id", "continues_plan_id", name="uq_plan_carry_once"),
        # The indicators read only these columns: covering indexes keep them off the wide
        # rows (titles and descriptions in four languages) at 100,000 plans.
        Index(
            "ix_plan_indicators",
            "conference_id",
            "team_id",
            "status",
            "origin",
            "continues_plan_id",
        ),
        Index("ix_plan_continues", "continues_plan_id", "conference_id"),
        Index("ix_plan_team_changed", "team_id", "status_changed_on"),
        # The Plans page's ids in reference order, filtered by status, origin or horizon.
        Index(
            "ix_plan_list", "conference_id", "team_id", "seq", "id", "status", "origin", "horizon"
        ),
    )

    conference_id: uuid.UUID = Field(sa_column=fk("conference.id", nullable=False, index=False))
    team_id: uuid.UUID = Field(sa_column=fk("team.id", nullable=False, index=False))
    seq: int = Field(description="Number of the plan within its conference and team")
    title_en: str = ""
    title_ko: str = ""
    title_zh: str = ""
    title_ja: str = ""
    description_en: str = ""
    description_ko: str = ""
    description_zh: str = ""
    description_ja: str = ""
    origin: Origin = Field(sa_column=enum_column(Origin))
    horizon: Horizon = Field(sa_column=enum_column(Horizon))
    status: PlanStatus = Field(sa_column=enum_column(PlanStatus))
    progress: int = 0
    lead_agency_a: str = ""
    lead_agency_b: str = ""
    due_date: date | None = None
    continues_plan_id: uuid.UUID | None = Field(default=None, sa_column=fk("plan.id", index=False))
    # Kept by the services with every status change, so the plans table can show and sort
    # by it without aggregating the history of 100,000 plans.
    status_changed_on: date | None = Field(default=None, index=True)
    # Case-folded titles and descriptions in every language, kept by the services, so the
    # search box is one LIKE over one column.
    search_text: str = Field(default="", sa_column=Column(String, nullable=False, default=""))


class PlanStatusChange(Record, table=True):
    __tablename__ = "plan_status_change"
    __table_args__ = (Index("ix_status_change_plan_date", "plan_id", "changed_on"),)

    plan_id: uuid.UUID = Field(sa_column=fk("plan.id", nullable=False, ondelete="CASCADE"))
    from_status: PlanStatus | None = Field(
        default=None, sa_column=enum_column(PlanStatus, nullable=True)
    )
    to_status: PlanStatus = Field(sa_column=enum_column(PlanStatus))
    changed_on: date = Field(index=True)
    note: str = ""
    meeting_id: uuid.UUID | None = Field(
        default=None, sa_column=fk("meeting.id", ondelete="SET NULL")
    )
    # Who recorded the change: the database user on PostgreSQL, the name in Settings on
    # SQLite (secretariat/audit.py fills it where a writer leaves it out).
    author: str = Field(default=None, sa_column=author_column())


class RecordEdit(Record, table=True):
    """One field of one record changed (or a record deleted), by whom and when (created_at):
    the audit trail behind every editor's "Changes" view (secretariat/audit.py)."""

    __tablename__ = "record_edit"
    __table_args__ = (Index("ix_record_edit_record", "record_id", "created_at"),)

    record_kind: str  # the table: "plan", "team"...
    record_id: uuid.UUID = Field(sa_column=Column(Uuid(), nullable=False))
    field: str = ""  # "" for the record as a whole (deleted)
    old_value: str = ""
    new_value: str = ""
    author: str = Field(default=None, sa_column=author_column())
    record_version: int = 0  # the record's version this edit made (0: a deletion)


class MouTeam(SQLModel, table=True):
    __tablename__ = "mou_team"

    mou_id: uuid.UUID = Field(foreign_key="mou.id", primary_key=True, ondelete="CASCADE")
    team_id: uuid.UUID = Field(foreign_key="team.id", primary_key=True, index=True)


class Mou(Record, table=True):
    __tablename__ = "mou"

    title_en: str = ""
    title_ko: str = ""
    title_zh: str = ""
    title_ja: str = ""
    signed_on: date | None = Field(default=None, index=True)
    conference_id: uuid.UUID | None = Field(default=None, sa_column=fk("conference.id"))
    party_a: str = ""
    party_b: str = ""
    expires_on: date | None = None
    status: MouStatus = Field(sa_column=enum_column(MouStatus))


class MeetingTeam(SQLModel, table=True):
    __tablename__ = "meeting_team"

    meeting_id: uuid.UUID = Field(foreign_key="meeting.id", primary_key=True, ondelete="CASCADE")
    team_id: uuid.UUID = Field(foreign_key="team.id", primary_key=True, index=True)


class Meeting(Record, table=True):
    __tablename__ = "meeting"

    held_on: date = Field(index=True)  # the planned date until the meeting is held
    kind: MeetingKind = Field(sa_column=enum_column(MeetingKind))
    conference_id: uuid.UUID | None = Field(default=None, sa_column=fk("conference.id"))
    attendees: str = ""  # the participants expected (planned) or present (held)
    venue: str = ""
    outcomes_en: str = ""
    outcomes_ko: str = ""
    outcomes_zh: str = ""
    outcomes_ja: str = ""
    # Every meeting logged before meetings were planned was held (the migration's default).
    state: MeetingState = Field(
        default=MeetingState.held,
        sa_column=enum_column(MeetingState, server_default=MeetingState.held.value),
    )
    # "HH:MM" local time, or "" when not fixed: a text, since the archive's and exchange's
    # value forms have no time of day (and a calendar needs no more).
    start_time: str = Field(default="", max_length=5)
    duration_minutes: int = 0  # 0: not given (a calendar shows one hour)
    video_link: str = ""


class AgendaItem(Record, table=True):
    """One item of a meeting's agenda: a plan to review, or a topic written per language;
    once the meeting is held, the outcome decided on it. A plan item's status change is the
    history row of that plan decided at the meeting (PlanStatusChange.meeting_id)."""

    __tablename__ = "agenda_item"
    __table_args__ = (Index("ix_agenda_item_meeting", "meeting_id", "position"),)

    meeting_id: uuid.UUID = Field(
        sa_column=fk("meeting.id", nullable=False, ondelete="CASCADE", index=False)
    )
    position: int = 0  # the order on the agenda, from 1
    # A plan deleted later leaves its item, with whatever outcome was written.
    plan_id: uuid.UUID | None = Field(default=None, sa_column=fk("plan.id", ondelete="SET NULL"))
    topic_en: str = ""
    topic_ko: str = ""
    topic_zh: str = ""
    topic_ja: str = ""
    outcome_en: str = ""
    outcome_ko: str = ""
    outcome_zh: str = ""
    outcome_ja: str = ""
    follow_up_due: date | None = None  # when the follow-up decided on this item is due


class Activity(Record, table=True):
    __tablename__ = "activity"
    __table_args__ = (
        Index("ix_activity_team_date", "team_id", "held_on"),
        Index("ix_activity_category_direction_team", "category", "direction", "team_id"),
        # The Activities list: ids newest first, read from the index alone.
        Index("ix_activity_list", "held_on", "id"),
    )

    held_on: date = Field(index=True)
    team_id: uuid.UUID | None = Field(default=None, sa_column=fk("team.id", index=False))
    category: ActivityCategory = Field(sa_column=enum_column(ActivityCategory))
    direction: Direction = Field(sa_column=enum_column(Direction))
    participants: int = 0
    plan_id: uuid.UUID | None = Field(default=None, sa_column=fk("plan.id", ondelete="SET NULL"))
    description_en: str = ""
    description_ko: str = ""
    description_zh: str = ""
    description_ja: str = ""


ALL_TABLES: tuple[type[SQLModel], ...] = (
    CommitteeProfile,
    Conference,
    ConferencePostponement,
    Team,
    Plan,
    PlanStatusChange,
    Mou,
    MouTeam,
    Meeting,
    MeetingTeam,
    AgendaItem,
    Activity,
    RecordEdit,
)

# The exchange's bookkeeping tables share the metadata the migrations are checked against.
from secretariat.exchange import tables as _exchange_tables  # noqa: E402, F401
