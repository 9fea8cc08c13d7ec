"""One team's status sheet for its team lead: the team's plans at a conference with status,
progress, last change and the latest history note, a line of the team's indicators and its next
planned meetings; both working languages side by side."""

from __future__ import annotations

from collections.abc import Generator
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from exports.pdf import briefing_data as data
from exports.pdf.base import BaseRenderer
from exports.pdf.figures import change_text, indicator_value
from exports.pdf.styles import GREY_HEX, data_table, table_style
from exports.pdf.tables import AnyCell, RowTable
from exports.pdf.text import PHRASES, conference_name
from exports.pdf.upcoming import next_meetings_section
from secretariat.db import Database
from secretariat.indicators import RATE_NAMES
from secretariat.labels import FIELD_LABELS, INDICATOR_LABELS, Label
from secretariat.models import LANGUAGES
from secretariat.progress import Progress

# Ref, title ×2, status, progress, last change, latest note (mm, 180 in all)
PLAN_WIDTHS = (16, 38, 38, 17, 12, 19, 40)
INDICATORS = ("plans", *RATE_NAMES, "mous_at_conference")


class TeamSheetRenderer(BaseRenderer):
    """A short document: one team at one conference."""

    def __init__(self, db: Database, number: int, team: str, languages: tuple[str, str]) -> None:
        super().__init__(languages)
        self.db, self.number, self.team_code = db, number, team
        self.briefing: data.Briefing | None = None

    @property
    def section(self) -> data.TeamSection:
        assert self.briefing is not None, "story() loads the records first"
        return self.briefing.sections[0]

    def conference_label(self) -> Label:
        return Label(*(conference_name(self.number, language) for language in LANGUAGES))

    def document_title(self) -> str:
        team = self.plain_texts(self.section.team.name) if self.briefing else self.team_code
        return f"{team} — {self.both(PHRASES['team_sheet'])}"

    def header_left(self) -> str:
        assert self.briefing is not None
        return self.plain_texts(self.briefing.committee.name)

    def header_right(self) -> str:
        return f"{self.both(self.conference_label())} · {self.both(PHRASES['team_sheet'])}"

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        self.briefing = data.load_briefing(
            self.db, self.number, self.languages, team=self.team_code, with_notes=True
        )
        step = self.meter.report(0.5)
        if step is not None:
            yield step
        section, styles = self.section, self.styles
        conference = self.briefing.conference
        when = conference.date.isoformat()
        title = (
            f'{self.texts_inline(section.team.name)} <font color="{GREY_HEX}">'
            f"({escape(section.team.code)})</font>"
        )
        return [
            Paragraph(escape(self.both(PHRASES["team_sheet"])), styles.meta),
            Paragraph(title, styles.title),
            Paragraph(
                f"{escape(self.both(self.conference_label(), '  ·  '))}  "
                f'<font color="{GREY_HEX}">{when}</font>',
                styles.subtitle,
            ),
            Spacer(1, 4 * mm),
            Paragraph(escape(self.both(PHRASES["team_indicators"])), styles.h2),
            self.indicator_line(section),
            Paragraph(
                f"{escape(self.both(PHRASES['plans']))} "
                f'<font color="{GREY_HEX}">({len(section.plans)})</font>',
                styles.h2,
            ),
            self.plan_table(section.plans),
            *next_meetings_section(self, self.db, self.team_code),
        ]

    def indicator_line(self, section: data.TeamSection) -> Table:
        row = section.indicators
        values = []
        for name in INDICATORS:
            value = escape(indicator_value(row, name))
            change = row.change_pp.get(name) if row is not None else None
            if change is not None:
                value += f'<br/><font size="6" color="{GREY_HEX}">{change_text(change)} pp</font>'
            values.append(self.rich_cell(value, right=True))
        heads = [self.head(INDICATOR_LABELS[name], right=True) for name in INDICATORS]
        return data_table([heads, values], [30 * mm] * len(INDICATORS), table_style())

    def plan_table(self, plans: list[data.PlanRow]) -> Flowable:
        if not plans:
            return self.none_recorded()
        first, second = self.languages
        header = [
            self.head(FIELD_LABELS["ref"]),
            *self.text_heads("title"),
            self.head(FIELD_LABELS["status"]),
            self.head(FIELD_LABELS["progress"], right=True),
            self.head(FIELD_LABELS["last_change"]),
            self.head(PHRASES["latest_note"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(plan.ref),
                self.text_cell(plan.title, first),
                self.text_cell(plan.title, second),
                self.label_cell(plan.status),
                self.cell(f"{plan.progress} %", right=True),
                self.cell(plan.last_change.isoformat() if plan.last_change else "—"),
                self.cell(plan.latest_note or "—"),
            ]
            for plan in plans
        ]
        return RowTable(header, rows, [width * mm for width in PLAN_WIDTHS])
