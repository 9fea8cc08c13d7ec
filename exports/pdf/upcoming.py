"""The next planned meetings of a team, as a short table of its status sheet: date and time,
kind (in both languages), venue and how many agenda items."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from exports.pdf.meeting_data import PHRASES
from exports.pdf.record_tables import RecordTables
from exports.pdf.styles import GREY_HEX, TEAL_HEX
from exports.pdf.text import markup
from secretariat.db import Database
from secretariat.labels import ENUM_LABELS, Label
from secretariat.services.upcoming import upcoming_meetings

NEXT_MEETINGS = Label("Next meetings", "다음 회의", "近期会议", "次回以降の会議")
NONE_PLANNED = Label("None planned", "예정 없음", "暂无安排", "予定なし")


def next_meetings_section(renderer: RecordTables, db: Database, team: str) -> list[Flowable]:
    """The team's planned meetings from the day the sheet is made, a line each under the
    plans (date and time, kind in both languages, venue, agenda items), the first led by the
    title: short, so a team's sheet stays one page; "none" when none is planned."""
    ahead = upcoming_meetings(db, as_of=renderer.generated_on, team_code=team)
    title = f'<font color="{TEAL_HEX}"><b>{escape(renderer.both(NEXT_MEETINGS))}</b></font>'
    style = renderer.styles.meta_dark
    if not ahead:
        return [Paragraph(f"{title}  {escape(renderer.both(NONE_PLANNED))}", style)]
    items = escape(renderer.both(PHRASES["items"]))
    lines: list[Flowable] = []
    for meeting in ahead:
        when = f"{meeting.day.isoformat()} {meeting.start_time}".strip()
        parts = [
            f"<b>{escape(when)}</b>",
            escape(renderer.both(ENUM_LABELS[meeting.kind])),
            markup(meeting.venue) or "—",
            f'<font color="{GREY_HEX}">{items} {meeting.items}</font>',
        ]
        lead = f"{title} ({len(ahead)})  " if not lines else ""
        lines.append(Paragraph(lead + "  ·  ".join(parts), style))
    return lines
