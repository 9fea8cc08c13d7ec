"""A meeting's minutes, bilingual: attendees, the summary, each agenda item with its outcome and
the status change decided on it, every status change decided at the meeting, and the
follow-ups with their due dates; a missing text shows the gap mark of its language."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable, Paragraph

from exports.pdf.meeting_data import PHRASES, check_languages, load_meeting
from exports.pdf.meeting_doc import MeetingRenderer, texts_given
from exports.pdf.tables import AnyCell, Cell
from secretariat.db import Database
from secretariat.labels import ENUM_LABELS, FIELD_LABELS
from secretariat.models import MeetingState
from secretariat.progress import Progress
from secretariat.services.agenda import AgendaEntry
from secretariat.services.meetings import DecidedChange


class MinutesRenderer(MeetingRenderer):
    kind = "minutes"

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        yield self.meter.report(0.5) or Progress(15, 100, "Reading the records")
        story: list[Flowable] = [*self.heading(), *self.details("attendees")]
        if self.document.state is MeetingState.planned:
            story.append(self.heading_two("minutes_of_planned"))
        if texts_given(self.document.outcomes):
            story += [self.heading_two("summary"), *self.summary()]
        story += [self.outcomes(), self.decided(), self.follow_ups()]
        return story

    def summary(self) -> list[Flowable]:
        """The meeting's outcome in each language, a paragraph each (the gap mark where one
        language has none)."""
        return [
            Paragraph(self.user_markup(self.document.outcomes, language), self.styles.body)
            for language in self.languages
        ]

    def outcome_cell(self, item: AgendaEntry, language: str) -> Cell:
        """The item, then its outcome under it, each in this language or its gap mark."""
        outcome = self.text_or_gap(item.outcomes, language)
        return Cell(f"{self.item_text(item, language)}\n→ {outcome}")

    def change_for(self, item: AgendaEntry) -> DecidedChange | None:
        return next((c for c in self.document.decided if c.plan_id == item.plan_id), None)

    def change_cell(self, change: DecidedChange | None) -> Cell:
        if change is None:
            return self.cell("—")
        before = self.both(ENUM_LABELS[change.from_status]) if change.from_status else "—"
        return self.cell(f"{before}\n→ {self.both(ENUM_LABELS[change.to_status])}")

    def outcomes(self) -> Flowable:
        items = self.document.items
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["change"]),
            self.head(FIELD_LABELS["follow_up_due"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(str(item.position), right=True),
                *(self.outcome_cell(item, language) for language in self.languages),
                self.change_cell(self.change_for(item)) if item.plan_id else self.cell("—"),
                self.plain_cell(item.follow_up_due.isoformat() if item.follow_up_due else None),
            ]
            for item in items
        ]
        return self.table_or_none(self.table_titles("outcomes", len(items)), header, rows)

    def decided(self) -> Flowable:
        decided = self.document.decided
        header = [
            self.head(FIELD_LABELS["ref"]),
            *self.text_heads("title"),
            self.head(PHRASES["change"]),
            self.head(FIELD_LABELS["note"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(change.plan_ref),
                *(self.text_cell(change.plan_titles, language) for language in self.languages),
                self.change_cell(change),
                self.note_cell(change.note),
            ]
            for change in decided
        ]
        return self.table_or_none(self.table_titles("decided", len(decided)), header, rows)

    def follow_ups(self) -> Flowable:
        due = [item for item in self.document.items if item.follow_up_due is not None]
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["due"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(str(item.position), right=True),
                *(self.item_cell(item, language) for language in self.languages),
                self.plain_cell(item.follow_up_due.isoformat() if item.follow_up_due else None),
            ]
            for item in sorted(due, key=lambda entry: (entry.follow_up_due, entry.position))
        ]
        return self.table_or_none(self.table_titles("follow_ups", len(due)), header, rows)


def write_minutes(
    db: Database,
    path: Path | str,
    *,
    meeting: date,
    team: str | None = None,
    languages: tuple[str, str] | None = None,
) -> Generator[Progress, None, int]:
    """Write the minutes of the meeting on `meeting` (of `team`) to `path`; yields progress,
    returns the number of pages."""
    chosen = check_languages(languages, db)
    renderer = MinutesRenderer(load_meeting(db, meeting, team), chosen)
    return (yield from renderer.render(Path(path)))
