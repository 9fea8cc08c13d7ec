"""The next planned meetings of a team, as a short table of its status sheet: date and time,
kind (in both languages), venue and how many agenda items."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from exports.pdf.base import BaseRenderer
from exports.pdf.meeting_data import PHRASES
from exports.pdf.styles import data_table, table_style
from exports.pdf.text import markup
from secretariat.db import Database
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, Label
from secretariat.services.upcoming import upcoming_meetings

NEXT_MEETINGS = Label("Next meetings", "다음 회의", "近期会议", "次回以降の会議")
# Date and time, kind, venue, items (mm, 180 in all)
WIDTHS = (30, 50, 80, 20)


def next_meetings_section(renderer: BaseRenderer, db: Database, team: str) -> list[Flowable]:
    """The heading and the table (or "none recorded") of the team's planned meetings from
    the day the sheet is made."""
    ahead = upcoming_meetings(db, as_of=renderer.generated_on, team_code=team)
    heading = Paragraph(escape(renderer.both(NEXT_MEETINGS)), renderer.styles.h2)
    if not ahead:
        return [heading, renderer.none_recorded()]
    cell = renderer.styles.cell
    header = [
        renderer.head(PHRASES["when"]),
        renderer.head(FIELD_LABELS["kind"]),
        renderer.head(PHRASES["where"]),
        renderer.head(PHRASES["items"], right=True),
    ]
    rows = [
        [
            Paragraph(escape(f"{meeting.day.isoformat()} {meeting.start_time}".strip()), cell),
            Paragraph(renderer.stacked(ENUM_LABELS[meeting.kind]), cell),
            Paragraph(markup(meeting.venue) or "—", cell),
            Paragraph(str(meeting.items), renderer.styles.cell_right),
        ]
        for meeting in ahead
    ]
    widths = [width * mm for width in WIDTHS]
    return [heading, data_table([header, *rows], widths, table_style())]
