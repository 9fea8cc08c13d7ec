"""The committee's calendar as an RFC 5545 file (`secretariat export ics`), written with the
`icalendar` library: conferences, meetings with their agendas, and open plans' due dates.

Every event's UID is made from its record's id, so a newer file imported into a calendar
updates the events it already has instead of adding them again; SEQUENCE grows with each change
(a postponed conference: one more per postponement). Texts are in the two working languages,
a missing one shown by its gap mark as in the PDFs. Times of day are floating (local to the
venue): the records keep no time zone, and the two cities' may differ.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Generator, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event

from exports.pdf.text import GAP_MARKS, conference_name
from secretariat.db import Database
from secretariat.labels import ENUM_LABELS, Label
from secretariat.models import ConferenceStatus, MeetingState
from secretariat.progress import Progress
from secretariat.services.agenda import AgendaEntry
from secretariat.services.calendar import (
    CommitteeCalendar,
    ConferenceEntry,
    DueEntry,
    MeetingEntry,
    committee_calendar,
)

UID_DOMAIN = "secretariat.invalid"  # a domain that is no one's (RFC 2606): ids are global
PRODID = "-//Secretariat//Joint committee calendar//EN"
DEFAULT_DURATION = timedelta(hours=1)
CONFERENCE_REMINDER = timedelta(days=7)
MEETING_REMINDER = timedelta(days=1)
DUE_REMINDER = timedelta(days=7)
DUE = Label("Due", "기한", "到期", "期限")
POSTPONED = Label("Postponed", "연기", "推迟", "延期")
AGENDA = Label("Agenda", "안건", "议程", "議事日程")


def uid(kind: str, record_id: uuid.UUID) -> str:
    return f"{kind}-{record_id.hex}@{UID_DOMAIN}"


class CalendarWriter:
    """Builds the VCALENDAR from the core's plain data, in the two languages."""

    def __init__(self, entries: CommitteeCalendar, *, today: date) -> None:
        self.entries = entries
        self.languages = entries.languages
        self.today = today

    def both(self, label: Label) -> str:
        first, second = (label.get(language) for language in self.languages)
        return first if first == second else f"{first} / {second}"

    def texts(self, texts: Mapping[str, str], separator: str = " / ") -> str:
        """User text in each working language, or that language's gap mark."""
        return separator.join(
            (texts.get(language) or "").strip() or GAP_MARKS.get(language)
            for language in self.languages
        )

    def calendar(self) -> Calendar:
        calendar = Calendar()
        calendar.add("prodid", PRODID)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        name = self.texts(self.entries.committee_name)
        calendar.add("x-wr-calname", name)
        for conference in self.entries.conferences:
            calendar.add_component(self.conference(conference))
        for meeting in self.entries.meetings:
            calendar.add_component(self.meeting(meeting))
        for due in self.entries.due_dates:
            calendar.add_component(self.due_date(due))
        return calendar

    def _event(self, kind: str, record_id: uuid.UUID, revision: int, changed: datetime) -> Event:
        event = Event()
        event.add("uid", uid(kind, record_id))
        event.add("sequence", revision)
        event.add("dtstamp", changed.astimezone(UTC))
        event.add("last-modified", changed.astimezone(UTC))
        return event

    def _whole_day(self, event: Event, day: date) -> None:
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("transp", "TRANSPARENT")

    def _remind(self, event: Event, day: date, before: timedelta, summary: str) -> None:
        """A display alarm, for what is still ahead (an alarm in the past only nags)."""
        if day < self.today:
            return
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", -before)
        event.add_component(alarm)

    def conference(self, entry: ConferenceEntry) -> Event:
        event = self._event("conference", entry.record_id, entry.revision, entry.changed_at)
        title = Label(*(conference_name(entry.number, language) for language in Label._fields))
        summary = self.both(title)
        event.add("summary", summary)
        self._whole_day(event, entry.day)
        if any(entry.venue.values()):
            event.add("location", self.texts(entry.venue))
        lines = [self.both(ENUM_LABELS[entry.status])]
        for postponed in entry.postponements:
            moved = f"{postponed.previous_date} → {postponed.new_date or '?'}"
            lines.append(f"{self.both(POSTPONED)}: {moved} — {self.texts(postponed.reasons)}")
        event.add("description", "\n".join(lines))
        status = {ConferenceStatus.held: "CONFIRMED", ConferenceStatus.cancelled: "CANCELLED"}
        event.add("status", status.get(entry.status, "TENTATIVE"))
        event.add("categories", ["conference"])
        if entry.status is not ConferenceStatus.cancelled:
            self._remind(event, entry.day, CONFERENCE_REMINDER, summary)
        return event

    def meeting(self, entry: MeetingEntry) -> Event:
        event = self._event("meeting", entry.record_id, entry.revision, entry.changed_at)
        teams = ", ".join(self.texts(names) for names in entry.team_names)
        summary = self.both(ENUM_LABELS[entry.kind]) + (f" — {teams}" if teams else "")
        event.add("summary", summary)
        if entry.start_time:
            hours, minutes = (int(part) for part in entry.start_time.split(":"))
            start = datetime(entry.day.year, entry.day.month, entry.day.day, hours, minutes)
            length = timedelta(minutes=entry.duration_minutes) or DEFAULT_DURATION
            event.add("dtstart", start)
            event.add("dtend", start + length)
        else:
            self._whole_day(event, entry.day)
        if entry.venue:
            event.add("location", entry.venue)
        if entry.video_link:
            event.add("url", entry.video_link)
        if entry.items:
            event.add("description", self.agenda_text(entry.items))
        planned = entry.state is MeetingState.planned
        event.add("status", "TENTATIVE" if planned else "CONFIRMED")
        event.add("categories", ["meeting"])
        if planned:
            self._remind(event, entry.day, MEETING_REMINDER, summary)
        return event

    def agenda_text(self, items: tuple[AgendaEntry, ...]) -> str:
        """The agenda, numbered, once per working language (each in its own words)."""
        blocks = []
        for language in self.languages:
            lines = [AGENDA.get(language)]
            for item in items:
                text = _item_text(item, language)
                lines.append(f"{item.position}. {text}")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    def due_date(self, entry: DueEntry) -> Event:
        event = self._event("plan-due", entry.record_id, entry.revision, entry.changed_at)
        summary = f"{self.both(DUE)}: {entry.ref} {self.texts(entry.titles)}"
        event.add("summary", summary)
        self._whole_day(event, entry.day)
        event.add("description", self.both(ENUM_LABELS[entry.status]))
        event.add("categories", ["plan"])
        self._remind(event, entry.day, DUE_REMINDER, summary)
        return event


def _item_text(item: AgendaEntry, language: str) -> str:
    def one(texts: Mapping[str, str]) -> str:
        return (texts.get(language) or "").strip() or GAP_MARKS.get(language)

    if item.plan_id is None:
        return one(item.topics)
    text = f"{item.plan_ref} {one(item.plan_titles)}"
    if any(value.strip() for value in item.topics.values()):
        text += f" — {one(item.topics)}"
    return text


def write_calendar(
    db: Database,
    path: Path | str,
    *,
    team: str | None = None,
    languages: tuple[str, str] | None = None,
    today: date | None = None,
) -> Generator[Progress, None, int]:
    """Write the calendar to `path` (beside it first, renamed at the end); returns the number
    of events."""
    yield Progress(0, 2, "Reading the records")
    entries = committee_calendar(db, team=team)
    if languages is not None:
        entries = replace(entries, languages=languages)
    calendar = CalendarWriter(entries, today=today or date.today()).calendar()
    yield Progress(1, 2, "Writing the calendar")
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.{uuid.uuid4().hex[:12]}.ics.part")
    try:
        temporary.write_bytes(calendar.to_ical())
        temporary.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    yield Progress(2, 2, "Writing the calendar")
    return len(calendar.walk("VEVENT"))
