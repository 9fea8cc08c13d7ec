"""A meeting's agenda, bilingual: the meeting, its participants, and each item — a plan with its
current status, due date and latest note, or a topic — in the two languages side by side."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from exports.pdf.meeting_data import PHRASES, check_languages, load_meeting
from exports.pdf.meeting_doc import MeetingRenderer
from exports.pdf.tables import AnyCell
from secretariat.db import Database
from secretariat.progress import Progress


class AgendaRenderer(MeetingRenderer):
    kind = "agenda"

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        yield self.meter.report(0.5) or Progress(15, 100, "Reading the records")
        return [*self.heading(), *self.details("participants"), self.items()]

    def items(self) -> Flowable:
        items = self.document.items
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["status_now"]),
            self.head(PHRASES["due"]),
            self.head(PHRASES["latest_note"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(str(item.position), right=True),
                *(self.item_cell(item, language) for language in self.languages),
                self.status_cell(item.plan_status),
                self.plain_cell(item.plan_due.isoformat() if item.plan_due else None),
                self.note_cell(item.last_note),
            ]
            for item in items
        ]
        return self.table_or_none(self.table_titles("items", len(items)), header, rows)


def write_agenda(
    db: Database,
    path: Path | str,
    *,
    meeting: date,
    team: str | None = None,
    languages: tuple[str, str] | None = None,
) -> Generator[Progress, None, int]:
    """Write the agenda of the meeting on `meeting` (of `team`) to `path`; yields progress,
    returns the number of pages."""
    chosen = check_languages(languages, db)
    renderer = AgendaRenderer(load_meeting(db, meeting, team), chosen)
    return (yield from renderer.render(Path(path)))
