"""A meeting's agenda, bilingual: the meeting, its participants, and each item — a plan with its
current status, due date and latest note, or a topic — in the two languages side by side."""

from __future__ import annotations

from collections.abc import Generator
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from exports.pdf.meeting_data import PHRASES, check_languages, load_meeting
from exports.pdf.meeting_doc import MeetingRenderer
from exports.pdf.styles import data_table, table_style
from exports.pdf.text import markup
from secretariat.db import Database
from secretariat.progress import Progress

# No., item ×2, status, due, latest note (mm, 180 in all)
ITEM_WIDTHS = (8, 52, 52, 20, 18, 30)


class AgendaRenderer(MeetingRenderer):
    kind = "agenda"

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        yield self.meter.report(0.5) or Progress(15, 100, "Reading the records")
        return [*self.heading(), self.details("participants"), *self.items()]

    def items(self) -> list[Flowable]:
        items = self.document.items
        if not items:
            return [self.h2("items", 0), self.none_recorded()]
        header = [
            self.head(PHRASES["number"]),
            *self.language_heads("item"),
            self.head(PHRASES["status_now"]),
            self.head(PHRASES["due"]),
            self.head(PHRASES["latest_note"]),
        ]
        rows = [
            [
                self.paragraph(str(item.position)),
                *(self.paragraph(self.item_markup(item, lang)) for lang in self.languages),
                self.status_markup(item.plan_status),
                self.paragraph(item.plan_due.isoformat() if item.plan_due else "—"),
                self.paragraph(markup(item.last_note) or "—"),
            ]
            for item in items
        ]
        widths = [width * mm for width in ITEM_WIDTHS]
        return [self.h2("items", len(items)), data_table([header, *rows], widths, table_style())]


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
