"""The rules a careful secretariat keeps between a record's fields, as data.

Each `*_problems` function returns every problem of a record at once — field, value, what
was expected (a key of messages.PHRASES with its parameters) and a severity — instead of
raising on the first, so a form can show them all beside their fields. Errors are refused by
the services (the form, the workbook import and the command line all go through them);
warnings are for a person to accept ("Save anyway"): the services let them pass, since a
record with no outcome yet is still worth keeping. docs/data-model.md, "Rules", lists them.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from secretariat.errors import ValidationError
from secretariat.messages import Expected, expected, phrase
from secretariat.models import LANGUAGES, Conference, Meeting, MeetingState, Plan, PlanStatus

EARLIEST_MEETING = date(1950, 1, 1)  # older than any committee of this kind; a typo's year
MEETING_DAYS_AHEAD = 366  # a meeting is planned a year ahead at most
# The progress a status usually has: (lowest, highest) in percent.
USUAL_PROGRESS: dict[PlanStatus, tuple[int, int]] = {
    PlanStatus.agreed: (0, 0),
    PlanStatus.in_progress: (1, 99),
    PlanStatus.implemented: (100, 100),
}


class Severity(enum.Enum):
    error = "error"  # refused: the record cannot be saved so
    warning = "warning"  # accepted once a person confirms it


@dataclass(frozen=True)
class Problem:
    field: str
    value: Any
    what: Expected
    severity: Severity = Severity.error

    @property
    def is_error(self) -> bool:
        return self.severity == Severity.error

    def message(self, language: str) -> str:
        """For an error, what was expected; for a warning, the whole sentence."""
        return phrase(self.what, language)

    def as_error(self) -> ValidationError:
        return ValidationError(self.field, self.value, self.what)


class ProblemsError(ValidationError):
    """Every error a record has, at once; `field`, `value` and `expected` are the first's
    (for callers that show one), `problems` all of them."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        first = problems[0]
        super().__init__(first.field, first.value, first.what)
        self.problems = list(problems)


def problem_of(error: ValidationError, severity: Severity = Severity.error) -> list[Problem]:
    """A ValidationError as problems: each of a ProblemsError, else the one it names."""
    if isinstance(error, ProblemsError):
        return list(error.problems)
    what = error.what or Expected("text", {})  # an English-only message keeps its text
    problem = Problem(error.field, error.value, what, severity)
    return [problem if error.what is not None else _english_only(problem, error.expected)]


def _english_only(problem: Problem, english: str) -> Problem:
    return Problem(problem.field, problem.value, Expected("as_given", {"text": english}))


def raise_errors(problems: Iterable[Problem]) -> None:
    """Refuse a record with any error among its problems (warnings pass)."""
    errors = [problem for problem in problems if problem.is_error]
    if errors:
        raise ProblemsError(errors)


def _has_text(record: Any, name: str) -> bool:
    return any(str(getattr(record, f"{name}_{code}", "") or "").strip() for code in LANGUAGES)


def meeting_problems(
    meeting: Meeting, *, team_ids: Sequence[Any] | None = None, today: date | None = None
) -> list[Problem]:
    """A meeting's date from 1950 to a year ahead (errors); a held meeting's outcome and
    attendees, and the teams it concerned when they are given (warnings)."""
    today = today or date.today()
    latest = today + timedelta(days=MEETING_DAYS_AHEAD)
    problems = []
    if meeting.held_on is not None and not EARLIEST_MEETING <= meeting.held_on <= latest:
        wanted = expected("meeting_date_range", earliest=EARLIEST_MEETING, latest=latest)
        problems.append(Problem("held_on", meeting.held_on, wanted))
    if meeting.state == MeetingState.held:
        if not _has_text(meeting, "outcomes"):
            problems.append(_warning("outcomes", "", "outcome_missing"))
        if not (meeting.attendees or "").strip():
            problems.append(_warning("attendees", "", "attendees_missing"))
    if team_ids is not None and not list(team_ids):
        problems.append(_warning("team_ids", [], "team_missing"))
    return problems


def plan_problems(plan: Plan, conference: Conference | None) -> list[Problem]:
    """A due date on or after the plan's conference (error); progress that matches the
    status (warning: a plan under way may report 0 % for a while, yet 50 % "agreed" is
    usually a status nobody updated)."""
    problems = []
    if conference is not None and plan.due_date is not None:
        start = conference.held_date or conference.planned_date
        if plan.due_date < start:
            wanted = expected("not_before_conference", date=start)
            problems.append(Problem("due_date", plan.due_date, wanted))
    usual = USUAL_PROGRESS.get(plan.status)
    if usual is not None and not usual[0] <= plan.progress <= usual[1]:
        shown = f"{usual[0]} %" if usual[0] == usual[1] else f"{usual[0]}–{usual[1]} %"
        wanted = expected(
            "progress_for_status", progress=plan.progress, status=plan.status, usual=shown
        )
        problems.append(Problem("progress", plan.progress, wanted, Severity.warning))
    return problems


def status_change_problems(
    plan: Plan, changed_on: date, conference: Conference | None
) -> list[Problem]:
    """A status change dated on or after the plan's conference was held: before it the plan
    did not exist, and the history would read out of order. (A conference not yet held has
    no date to hold to: its agenda's plans may change while it is prepared.)"""
    if conference is None or conference.held_date is None or changed_on >= conference.held_date:
        return []
    wanted = expected("not_before_conference", date=conference.held_date)
    return [Problem("changed_on", changed_on, wanted)]


def _warning(name: str, value: Any, key: str) -> Problem:
    return Problem(name, value, expected(key), Severity.warning)
