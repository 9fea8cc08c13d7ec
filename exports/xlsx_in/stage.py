"""A records sheet compared with the database by natural key and written into an open
transaction, row by row, through the services' own rules.

`stage_sheet` matches each row to a record by its natural key (a conference by its number, a
team by its code, an MOU by its signing date and title...), works out what is new, what
changed (field by field) and what is unchanged, and writes each accepted row in a savepoint:
a row the services refuse is rolled back alone and becomes a rejection naming its cell. The
caller decides whether the transaction is kept (apply) or rolled back (preview): the same code
runs both, so what the preview accepts is what the apply writes.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_
from sqlmodel import Session, col, select

from exports.xlsx_in.lookups import NewRows, References
from exports.xlsx_in.match import activity_added, same_activity, same_meeting, texts_of
from exports.xlsx_in.refs import ref_parts
from exports.xlsx_in.rows import FieldChange, Rejection, expectation
from exports.xlsx_in.sheet import RecordRow, RecordSheet
from secretariat.errors import ValidationError
from secretariat.kinds import FieldType, RecordKind
from secretariat.messages import expected
from secretariat.models import (
    LANGUAGES,
    CommitteeProfile,
    Conference,
    ConferencePostponement,
    Mou,
    Team,
)
from secretariat.services import (
    activities,
    committee,
    conferences,
    meetings,
    mous,
    records,
    teams,
)
from secretariat.services.records import table_of
from secretariat.text import text_in

LISTED_NEW = 1_000  # new rows a preview names one by one; the rest it counts


@dataclass(frozen=True)
class RecordChange:
    row: int
    key: str  # the record's natural key, as people write it
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class SheetPreview:
    """What importing one records sheet does."""

    title: str
    kind: str  # the kind's plural name
    new: tuple[tuple[int, str], ...]  # (row, natural key)
    changed: tuple[RecordChange, ...]
    unchanged: int
    rejected: tuple[Rejection, ...]
    ignored: tuple[str, ...]
    more_new: int = 0  # new rows not listed in `new` (a sheet of a million is counted)

    @property
    def new_count(self) -> int:
        return len(self.new) + self.more_new

    @property
    def rejected_rows(self) -> list[int]:
        return sorted({rejection.row for rejection in self.rejected})

    @property
    def writes_anything(self) -> bool:
        return bool(self.new_count or self.changed)


SPECS: dict[str, records.RecordSpec[Any]] = {
    "committee": committee.PROFILE,
    "conference": conferences.CONFERENCE,
    "postponement": conferences.POSTPONEMENT,
    "team": teams.TEAM,
    "mou": mous.MOU,
    "meeting": meetings.MEETING,
    "activity": activities.ACTIVITY,
}
# Setting and reading the teams of a record that has teams (an MOU's, a meeting's).
TEAM_LINKS: dict[str, tuple[Callable[..., None], Callable[..., list[uuid.UUID]]]] = {
    "mou": (mous.set_mou_teams, mous.mou_team_ids),
    "meeting": (meetings.set_meeting_teams, meetings.meeting_team_ids),
}


def stage_sheet(
    session: Session, sheet: RecordSheet, rows: Iterable[RecordRow] | None = None
) -> SheetPreview:
    """Compare and write every row of the sheet (or `rows`, as they are read) into the
    session's transaction."""
    new: list[tuple[int, str]] = []
    changed: list[RecordChange] = []
    unchanged = more_new = 0
    rejected: list[Rejection] = []
    first_rows: dict[str, int] = {}  # natural key -> the row that names it first
    refs = References(session)
    pending = NewRows(sheet.kind.model)
    for row in sheet.rows if rows is None else rows:
        if not row.rejections:
            _reject_repeated(sheet, row, first_rows)
        outcome = None if row.rejections else _stage_row(session, sheet, row, refs, pending)
        if row.rejections:
            rejected += row.rejections
        elif isinstance(outcome, RecordChange):
            changed.append(outcome)
        elif isinstance(outcome, str):
            more_new += len(new) >= LISTED_NEW  # a sheet of 200,000 is listed in part
            if len(new) < LISTED_NEW:
                new.append((row.number, outcome))
        else:
            unchanged += 1
    pending.write(session)
    return SheetPreview(
        sheet.title,
        sheet.kind.plural,
        tuple(new),
        tuple(changed),
        unchanged,
        tuple(rejected),
        tuple(sheet.ignored),
        more_new=more_new,
    )


def _reject_repeated(sheet: RecordSheet, row: RecordRow, first_rows: dict[str, int]) -> None:
    """Two rows of one sheet naming the same record: which is right? The later is refused."""
    key = natural_key(sheet.kind, row, row.values)
    first = first_rows.setdefault(key, row.number)
    if first != row.number:
        column = sheet.kind.natural_key[0] if sheet.kind.natural_key else ""
        sheet.reject(
            row,
            column,
            key,
            expected("record_on_one_row", first=first, kind=sheet.kind.label),
        )


def _stage_row(
    session: Session, sheet: RecordSheet, row: RecordRow, refs: References, pending: NewRows
) -> RecordChange | str | None:
    """A new record's key, an existing one's changes, or None (unchanged or rejected)."""
    kind = sheet.kind
    fields = _model_fields(sheet, row, refs)
    if row.rejections:
        return None
    existing = _existing(session, kind, row, fields)
    if existing is None and kind.name == "team" and "sort_order" not in fields:
        fields["sort_order"] = row.number  # teams listed in the order they were typed
    key = natural_key(kind, row, fields)
    spec = SPECS[kind.name]
    team_ids = _team_ids(sheet, row, refs)
    if row.rejections:
        return None
    if existing is None and kind.name == "activity":
        return key if _check_new_activity(session, sheet, row, fields, refs, pending) else None
    try:
        with session.begin_nested():
            if existing is None:
                record = records.add_record(session, spec, fields)
                _set_teams(session, kind, record.id, team_ids)
                if kind.name == "activity":
                    activity_added(session, record)
                return key
            changes = _changes(sheet, existing, fields, session, team_ids)
            if changes:
                records.change_record(session, spec, existing.id, fields)
                _set_teams(session, kind, existing.id, team_ids)
                return RecordChange(row.number, key, tuple(changes))
            return None
    except ValidationError as error:
        sheet.reject(row, _sheet_key(kind, error.field), error.value, expectation(error))
        return None


def _check_new_activity(
    session: Session,
    sheet: RecordSheet,
    row: RecordRow,
    fields: dict[str, Any],
    refs: References,
    pending: NewRows,
) -> bool:
    """A new activity checked by the activity rules and kept to be written with the sheet."""
    try:
        record = records.new_row(activities.ACTIVITY, fields, pending.now)
        activities.check_activity_rules(record, refs.team_exists, refs.plan_team, refs.languages)
    except ValidationError as error:
        sheet.reject(row, _sheet_key(sheet.kind, error.field), error.value, expectation(error))
        return False
    pending.add(session, vars(record))
    activity_added(session, record)
    return True


def _model_fields(sheet: RecordSheet, row: RecordRow, refs: References) -> dict[str, Any]:
    """The row's values as the model's fields: references resolved to ids."""
    fields: dict[str, Any] = {}
    columns = table_of(sheet.kind.model).columns
    for spec in sheet.kind.fields:
        if spec.datatype is FieldType.TEXTS:
            for language in LANGUAGES:
                column = f"{spec.attribute}_{language}"
                if column in sheet.headers:
                    fields[column] = row.values.get(column, "")
        elif spec.datatype is FieldType.REFERENCE and spec.name in sheet.headers:
            fields[spec.attribute] = _resolve(refs, sheet, row, spec.name, spec.references)
        elif spec.datatype is not FieldType.REFERENCES and spec.name in sheet.headers:
            value = row.values.get(spec.name)
            # An empty cell of a field that cannot be empty keeps what is there (a new
            # record: its default; a required one: the services say so).
            if value is not None or columns[spec.attribute].nullable:
                fields[spec.attribute] = value
    return fields


_FINDERS: dict[str, Callable[[Session, Any], Any]] = {
    "conference": lambda session, number: session.exec(
        select(Conference).where(Conference.number == number)
    ).first(),
    "team": lambda session, code: session.exec(
        select(Team).where(Team.code == str(code).upper())
    ).first(),
}
_EXPECTED = {
    "conference": expected("conference_number_here"),
    "team": expected("team_code_here"),
    "plan": expected("plan_ref_here_like"),
}


def _resolve(
    refs: References, sheet: RecordSheet, row: RecordRow, name: str, target: str | None
) -> uuid.UUID | None:
    value = row.values.get(name)
    if value in (None, "") or target is None:
        return None
    if target == "conference":
        try:
            value = int(value)
        except ValueError:
            sheet.reject(row, name, value, _EXPECTED[target])
            return None
    if target == "plan":
        parts = ref_parts(value)
        plan_id = refs.plan(parts) if parts else None
        if plan_id is None:
            sheet.reject(row, name, value, _EXPECTED[target])
        return plan_id
    found = refs.conference(value) if target == "conference" else refs.team(value)
    if found is None:
        sheet.reject(row, name, value, _EXPECTED[target])
    return found


def _team_ids(sheet: RecordSheet, row: RecordRow, refs: References) -> list[uuid.UUID] | None:
    if "teams" not in sheet.headers or not any(
        spec.datatype is FieldType.REFERENCES for spec in sheet.kind.fields
    ):
        return None
    found: list[uuid.UUID] = []
    for code in row.values.get("teams") or ():
        team_id = refs.team(code)
        if team_id is None:
            sheet.reject(row, "teams", code, _EXPECTED["team"])
        else:
            found.append(team_id)
    return found


def _set_teams(
    session: Session, kind: RecordKind, record_id: uuid.UUID, team_ids: list[uuid.UUID] | None
) -> None:
    if team_ids is not None and kind.name in TEAM_LINKS:
        TEAM_LINKS[kind.name][0](session, record_id, team_ids)
        session.flush()


def _existing(session: Session, kind: RecordKind, row: RecordRow, fields: dict[str, Any]) -> Any:
    """The record the row's natural key names, or None for a new one."""
    if kind.name == "committee":
        return committee.profile_in(session)
    if kind.name == "conference":
        return _FINDERS["conference"](session, fields.get("number"))
    if kind.name == "team":
        return _FINDERS["team"](session, fields.get("code", ""))
    if kind.name == "postponement":
        return session.exec(
            select(ConferencePostponement).where(
                ConferencePostponement.conference_id == fields.get("conference_id"),
                ConferencePostponement.decided_on == fields.get("decided_on"),
                ConferencePostponement.previous_date == fields.get("previous_date"),
            )
        ).first()
    if kind.name == "meeting":
        return same_meeting(session, row, fields)
    if kind.name == "activity":
        return same_activity(session, fields)
    titles = [value for name, value in fields.items() if name.startswith("title_") and value]
    if kind.name == "mou" and titles:
        same_title = or_(*(col(getattr(Mou, f"title_{lang}")).in_(titles) for lang in LANGUAGES))
        return session.exec(
            select(Mou).where(col(Mou.signed_on) == fields.get("signed_on"), same_title)
        ).first()
    return None


def _code(value: Any) -> str:
    """An enum's stored code (its value), or the text as typed."""
    return str(getattr(value, "value", value) or "")


def natural_key(kind: RecordKind, row: RecordRow, fields: dict[str, Any]) -> str:
    values = row.values
    if kind.name == "committee":
        return "committee"
    if kind.name == "conference":
        return str(values.get("number"))
    if kind.name == "team":
        return str(values.get("code", "")).upper()
    if kind.name == "meeting":
        codes = ",".join(str(code).upper() for code in values.get("teams") or ())
        outcome = next(iter(texts_of(fields, "outcomes")), "")[:40]
        return f"{values.get('held_on')} {values.get('kind')} {codes} {outcome}".strip()
    if kind.name == "activity":
        # The kind's natural key: day, team, category, direction and description (the
        # database match, match.same_activity, uses the same); two rows differing only in
        # direction are two activities.
        description = next(iter(texts_of(fields, "description")), "")[:40]
        team = values.get("team") or "—"
        return (
            f"{values.get('held_on')} {team} {_code(values.get('category'))}"
            f" {_code(values.get('direction'))} {description}"
        )
    if kind.name == "postponement":
        return (
            f"{values.get('conference')} {values.get('decided_on')} {values.get('previous_date')}"
        )
    first_title = next(
        (value for name, value in fields.items() if name.startswith("title_") and value), ""
    )
    return f"{values.get('signed_on') or '—'} {first_title}"


def _changes(
    sheet: RecordSheet,
    record: Any,
    fields: dict[str, Any],
    session: Session,
    team_ids: list[uuid.UUID] | None,
) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for name, value in fields.items():
        old = getattr(record, name)
        if old != value and not (old in (None, "") and value in (None, "")):
            key = _sheet_key(sheet.kind, name)
            changes.append(FieldChange(name, sheet.headers.get(key, key), old, value))
    if team_ids is not None and sheet.kind.name in TEAM_LINKS:
        old_ids = set(TEAM_LINKS[sheet.kind.name][1](session, record.id))
        if old_ids != set(team_ids):
            changes.append(
                FieldChange("teams", sheet.headers["teams"], len(old_ids), len(team_ids))
            )
    return changes


def _sheet_key(kind: RecordKind, model_field: str) -> str:
    """The sheet column of a model field (`conference_id` -> `conference`)."""
    for spec in kind.fields:
        if spec.attribute == model_field:
            return spec.name
        if spec.datatype is FieldType.TEXTS and model_field == spec.attribute:
            return f"{spec.attribute}_{LANGUAGES[0]}"
    return model_field


def profile_title(session: Session) -> str:
    profile: CommitteeProfile | None = committee.profile_in(session)
    return text_in(profile, "name", "en") if profile else ""
