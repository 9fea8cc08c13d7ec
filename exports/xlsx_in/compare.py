"""The checked rows of a Plans sheet compared with the database: for a row with an id, what
changes (old -> new per field); for a row without one, the plan it adds; and for any row that
breaks a rule, why it is rejected. Reads only."""

from __future__ import annotations

import uuid
from collections.abc import Generator, Iterable
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from exports.xlsx.columns import ENUM_FIELDS, enum_text
from exports.xlsx.sheets import ref_text
from exports.xlsx_in.file import SheetRows
from exports.xlsx_in.refs import (
    RefIds,
    name_plans_by_ref,
    plan_id_of_ref,
    ref_parts,
    reject_double_carries,
    seq_from_ref,
)
from exports.xlsx_in.rows import (
    EDITABLE_KEYS,
    FIXED_KEYS,
    TEXT_KEYS,
    Expectation,
    FieldChange,
    NewPlan,
    ParsedRow,
    PlanChange,
    Rejection,
    comparable_text,
    expectation,
    reject,
    service_error_key,
)
from secretariat.errors import ValidationError
from secretariat.messages import Expected, FieldName, expected
from secretariat.models import Conference, Plan, PlanStatus, Team
from secretariat.progress import Progress
from secretariat.rules import plan_problems, raise_errors
from secretariat.services import plan_rules
from secretariat.services.records import column_defaults, table_of
from secretariat.text import display_text

ID_CHUNK = 500
COMPARE_CHUNK = 5000  # rows compared per load of their plans
REPORT_EVERY = 2000


@dataclass
class Comparison:
    """What the rows amount to."""

    changed: list[PlanChange] = field(default_factory=list)
    new: list[NewPlan] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class _Known:
    """The records the rows refer to, loaded once."""

    conferences: dict[int, Conference]
    teams: dict[str, Team]
    plans: dict[uuid.UUID, tuple[Any, str]]  # id -> (plan's columns as a Row, its ref)
    refs: dict[uuid.UUID, str]  # ref of each plan an existing plan continues

    def __post_init__(self) -> None:
        self.teams_by_id = {team.id: team for team in self.teams.values()}
        self.conferences_by_id = {c.id: c for c in self.conferences.values()}
        # What a plan's ref is made of, by the ids a plan row holds.
        self.numbers = {c.id: c.number for c in self.conferences.values()}
        self.codes = {team.id: team.code for team in self.teams.values()}


def compare(
    session: Session,
    sheet: SheetRows,
    rows: list[ParsedRow],
    languages: tuple[str, str],
    today: date,
) -> Generator[Progress, None, Comparison]:
    known = _load(session)
    result = Comparison()
    checker = _RowChecker(session, sheet, known, languages, today)
    for index, row in enumerate(rows, 1):
        if index % COMPARE_CHUNK == 1:
            # The plans of the next rows only: at 100,000 rows, all of them at once (texts in
            # four languages) held ~200 MB for the whole comparison.
            ahead = rows[index - 1 : index - 1 + COMPARE_CHUNK]
            # A sheet filled by hand has refs, not ids; and the plans rows continue.
            checker.ref_ids = name_plans_by_ref(session, ahead)
            wanted = [r.values["id"] for r in ahead if r.values.get("id") and not r.unchanged]
            _load_plans(session, known, wanted)
        outcome = checker.check(row)
        if isinstance(outcome, PlanChange):
            result.changed.append(outcome)
        elif isinstance(outcome, NewPlan):
            result.new.append(outcome)
        elif outcome:
            result.rejected.extend(outcome)
        else:
            result.unchanged += 1
        if index % REPORT_EVERY == 0:
            yield Progress(index, len(rows), "Comparing the rows with the database")
    result.new, double = reject_double_carries(session, sheet, result.new)
    result.rejected += double
    return result


def _load(session: Session) -> _Known:
    """The conferences and teams; the plans come a chunk of rows at a time (_load_plans)."""
    conferences = {c.number: c for c in session.scalars(select(Conference))}
    teams = {t.code: t for t in session.scalars(select(Team))}
    return _Known(conferences, teams, {}, {})


def _load_plans(session: Session, known: _Known, ids: Iterable[uuid.UUID]) -> None:
    """Put these plans (and the refs of the plans they continue) in `known`, instead of the
    ones there before."""
    numbers, codes = known.numbers, known.codes
    wanted = list(dict.fromkeys(ids))
    plans: dict[uuid.UUID, tuple[Any, str]] = {}
    # Plain rows, not ORM objects: building 100,000 Plan instances cost ~10 s; a row reads
    # the same (`row.status`) and the rules get a Plan built from it only when a row changes.
    # Read through the connection: the ORM's result handling of these column selects took
    # ~3× as long again (5 s at 100,000 plans).
    connection = session.connection()
    columns = [column for column in table_of(Plan).columns if column.name != "search_text"]
    for start in range(0, len(wanted), ID_CHUNK):
        chunk = wanted[start : start + ID_CHUNK]
        for plan in connection.execute(select(*columns).where(col(Plan.id).in_(chunk))):
            plans[plan.id] = (plan, _ref(plan, numbers, codes))
    earlier_ids = [
        plan.continues_plan_id for plan, _ in plans.values() if plan.continues_plan_id is not None
    ]
    refs: dict[uuid.UUID, str] = {}
    for start in range(0, len(earlier_ids), ID_CHUNK):
        chunk = earlier_ids[start : start + ID_CHUNK]
        for plan in connection.execute(
            select(col(Plan.id), col(Plan.conference_id), col(Plan.team_id), col(Plan.seq)).where(
                col(Plan.id).in_(chunk)
            )
        ):
            refs[plan.id] = _ref(plan, numbers, codes)
    known.plans, known.refs = plans, refs


def _ref(plan: Any, numbers: dict[uuid.UUID, int], codes: dict[uuid.UUID, str]) -> str:
    return ref_text(numbers.get(plan.conference_id, 0), codes.get(plan.team_id, "?"), plan.seq)


class _RowChecker:
    """Checks one row against the database: a PlanChange, a NewPlan, rejections, or None
    (a row that changes nothing)."""

    def __init__(
        self,
        session: Session,
        sheet: SheetRows,
        known: _Known,
        languages: tuple[str, str],
        today: date,
    ) -> None:
        self.session, self.sheet, self.known = session, sheet, known
        self.languages, self.today = languages, today
        self.ref_ids: RefIds = {}  # plans by ref, for the chunk of rows being compared
        self.lookups = plan_rules.ReadOnce(session)
        self.defaults = column_defaults(Plan)

    def check(self, row: ParsedRow) -> PlanChange | NewPlan | list[Rejection] | None:
        if row.rejections:  # cells that cannot be read: nothing to compare
            return row.rejections
        if row.unchanged:  # as the export writes its plan today
            return None
        plan_id = row.values.get("id")
        if plan_id and plan_id not in self.known.plans:
            return self._from_elsewhere(row, plan_id)
        outcome = self._existing(row, plan_id) if plan_id else self._new(row)
        return row.rejections or outcome

    def _from_elsewhere(self, row: ParsedRow, plan_id: uuid.UUID) -> NewPlan | list[Rejection]:
        """A row whose id this database does not have: a plan of another database (a copy's,
        the partner's) comes in as a new plan keeping its id, unless its ref is taken here."""
        parts = ref_parts(row.values.get("ref"))
        taken = self.ref_ids.get(parts) if parts else None
        if taken:
            self._reject(
                row, "id", str(plan_id),
                expected("plan_id_ref_taken", ref=row.values.get("ref"), taken=taken),
            )  # fmt: skip
            return row.rejections
        outcome = self._new(row, plan_id=plan_id)
        return row.rejections or outcome or []

    def _reject(self, row: ParsedRow, key: str, value: Any, wanted: Expectation) -> None:
        row.rejections.append(reject(self.sheet, row.number, key, value, wanted))

    # --- rows with an id ------------------------------------------------------------------

    def _existing(self, row: ParsedRow, plan_id: uuid.UUID) -> PlanChange | None:
        found = self.known.plans.get(plan_id)
        if found is None:
            self._reject(row, "id", str(plan_id), expected("plan_id_here"))
            return None
        plan, ref = found
        self._check_fixed(row, plan, ref)
        values, changes = self._field_changes(row, plan)
        status, changed_on = self._status_change(row, plan, changes)
        note = row.values.get("note", "")
        if note and status is None:
            self._reject(
                row,
                "note",
                note,
                expected("note_with_status"),
            )
        if row.rejections or not changes:
            return None
        self._check_rules(row, plan, values, status)
        return PlanChange(
            row=row.number,
            plan_id=plan.id,
            ref=ref,
            title=display_text(plan, "title", self.languages),
            changes=tuple(changes),
            values=values,
            old_values={key: getattr(plan, key) for key in values},
            status=status,
            old_status=plan.status,
            changed_on=changed_on,
            note=note,
        )

    def _check_fixed(self, row: ParsedRow, plan: Any, ref: str) -> None:
        """Reference columns must still describe the plan the id names (a row whose id was
        pasted onto another plan's row is caught here)."""
        team = self.known.teams_by_id.get(plan.team_id)
        conference = self.known.conferences_by_id.get(plan.conference_id)
        current = {
            "ref": ref,
            "conference": conference.number if conference else None,
            "team": team.code if team else "",
            "continues": self.known.refs.get(plan.continues_plan_id, "")
            if plan.continues_plan_id
            else "",
        }
        for key in FIXED_KEYS:
            if key not in self.sheet.headers:
                continue
            given = row.values.get(key, "" if key != "conference" else None)
            same = (
                str(given).upper() == str(current[key]).upper()
                if key in ("team", "ref", "continues")
                else given == current[key]
            )
            if not same:
                was = current[key]
                wanted = (
                    expected("fixed_empty", field=FieldName(key))
                    if was in (None, "")
                    else expected("fixed_value", was=was, field=FieldName(key))
                )
                self._reject(row, key, given, wanted)

    def _field_changes(self, row: ParsedRow, plan: Any) -> tuple[dict[str, Any], list[FieldChange]]:
        values: dict[str, Any] = {}
        changes: list[FieldChange] = []
        for key in EDITABLE_KEYS:
            if key not in self.sheet.headers:
                continue
            new = row.values.get(key, "" if key in TEXT_KEYS else None)
            if new is None and key in ("origin", "horizon", "progress"):
                self._reject(row, key, None, self._required(key))
                continue
            old = getattr(plan, key)
            if key in TEXT_KEYS and comparable_text(old or "") == new:
                continue
            if key not in TEXT_KEYS and old == new:
                continue
            values[key] = new
            changes.append(FieldChange(key, self.sheet.headers[key], old, new))
        return values, changes

    def _required(self, key: str) -> Expected:
        if key == "progress":
            return expected("whole_number_between", minimum=0, maximum=100)
        choices = ", ".join(enum_text(m, self.languages) for m in ENUM_FIELDS[key])
        return expected("one_of", choices=choices)

    def _status_change(
        self, row: ParsedRow, plan: Any, changes: list[FieldChange]
    ) -> tuple[PlanStatus | None, date | None]:
        status = row.values.get("status")
        if status is None:
            self._reject(row, "status", None, self._required("status"))
            return None, None
        last_change = row.values.get("last_change")
        moved_date = "last_change" in self.sheet.headers and last_change != plan.status_changed_on
        if status == plan.status:
            if moved_date:
                self._reject(
                    row,
                    "last_change",
                    last_change,
                    expected("date_as_exported", date=shown_date(plan.status_changed_on)),
                )
            return None, None
        changed_on = last_change if moved_date and last_change else self.today
        if changed_on > self.today:
            self._reject(row, "last_change", changed_on, expected("not_after_today"))
        header = self.sheet.headers["status"]
        changes.insert(0, FieldChange("status", header, plan.status, status))
        progress_typed = any(change.key == "progress" for change in changes)
        if status == PlanStatus.implemented and plan.progress != 100 and not progress_typed:
            # What marking a plan implemented does (plans.apply_status), shown beforehand.
            header = self.sheet.headers.get("progress", "progress")
            changes.append(FieldChange("progress", header, plan.progress, 100))
        return status, changed_on

    def _check_rules(
        self, row: ParsedRow, plan: Any, values: dict[str, Any], status: PlanStatus | None
    ) -> None:
        """The plan rules on a detached copy with the row's values."""
        # A plain copy: the rules read attributes only (an ORM Plan costs ~0.25 ms to make).
        draft = SimpleNamespace(**plan._mapping)
        for key, value in values.items():
            setattr(draft, key, value)
        if status is not None:
            draft.status = status
        self._run_rules(row, draft)

    def _run_rules(self, row: ParsedRow, draft: Any) -> None:
        try:
            with self.session.no_autoflush:
                plan_rules.check_plan(draft, self.lookups)
                # The rules between fields the services apply too (errors only refuse).
                raise_errors(plan_problems(draft, self.lookups.conference(draft.conference_id)))
        except ValidationError as error:
            key = service_error_key(self.sheet, error.field, self.languages)
            self._reject(row, key, error.value, expectation(error))

    # --- rows without an id ---------------------------------------------------------------

    def _new(self, row: ParsedRow, plan_id: uuid.UUID | None = None) -> NewPlan | None:
        seq = seq_from_ref(self.sheet, row)  # may fill in the conference and team
        values = row.values
        conference = self.known.conferences.get(values.get("conference") or 0)
        if conference is None:
            numbers = ", ".join(str(n) for n in sorted(self.known.conferences))
            wanted = expected("existing_conference_of", numbers=numbers) if numbers else None
            self._reject(
                row,
                "conference",
                values.get("conference"),
                wanted or expected("existing_conference"),
            )
        team = self.known.teams.get(str(values.get("team", "")).upper())
        if team is None:
            codes = ", ".join(sorted(self.known.teams))
            wanted = expected("existing_team_of", codes=codes) if codes else None
            self._reject(row, "team", values.get("team"), wanted or expected("existing_team"))
        for key in ("origin", "horizon"):
            if values.get(key) is None:
                self._reject(row, key, None, self._required(key))
        continues_id = self._continued(row, values.get("continues", ""))
        changed_on = values.get("last_change")
        if changed_on is not None and changed_on > self.today:
            self._reject(row, "last_change", changed_on, expected("not_after_today"))
        if row.rejections or conference is None or team is None:
            return None
        fields: dict[str, Any] = {
            key: values.get(key, "" if key in TEXT_KEYS else None)
            for key in EDITABLE_KEYS
            if key != "progress"
        }
        fields = {key: value for key, value in fields.items() if value is not None}
        fields.update(
            conference_id=conference.id,
            team_id=team.id,
            progress=values.get("progress") or 0,
            continues_plan_id=continues_id,
        )
        status = values.get("status") or PlanStatus.agreed
        draft = SimpleNamespace(
            **{**self.defaults, **fields, "id": None, "seq": 0, "status": status}
        )
        self._run_rules(row, draft)
        if row.rejections:
            return None
        return NewPlan(
            row=row.number,
            conference=conference.number,
            team=team.code,
            title=display_text(draft, "title", self.languages),
            fields=fields,
            status=status,
            changed_on=changed_on,
            note=values.get("note", ""),
            seq=seq,
            plan_id=plan_id,
            ref=str(values.get("ref") or ""),
            continues=str(values.get("continues") or ""),
        )

    def _continued(self, row: ParsedRow, ref: str) -> uuid.UUID | None:
        if not ref:
            return None
        parts = ref_parts(ref)
        found = self.ref_ids.get(parts) if parts else None
        if found is None and parts:  # a plan of the chunk's own conference: not read ahead
            found = plan_id_of_ref(self.session, *parts)
        if found is None:
            self._reject(row, "continues", ref, expected("continued_plan_ref"))
        return found


def shown_date(day: date | None) -> str:
    return day.isoformat() if day else "empty"
