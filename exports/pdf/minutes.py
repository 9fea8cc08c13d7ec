"""A meeting's minutes, bilingual: attendees, the summary, each agenda item with its outcome and
the status change decided on it, every status change decided at the meeting, and the
follow-ups with their due dates; a missing text shows the gap mark of its language."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from exports.pdf.meeting_data import PHRASES, check_languages, load_meeting
from exports.pdf.meeting_doc import MeetingRenderer, texts_given
from exports.pdf.styles import data_table, table_style
from exports.pdf.text import markup
from secretariat.db import Database
from secretariat.labels import ENUM_LABELS, FIELD_LABELS
from secretariat.models import MeetingState
from secretariat.progress import Progress
from secretariat.services.agenda import AgendaEntry
from secretariat.services.meetings import DecidedChange

# No., item and outcome ×2, decided, follow-up (mm, 180 in all)
OUTCOME_WIDTHS = (8, 62, 62, 28, 20)
# Ref, title ×2, change, note
DECIDED_WIDTHS = (18, 46, 46, 36, 34)
# No., item ×2, due
FOLLOW_UP_WIDTHS = (8, 76, 76, 20)


def _mm(widths: tuple[int, ...]) -> list[float]:
    return [width * mm for width in widths]


class MinutesRenderer(MeetingRenderer):
    kind = "minutes"

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        yield self.meter.report(0.5) or Progress(15, 100, "Reading the records")
        story: list[Flowable] = [*self.heading(), self.details("attendees")]
        if self.document.state is MeetingState.planned:
            story.append(
                Paragraph(escape(self.both(PHRASES["minutes_of_planned"])), self.styles.h2)
            )
        if texts_given(self.document.outcomes):
            story += [self.h2("summary"), self.summary()]
        story += [*self.outcomes(), *self.decided(), *self.follow_ups()]
        return story

    def summary(self) -> Flowable:
        cells = [
            [self.paragraph(self.user_markup(self.document.outcomes, lang))]
            for lang in self.languages
        ]
        return data_table(cells, [180 * mm], table_style(header_rows=0), header_rows=0)

    def outcome_markup(self, item: AgendaEntry, language: str) -> str:
        """The item in bold, then its outcome, each in this language or its gap mark."""
        outcome = self.user_markup(item.outcomes, language)
        return f"<b>{self.item_markup(item, language)}</b><br/>{outcome}"

    def change_for(self, item: AgendaEntry) -> DecidedChange | None:
        return next((c for c in self.document.decided if c.plan_id == item.plan_id), None)

    def change_markup(self, change: DecidedChange | None) -> str:
        if change is None:
            return "—"
        before = self.stacked(ENUM_LABELS[change.from_status]) if change.from_status else "—"
        return f"{before}<br/>→ {self.stacked(ENUM_LABELS[change.to_status])}"

    def outcomes(self) -> list[Flowable]:
        items = self.document.items
        if not items:
            return [self.h2("outcomes", 0), self.none_recorded()]
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["change"]),
            self.head(FIELD_LABELS["follow_up_due"]),
        ]
        rows = [
            [
                self.paragraph(str(item.position)),
                *(self.paragraph(self.outcome_markup(item, lang)) for lang in self.languages),
                self.paragraph(self.change_markup(self.change_for(item)) if item.plan_id else "—"),
                self.paragraph(item.follow_up_due.isoformat() if item.follow_up_due else "—"),
            ]
            for item in items
        ]
        table = data_table([header, *rows], _mm(OUTCOME_WIDTHS), table_style())
        return [self.h2("outcomes", len(items)), table]

    def decided(self) -> list[Flowable]:
        decided = self.document.decided
        if not decided:
            return [self.h2("decided", 0), self.none_recorded()]
        header = [
            self.head(FIELD_LABELS["ref"]),
            *self.text_heads("title"),
            self.head(PHRASES["change"]),
            self.head(FIELD_LABELS["note"]),
        ]
        rows = [
            [
                self.paragraph(escape(change.plan_ref)),
                *(
                    self.paragraph(self.user_markup(change.plan_titles, lang))
                    for lang in self.languages
                ),
                self.paragraph(self.change_markup(change)),
                self.paragraph(markup(change.note) or "—"),
            ]
            for change in decided
        ]
        table = data_table([header, *rows], _mm(DECIDED_WIDTHS), table_style())
        return [self.h2("decided", len(decided)), table]

    def follow_ups(self) -> list[Flowable]:
        due = [item for item in self.document.items if item.follow_up_due is not None]
        if not due:
            return [self.h2("follow_ups", 0), self.none_recorded()]
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["due"]),
        ]
        rows = [
            [
                self.paragraph(str(item.position)),
                *(self.paragraph(self.item_markup(item, lang)) for lang in self.languages),
                self.paragraph(item.follow_up_due.isoformat() if item.follow_up_due else "—"),
            ]
            for item in sorted(due, key=lambda entry: (entry.follow_up_due, entry.position))
        ]
        table = data_table([header, *rows], _mm(FOLLOW_UP_WIDTHS), table_style())
        return [self.h2("follow_ups", len(due)), table]


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
