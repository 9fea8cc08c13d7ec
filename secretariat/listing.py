"""Records of one kind as plain values, filtered: what `secretariat list KIND` prints.

Every field comes from the kind's description (secretariat/kinds): texts as {language: text},
a reference by the referred record's natural key (`5-ECO-03`, not its id), enums by value,
dates ISO. Plans are found by the Plans page's own query (plan_query), so the command line
and the app filter and search them alike.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from sqlalchemy import ColumnElement, Select, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel, col

from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.kinds import KINDS, FieldSpec, FieldType, RecordKind, kind_named
from secretariat.models import (
    Activity,
    AgendaItem,
    CommitteeProfile,
    Conference,
    ConferencePostponement,
    Meeting,
    MeetingTeam,
    Mou,
    MouTeam,
    Plan,
    PlanStatusChange,
    RecordEdit,
    Team,
)
from secretariat.services import plan_query
from secretariat.services.committee import DEFAULT_LANGUAGES, working_languages_in
from secretariat.services.conferences import by_number
from secretariat.services.teams import by_code
from secretariat.text import fold, texts_of

Row = dict[str, Any]
Condition = Callable[[Any], ColumnElement[bool]]

KIND_NAMES: tuple[str, ...] = tuple(kind.plural for kind in KINDS)
"""What `secretariat list` takes: committee, conferences, postponements, teams, plans, ..."""

MAX_CELL = 40  # a table cell's width at most, in terminal columns (CJK counts two)


def _plans_of(condition: Callable[[Any], Any]) -> Condition:
    """A status change whose plan passes the condition (of the plan's conference or team)."""
    return lambda value: col(PlanStatusChange.plan_id).in_(
        select(col(Plan.id)).where(condition(value))
    )


# What each filter means for each kind it applies to; a kind missing here refuses it.
BY_CONFERENCE: dict[str, Condition] = {
    "conference": lambda conference_id: col(Conference.id) == conference_id,
    "postponement": lambda conference_id: (
        col(ConferencePostponement.conference_id) == conference_id
    ),
    "plan": lambda conference_id: col(Plan.conference_id) == conference_id,
    "status_change": _plans_of(lambda conference_id: col(Plan.conference_id) == conference_id),
    "meeting": lambda conference_id: col(Meeting.conference_id) == conference_id,
    "mou": lambda conference_id: col(Mou.conference_id) == conference_id,
}
BY_TEAM: dict[str, Condition] = {
    "team": lambda team_id: col(Team.id) == team_id,
    "plan": lambda team_id: col(Plan.team_id) == team_id,
    "status_change": _plans_of(lambda team_id: col(Plan.team_id) == team_id),
    "meeting": lambda team_id: col(Meeting.id).in_(
        select(col(MeetingTeam.meeting_id)).where(col(MeetingTeam.team_id) == team_id)
    ),
    "mou": lambda team_id: col(Mou.id).in_(
        select(col(MouTeam.mou_id)).where(col(MouTeam.team_id) == team_id)
    ),
    "activity": lambda team_id: col(Activity.team_id) == team_id,
    "agenda_item": lambda team_id: col(AgendaItem.meeting_id).in_(
        select(col(MeetingTeam.meeting_id)).where(col(MeetingTeam.team_id) == team_id)
    ),
}
STATUS_FIELD = "status"  # --status filters the kinds that have a field of this name

# How each kind is listed (status changes by their plan's reference, then date).
ORDER: dict[str, tuple[Any, ...]] = {
    "committee": (col(CommitteeProfile.created_at),),
    "conference": (col(Conference.number),),
    "postponement": (
        col(Conference.number),
        col(ConferencePostponement.decided_on),
        col(ConferencePostponement.previous_date),
    ),
    "team": (col(Team.sort_order), col(Team.code)),
    "plan": plan_query.REFERENCE_ORDER,
    "status_change": (
        *plan_query.REFERENCE_ORDER,
        col(PlanStatusChange.changed_on),
        col(PlanStatusChange.created_at),
    ),
    "meeting": (col(Meeting.held_on), col(Meeting.created_at)),
    "agenda_item": (col(Meeting.held_on), col(Meeting.created_at), col(AgendaItem.position)),
    "mou": (col(Mou.signed_on).is_(None), col(Mou.signed_on), col(Mou.created_at)),
    "activity": (col(Activity.held_on), col(Activity.id)),
    "edit": (col(RecordEdit.created_at), col(RecordEdit.id)),
}


def filters_of(kind: RecordKind) -> tuple[str, ...]:
    """The filters a kind can be listed by, as the command line spells them."""
    names = [
        name
        for name, applies in (
            ("--conference", kind.name in BY_CONFERENCE),
            ("--team", kind.name in BY_TEAM),
            ("--status", any(spec.name == STATUS_FIELD for spec in kind.fields)),
        )
        if applies
    ]
    return (*names, "--search")


def list_records(
    db: Database,
    kind_name: str,
    *,
    conference: int | None = None,
    team: str | None = None,
    status: str | None = None,
    search: str | None = None,
) -> list[Row]:
    """Every record of the kind the filters let through, in the kind's order, as plain
    values: "key" (its natural key as people write it), "id", then every described field.

    Raises ValidationError for an unknown kind, a filter the kind does not take or a status
    that is not one; NotFoundError for an unknown conference or team."""
    kind = record_kind(kind_name)
    given = {"--conference": conference, "--team": team, "--status": status}
    for option, value in given.items():
        if value is not None and option not in filters_of(kind):
            takes = ", ".join(filters_of(kind))
            raise ValidationError(
                option, value, f"not a filter of {kind.plural} (they take {takes})"
            )
    with db.read() as session:
        conditions: list[ColumnElement[bool]] = []
        if conference is not None:
            conditions.append(BY_CONFERENCE[kind.name](by_number(session, conference).id))
        if team is not None:
            conditions.append(BY_TEAM[kind.name](by_code(session, team).id))
        if status is not None:
            conditions.append(_status_condition(kind, status))
        if kind.name == "plan" and search:
            terms = plan_query.search_terms(search)
            conditions.extend(plan_query.term_condition(term, db.dialect) for term in terms)
        keys = NaturalKeys(session, working_languages_in(session))
        records = session.scalars(_records_query(kind).where(*conditions)).all()
        rows = keys.rows(kind, records)
    if search and kind.name != "plan":
        rows = [row for row in rows if _has_every_term(kind, row, search)]
    return rows


def record_kind(name: str) -> RecordKind:
    try:
        return kind_named(name)
    except KeyError:
        raise ValidationError("kind", name, f"one of {', '.join(KIND_NAMES)}") from None


def _status_condition(kind: RecordKind, status: str) -> ColumnElement[bool]:
    spec = kind.field(STATUS_FIELD)
    try:
        value = spec.parse(status)
    except ValidationError as error:
        raise ValidationError("--status", status, error.expected) from None
    return getattr(kind.model, spec.attribute) == value  # type: ignore[no-any-return]


def _records_query(kind: RecordKind) -> Select[Any]:
    query: Select[Any] = select(kind.model)
    if kind.name == "postponement":
        query = query.join(
            Conference, col(Conference.id) == col(ConferencePostponement.conference_id)
        )
    if kind.name == "agenda_item":
        query = query.join(Meeting, col(Meeting.id) == col(AgendaItem.meeting_id))
    if kind.name in ("plan", "status_change"):
        if kind.name == "status_change":
            query = query.join(Plan, col(Plan.id) == col(PlanStatusChange.plan_id))
        query = query.join(Conference, col(Conference.id) == col(Plan.conference_id)).join(
            Team, col(Team.id) == col(Plan.team_id)
        )
    return query.order_by(*ORDER[kind.name])


def _has_every_term(kind: RecordKind, row: Row, search: str) -> bool:
    """The record's texts (every language, every text field) contain every folded term."""
    texts: list[str] = []
    for spec in kind.fields:
        if spec.datatype is FieldType.TEXTS:
            texts.extend(row[spec.name].values())
        elif spec.datatype is FieldType.TEXT:
            texts.append(row[spec.name])
    haystack = fold("\n".join(texts))
    return all(term in haystack for term in plan_query.search_terms(search))


class NaturalKeys:
    """Rows of records with their references written as natural keys; the keys of each
    referred kind are read once, when first needed."""

    def __init__(self, session: Session, languages: Sequence[str]) -> None:
        self._session = session
        self._languages = tuple(languages)
        self._keys: dict[str, dict[uuid.UUID, str]] = {}

    def of(self, kind_name: str, record_id: uuid.UUID | None) -> str | None:
        if record_id is None:
            return None
        if kind_name not in self._keys:
            self._keys[kind_name] = self._read(kind_name)
        return self._keys[kind_name].get(record_id)

    def _read(self, kind_name: str) -> dict[uuid.UUID, str]:
        if kind_name == "plan":  # up to 100,000 of them: from the ids, not whole records
            query = (
                select(col(Plan.id), col(Conference.number), col(Team.code), col(Plan.seq))
                .join(Conference, col(Conference.id) == col(Plan.conference_id))
                .join(Team, col(Team.id) == col(Plan.team_id))
            )
            return {
                plan_id: plan_query.reference(number, code, seq)
                for plan_id, number, code, seq in self._session.execute(query)
            }
        kind = kind_named(kind_name)
        records = self._session.scalars(select(kind.model)).all()
        return {row["id"]: row["key"] for row in self.rows(kind, records, ids_as_text=False)}

    def rows(
        self, kind: RecordKind, records: Sequence[SQLModel], *, ids_as_text: bool = True
    ) -> list[Row]:
        linked = {
            spec.name: self._linked(kind, spec.column, spec.references or "")
            for spec in kind.fields
            if spec.datatype is FieldType.REFERENCES
        }
        rows: list[Row] = []
        for record in records:
            record_id: uuid.UUID = getattr(record, "id")  # noqa: B009 (SQLModel has no id)
            values: Row = {}
            for spec in kind.fields:
                value = getattr(record, spec.attribute, None)
                if spec.datatype is FieldType.TEXTS:
                    values[spec.name] = texts_of(record, spec.attribute)
                elif spec.datatype is FieldType.REFERENCE:
                    values[spec.name] = self.of(spec.references or "", value)
                elif spec.datatype is FieldType.REFERENCES:
                    values[spec.name] = linked[spec.name].get(record_id, [])
                else:
                    values[spec.name] = spec.to_json(value)
            key = self.key_text(kind, values)
            version = getattr(record, "version", None)  # what `edit --if-version` takes
            shown_id = str(record_id) if ids_as_text else record_id
            rows.append({"key": key, "id": shown_id, "version": version, **values})
        return rows

    def _linked(self, kind: RecordKind, table_name: str, target: str) -> dict[uuid.UUID, list[str]]:
        """Owner id -> the natural keys of the records it is linked to, in their kind's order."""
        (link,) = [link for link in kind.links if link.model.__tablename__ == table_name]
        target_model = kind_named(target).model
        owner = getattr(link.model, link.owner_column)
        target_id = getattr(link.model, link.target_column)
        query = (
            select(owner, target_id)
            .join(target_model, getattr(target_model, "id") == target_id)  # noqa: B009
            .order_by(*ORDER[target])
        )
        linked: dict[uuid.UUID, list[str]] = {}
        for owner_id, linked_id in self._session.execute(query):
            key = self.of(target, linked_id)
            if key is not None:
                linked.setdefault(owner_id, []).append(key)
        return linked

    def key_text(self, kind: RecordKind, values: Row) -> str:
        """The record's natural key as people write it: `5-ECO-03`, `2024-03-05 team ECO,CUL`."""
        if kind.name == "plan":
            conference = values["conference"]
            return plan_query.reference(conference, values["team"] or "?", values["seq"])
        if not kind.natural_key:
            return kind.name  # the one record of its kind (the committee)
        parts = [self._key_part(kind, name, values[name]) for name in kind.natural_key]
        return " ".join(part for part in parts if part)

    def _key_part(self, kind: RecordKind, name: str, value: Any) -> str:
        datatype = kind.field(name).datatype
        if datatype is FieldType.TEXTS:
            languages = (*self._languages, *value)
            return next((value[language] for language in languages if value[language]), "")
        if datatype is FieldType.REFERENCES:
            return ",".join(value)
        return "" if value is None else str(value)


# -- a table for people ------------------------------------------------------------------


def table_fields(kind: RecordKind) -> list[str]:
    """The fields a table shows after the key: every short field the key does not already
    say, then the kind's first long text (a plan's title; a status change's note)."""
    outside_key = [spec for spec in kind.fields if spec.name not in kind.natural_key]
    short = [
        spec
        for spec in outside_key
        if spec.datatype not in (FieldType.TEXTS, FieldType.TEXT) or spec.max_length
    ]
    texts = [spec for spec in outside_key if spec not in short]
    first_text = next((spec for spec in texts if spec.datatype is FieldType.TEXTS), None)
    shown = [*short, first_text or next(iter(texts), None)]
    return [spec.name for spec in shown if spec is not None]


def format_table(
    kind: RecordKind,
    rows: Sequence[Row],
    language: str = "en",
    working_languages: Sequence[str] = DEFAULT_LANGUAGES,
) -> str:
    """The rows as a fixed-width table: the key first, then table_fields, headers from the
    field labels in `language`; a text shows one column per working language."""
    if not rows:
        return f"no {kind.plural} found"
    columns = _columns(kind, language, working_languages)
    table = [[header for header, _cell_of in columns]]
    table += [[cell_of(row) for _header, cell_of in columns] for row in rows]
    table = [[_clip(text) for text in line] for line in table]
    widths = [max(_width(line[index]) for line in table) for index in range(len(columns))]
    lines = [_line(line, widths) for line in table]
    lines.insert(1, _line(["-" * width for width in widths], widths))
    return "\n".join(lines)


def _columns(
    kind: RecordKind, language: str, working_languages: Sequence[str]
) -> list[tuple[str, Callable[[Row], str]]]:
    """(header, what the cell shows of a row) for each column of the table."""
    columns: list[tuple[str, Callable[[Row], str]]] = [(kind.label.get(language), _key_cell)]
    for name in table_fields(kind):
        spec = kind.field(name)
        label = spec.label.get(language)
        if spec.datatype is FieldType.TEXTS:
            columns += [
                (f"{label} ({text_language})", partial(_text_cell, name, text_language))
                for text_language in working_languages
            ]
        else:
            columns.append((label, partial(_cell, spec, language)))
    return columns


def _key_cell(row: Row) -> str:
    return str(row["key"])


def _text_cell(name: str, language: str, row: Row) -> str:
    return str(row[name][language])


def _cell(spec: FieldSpec, language: str, row: Row) -> str:
    value = row[spec.name]
    if value is None:
        return ""
    if spec.datatype is FieldType.ENUM and spec.enum is not None:
        return spec.format(spec.enum(value), language)
    if spec.datatype is FieldType.REFERENCES:
        return ",".join(value)
    return spec.format(value, language)


def _width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def _clip(text: str) -> str:
    text = " ".join(text.split())
    if _width(text) <= MAX_CELL:
        return text
    while _width(text) > MAX_CELL - 1:
        text = text[:-1]
    return text + "…"


def _line(cells: Sequence[str], widths: Sequence[int]) -> str:
    return "  ".join(
        cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True)
    ).rstrip()
