"""One team's status sheet for its team lead: the team's plans at a conference with status,
progress, last change and the latest history note, a line of the team's indicators and its next
planned meetings; both working languages side by side."""

from __future__ import annotations

from collections.abc import Generator
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from exports.pdf import briefing_data as data
from exports.pdf.figures import indicator_value
from exports.pdf.styles import GREY_HEX
from exports.pdf.summary import TEAM_COLUMNS, Summary
from exports.pdf.tables import RowTable
from exports.pdf.text import PHRASES, conference_name
from exports.pdf.upcoming import next_meetings_section
from secretariat.db import Database
from secretariat.indicators import RATE_NAMES
from secretariat.labels import INDICATOR_LABELS, Label
from secretariat.models import LANGUAGES
from secretariat.progress import Progress


class TeamSheetRenderer(Summary):
    """A short document: one team at one conference, landscape for its wide plan table."""

    first_page = "wide"

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

    def title_in(self, language: str) -> str:
        name = self.section.team.name.get(language) if self.briefing else ""
        conference = self.conference_label().get(language)
        sheet = PHRASES["team_sheet"].get(language)
        return f"{name or self.team_code} ({self.team_code}) — {conference} · {sheet}"

    def header_left(self) -> list[str]:
        assert self.briefing is not None
        names = self.briefing.committee.name
        return [names.get(language, "") for language in self.languages]

    def header_right(self) -> list[str]:
        sheet = PHRASES["team_sheet"]
        return [
            f"{self.conference_label().get(language)} · {sheet.get(language)}"
            for language in self.languages
        ]

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
        sheet = escape(self.both(PHRASES["team_sheet"]))
        conference_text = escape(self.both(self.conference_label(), "  ·  "))
        # One title line and one line saying what and when: a team's plans fit one page.
        return [
            Paragraph(title, styles.sheet_title),
            Paragraph(
                f'{conference_text}  <font color="{GREY_HEX}">{when}  ·  {sheet}</font>',
                styles.subtitle,
            ),
            self.indicator_line(section),
            self.plan_table(
                section.plans,
                self.titles(PHRASES["plans"], len(section.plans), "", title),
                with_notes=True,
            ),
            *next_meetings_section(self, self.db, self.team_code),
        ]

    def indicator_line(self, section: data.TeamSection) -> Flowable:
        """The team's indicators in one row, each rate with its change."""
        row = section.indicators
        values = []
        for name in TEAM_COLUMNS:
            change = row.change_pp.get(name) if row is not None else None
            # Side by side: the sheet's columns are wide, and a shorter row leaves the plans
            # room on the page.
            note = self.change_note(change, " / ") if name in RATE_NAMES else ""
            values.append(self.cell(indicator_value(row, name), right=True, note=note))
        heads = [self.head(INDICATOR_LABELS[name], right=True) for name in TEAM_COLUMNS]
        titles = self.titles(PHRASES["team_indicators"], None)
        return RowTable(heads, [values], title=titles.first, continued=titles.continued)
