"""One description per record kind: its fields, natural key and references (see fields.py).

`KINDS` lists them in dependency order (a kind comes after every kind it refers to), which is
the order the archive writes and restores them in. Add a field to a kind here, in the model and
in a migration; the archive, `secretariat list` and the workbook read it from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel

from secretariat.kinds.fields import PLAIN_TYPES, FieldSpec, FieldType
from secretariat.labels import FIELD_LABELS, Label
from secretariat.models import (
    Activity,
    ActivityCategory,
    AgendaItem,
    CommitteeProfile,
    Conference,
    ConferencePostponement,
    ConferenceStatus,
    Direction,
    Horizon,
    Meeting,
    MeetingKind,
    MeetingState,
    MeetingTeam,
    Mou,
    MouStatus,
    MouTeam,
    Origin,
    Plan,
    PlanStatus,
    PlanStatusChange,
    RecordEdit,
    Side,
    Team,
)

__all__ = [
    "KINDS",
    "PLAIN_TYPES",
    "FieldSpec",
    "FieldType",
    "LinkTable",
    "RecordKind",
    "kind_named",
]


@dataclass(frozen=True)
class LinkTable:
    """A many-to-many table owned by a kind (an MOU's teams): rows of (owner id, target id)."""

    model: type[SQLModel]
    owner_column: str
    target_column: str


@dataclass(frozen=True)
class RecordKind:
    """A kind of record as people, files and the command line know it."""

    name: str  # singular, as messages and JSON say it: "plan"
    plural: str  # as `secretariat list` and the archive's parts say it: "plans"
    model: type[SQLModel]
    label: Label
    fields: tuple[FieldSpec, ...]
    natural_key: tuple[str, ...]  # the field names that tell one record from another
    links: tuple[LinkTable, ...] = ()
    # Columns kept by the services from other fields, not edited by people (stored all
    # the same, so an archive restores them as they were).
    derived_columns: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.name} has no field {name!r}")

    def columns(self) -> tuple[str, ...]:
        """Every model attribute the description covers, system columns excluded."""
        return tuple(column for spec in self.fields for column in spec.columns()) + (
            self.derived_columns
        )

    def references(self) -> dict[str, str]:
        """Field name -> the kind it refers to."""
        return {spec.name: spec.references for spec in self.fields if spec.references}


def _f(name: str, kind: FieldType, label: str | None = None, **options: Any) -> FieldSpec:
    return FieldSpec(name=name, datatype=kind, label=FIELD_LABELS[label or name], **options)


def _texts(name: str, label: str | None = None, **options: Any) -> FieldSpec:
    return _f(name, FieldType.TEXTS, label, **options)


def _enum(name: str, enum_type: Any, label: str | None = None) -> FieldSpec:
    return _f(name, FieldType.ENUM, label, enum=enum_type, required=True)


def _ref(name: str, kind: str, column: str, *, required: bool = False) -> FieldSpec:
    return _f(name, FieldType.REFERENCE, name, references=kind, column=column, required=required)


COMMITTEE = RecordKind(
    "committee",
    "committee",
    CommitteeProfile,
    FIELD_LABELS["committee"],
    fields=(
        _texts("name"),
        _texts("side_a_name"),
        _texts("side_b_name"),
        _f("language_a", FieldType.TEXT, max_length=2),
        _f("language_b", FieldType.TEXT, max_length=2),
    ),
    natural_key=(),
)

CONFERENCE = RecordKind(
    "conference",
    "conferences",
    Conference,
    FIELD_LABELS["conference"],
    fields=(
        _f("number", FieldType.INTEGER, "conference", required=True, minimum=1, maximum=999),
        _f("planned_date", FieldType.DATE, required=True),
        _f("held_date", FieldType.DATE),
        _enum("host_side", Side),
        _texts("venue"),
        _enum("status", ConferenceStatus, "record_status"),
        _texts("postponement_reason"),
    ),
    natural_key=("number",),
)

POSTPONEMENT = RecordKind(
    "postponement",
    "postponements",
    ConferencePostponement,
    FIELD_LABELS["postponement"],
    fields=(
        _ref("conference", "conference", "conference_id", required=True),
        _f("decided_on", FieldType.DATE, required=True),
        _f("previous_date", FieldType.DATE, required=True),
        _f("new_date", FieldType.DATE),
        _texts("reason", "postponement_reason"),
    ),
    natural_key=("conference", "decided_on", "previous_date"),
)

TEAM = RecordKind(
    "team",
    "teams",
    Team,
    FIELD_LABELS["team"],
    fields=(
        _f("code", FieldType.TEXT, required=True, max_length=16),
        _texts("name"),
        _ref("start_conference", "conference", "start_conference_id"),
        _f("active", FieldType.BOOLEAN),
        _f("sort_order", FieldType.INTEGER),
    ),
    natural_key=("code",),
)

PLAN = RecordKind(
    "plan",
    "plans",
    Plan,
    FIELD_LABELS["plan"],
    fields=(
        _ref("conference", "conference", "conference_id", required=True),
        _ref("team", "team", "team_id", required=True),
        _f("seq", FieldType.INTEGER, required=True, minimum=1, maximum=9999),
        _texts("title"),
        _texts("description"),
        _enum("origin", Origin),
        _enum("horizon", Horizon),
        _enum("status", PlanStatus),
        _f("progress", FieldType.INTEGER, minimum=0, maximum=100),
        _f("lead_agency_a", FieldType.TEXT),
        _f("lead_agency_b", FieldType.TEXT),
        _f("due_date", FieldType.DATE),
        _ref("continues", "plan", "continues_plan_id"),
    ),
    natural_key=("conference", "team", "seq"),
    derived_columns=("status_changed_on", "search_text"),
)

STATUS_CHANGE = RecordKind(
    "status_change",
    "history",
    PlanStatusChange,
    FIELD_LABELS["status_change"],
    fields=(
        _ref("plan", "plan", "plan_id", required=True),
        _f("from_status", FieldType.ENUM, enum=PlanStatus),
        _enum("to_status", PlanStatus),
        _f("changed_on", FieldType.DATE, "date", required=True),
        _f("note", FieldType.TEXT),
        _ref("meeting", "meeting", "meeting_id"),
        _f("author", FieldType.TEXT),
    ),
    natural_key=("plan", "changed_on", "to_status"),
)

MEETING = RecordKind(
    "meeting",
    "meetings",
    Meeting,
    FIELD_LABELS["meeting"],
    fields=(
        _f("held_on", FieldType.DATE, "date", required=True),
        _enum("kind", MeetingKind),
        _ref("conference", "conference", "conference_id"),
        _f("teams", FieldType.REFERENCES, references="team", column="meeting_team"),
        _f("attendees", FieldType.TEXT),
        _f("venue", FieldType.TEXT),
        _texts("outcomes"),
        _enum("state", MeetingState, "meeting_state"),
        _f("start_time", FieldType.TEXT, max_length=5),
        _f("duration_minutes", FieldType.INTEGER, minimum=0, maximum=24 * 60),
        _f("video_link", FieldType.TEXT),
    ),
    natural_key=("held_on", "kind", "teams"),
    links=(LinkTable(MeetingTeam, "meeting_id", "team_id"),),
)

AGENDA_ITEM = RecordKind(
    "agenda_item",
    "agenda",
    AgendaItem,
    FIELD_LABELS["agenda_item"],
    fields=(
        _ref("meeting", "meeting", "meeting_id", required=True),
        _f("position", FieldType.INTEGER, required=True, minimum=1, maximum=999),
        _ref("plan", "plan", "plan_id"),
        _texts("topic"),
        _texts("outcome"),
        _f("follow_up_due", FieldType.DATE),
    ),
    natural_key=("meeting", "position"),
)

MOU = RecordKind(
    "mou",
    "mous",
    Mou,
    FIELD_LABELS["mou"],
    fields=(
        _texts("title"),
        _f("signed_on", FieldType.DATE),
        _ref("conference", "conference", "conference_id"),
        _f("teams", FieldType.REFERENCES, references="team", column="mou_team"),
        _f("party_a", FieldType.TEXT),
        _f("party_b", FieldType.TEXT),
        _f("expires_on", FieldType.DATE),
        _enum("status", MouStatus, "record_status"),
    ),
    natural_key=("signed_on", "title"),
    links=(LinkTable(MouTeam, "mou_id", "team_id"),),
)

ACTIVITY = RecordKind(
    "activity",
    "activities",
    Activity,
    FIELD_LABELS["activity"],
    fields=(
        _f("held_on", FieldType.DATE, "date", required=True),
        _ref("team", "team", "team_id"),
        _enum("category", ActivityCategory),
        _enum("direction", Direction),
        _f("participants", FieldType.INTEGER, minimum=0),
        _ref("plan", "plan", "plan_id"),
        _texts("description"),
    ),
    natural_key=("held_on", "team", "category", "direction", "description"),
)

EDIT = RecordKind(
    "edit",
    "edits",
    RecordEdit,
    FIELD_LABELS["edit"],
    fields=(
        _f("record_kind", FieldType.TEXT, required=True),
        _f("record_id", FieldType.TEXT, required=True),  # any kind's record: no reference
        _f("field", FieldType.TEXT),
        _f("old_value", FieldType.TEXT),
        _f("new_value", FieldType.TEXT),
        _f("author", FieldType.TEXT),
        _f("record_version", FieldType.INTEGER),
    ),
    natural_key=("record_kind", "record_id", "record_version", "field"),
)

# Dependency order: meetings before their agenda and the status changes that name them.
KINDS: tuple[RecordKind, ...] = (
    COMMITTEE,
    CONFERENCE,
    POSTPONEMENT,
    TEAM,
    PLAN,
    MEETING,
    AGENDA_ITEM,
    STATUS_CHANGE,
    MOU,
    ACTIVITY,
    EDIT,
)


def kind_named(name: str) -> RecordKind:
    """A kind by its singular or plural name (`plan`, `plans`, `history`)."""
    for kind in KINDS:
        if name in (kind.name, kind.plural):
            return kind
    known = ", ".join(kind.plural for kind in KINDS)
    raise KeyError(f"no record kind {name!r} (known: {known})")
