"""The conference briefing pack: cover, contents, indicators against the previous conference
with a chart, committee-wide records, and a section per team; every label and user text in
the committee's two working languages side by side.

`write_briefing_pack` is the entry point of the app and the command line; with `team` it writes
that team's status sheet (exports/pdf/team_sheet.py) instead.
"""

from __future__ import annotations

from collections.abc import Generator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from exports.pdf import briefing_data as data
from exports.pdf.base import BaseRenderer
from exports.pdf.pages import ContentsLine, Heading
from exports.pdf.styles import GREY_HEX, RULE
from exports.pdf.summary import Summary, conference_label
from exports.pdf.team_sheet import TeamSheetRenderer
from exports.pdf.text import PHRASES
from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, Label
from secretariat.models import LANGUAGES
from secretariat.progress import Progress
from secretariat.services.committee import working_languages

CONFERENCE_STATUS = Label("Status", "상태", "状态", "状態")  # FIELD_LABELS' is a plan's


def write_briefing_pack(
    db: Database,
    path: Path | str,
    *,
    conference: int,
    team: str | None = None,
    languages: tuple[str, str] | None = None,
) -> Generator[Progress, None, int]:
    """Write the briefing pack of conference number `conference` (or, with `team`, that
    team's status sheet) to `path`; yields progress, returns the number of pages."""
    chosen = languages or working_languages(db)
    if len(chosen) != 2 or chosen[0] == chosen[1] or not set(chosen) <= set(LANGUAGES):
        raise ValidationError("languages", chosen, f"two different languages of {LANGUAGES}")
    renderer: BaseRenderer
    if team is not None:
        renderer = TeamSheetRenderer(db, conference, team, chosen)
    else:
        renderer = BriefingRenderer(db, conference, chosen)
    return (yield from renderer.render(Path(path)))


class BriefingRenderer(Summary):
    """The whole conference's briefing pack."""

    has_cover = True

    def __init__(self, db: Database, number: int, languages: tuple[str, str]) -> None:
        super().__init__(languages)
        self.db, self.number = db, number
        self.briefing: data.Briefing | None = None

    # Texts of the frame -------------------------------------------------------------------

    @property
    def loaded(self) -> data.Briefing:
        assert self.briefing is not None, "story() loads the records first"
        return self.briefing

    def conference_label(self, number: int) -> Label:
        return conference_label(number)

    def title_in(self, language: str) -> str:
        conference = self.conference_label(self.number).get(language)
        return f"{conference} — {PHRASES['briefing_pack'].get(language)}"

    def header_left(self) -> list[str]:
        names = self.loaded.committee.name
        return [names.get(language, "") for language in self.languages]

    def header_right(self) -> list[str]:
        pack = PHRASES["briefing_pack"]
        return [
            f"{self.conference_label(self.number).get(language)} · {pack.get(language)}"
            for language in self.languages
        ]

    # The story ----------------------------------------------------------------------------

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        self.briefing = data.load_briefing(self.db, self.number, self.languages)
        step = self.meter.report(0.2)
        if step is not None:
            yield step
        briefing = self.loaded
        story: list[Flowable] = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story += [PageBreak(), self.heading("summary", PHRASES["summary"])]
        story += self.summary(briefing)
        # The record tables have many columns: their pages are landscape.
        story.append(NextPageTemplate("wide"))
        if briefing.mous or briefing.committee_meetings or briefing.committee_activities:
            story += [PageBreak(), *self.committee_wide()]
        sections = briefing.sections
        for index, section in enumerate(sections, start=1):
            story += [PageBreak(), *self.team_section(section)]
            step = self.meter.report(0.2 + 0.8 * index / len(sections))
            if step is not None:
                yield step
        return story

    def cover(self) -> list[Flowable]:
        briefing, styles = self.loaded, self.styles
        first, second = self.languages
        conference = briefing.conference
        names = briefing.committee.name
        return [
            Spacer(1, 22 * mm),
            Paragraph(escape(self.both(PHRASES["briefing_pack"], "  ·  ")), styles.kicker),
            Paragraph(self.user_markup(names, first), styles.title),
            Paragraph(self.user_markup(names, second), styles.title_second),
            Paragraph(
                escape(self.both(self.conference_label(conference.number), "  ·  ")),
                styles.subtitle,
            ),
            Spacer(1, 12 * mm),
            self.cover_details(conference),
        ]

    def cover_details(self, conference: data.ConferenceInfo) -> Table:
        styles = self.styles
        not_held = escape(self.both(PHRASES["not_held"]))
        side_names = self.loaded.committee.side_names[conference.host_side]
        rows: list[list[Any]] = [
            [CONFERENCE_STATUS, self.stacked(ENUM_LABELS[conference.status])],
            [FIELD_LABELS["planned_date"], conference.planned_date.isoformat()],
            [
                FIELD_LABELS["held_date"],
                conference.held_date.isoformat() if conference.held_date else not_held,
            ],
            [FIELD_LABELS["venue"], self.texts_stacked(conference.venue)],
            [
                FIELD_LABELS["host_side"],
                f'{self.texts_stacked(side_names)}<br/><font color="{GREY_HEX}">'
                f"{escape(self.both(ENUM_LABELS[conference.host_side]))}</font>",
            ],
        ]
        if conference.postponements:
            rows.append([PHRASES["postponements"], self.postponement_lines(conference)])
        table_rows = [
            [
                Paragraph(self.stacked(label), styles.cover_label),
                Paragraph(value, styles.cover_value),
            ]
            for label, value in rows
        ]
        return Table(
            table_rows,
            colWidths=[42 * mm, self.frame_width - 42 * mm],
            style=[
                ("FONT", (0, 0), (-1, -1), self.styles.font, 10),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.5, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ],
        )

    def postponement_lines(self, conference: data.ConferenceInfo) -> str:
        not_set = escape(self.both(PHRASES["not_set"]))
        decided = PHRASES["decided_on"]
        lines = []
        for item in conference.postponements:
            moved_to = item.new_date.isoformat() if item.new_date else not_set
            when = f"({escape(self.both(decided))} {item.decided_on.isoformat()})"
            lines.append(
                f"{item.previous_date.isoformat()} → {moved_to} "
                f'<font color="{GREY_HEX}">{when}</font><br/>{self.texts_stacked(item.reason)}'
            )
        return "<br/><br/>".join(lines)

    def contents(self) -> list[Flowable]:
        styles = self.styles
        entries: list[tuple[str, str]] = [("summary", escape(self.both(PHRASES["summary"])))]
        briefing = self.loaded
        if briefing.mous or briefing.committee_meetings or briefing.committee_activities:
            entries.append(("committee", escape(self.both(PHRASES["committee_wide"]))))
        for section in briefing.sections:
            entries.append((f"team-{section.team.code}", self.team_title(section.team)))
        return [
            Paragraph(escape(self.both(PHRASES["contents"])), styles.h1),
            Spacer(1, 4 * mm),
            *(ContentsLine(text, styles.contents, key) for key, text in entries),
        ]

    def team_title(self, team: data.TeamInfo) -> str:
        return (
            f'{self.texts_inline(team.name)} <font color="{GREY_HEX}">({escape(team.code)})</font>'
        )

    def heading(self, key: str, label: Label) -> Heading:
        """A section heading (a label in both languages), in the outline and the contents."""
        return Heading(escape(self.both(label)), self.styles.h1, key, self.both(label))

    def team_heading(self, team: data.TeamInfo) -> Heading:
        outline = f"{self.plain_texts(team.name)} ({team.code})"
        return Heading(self.team_title(team), self.styles.h1, f"team-{team.code}", outline)

    # Committee-wide ---------------------------------------------------------------------

    def committee_wide(self) -> list[Flowable]:
        briefing, window = self.loaded, self.window_text()
        context = escape(self.both(PHRASES["committee_wide"]))
        return [
            self.heading("committee", PHRASES["committee_wide"]),
            self.mou_table(
                briefing.mous, self.titles(PHRASES["committee_mous"], len(briefing.mous))
            ),
            self.meeting_table(
                briefing.committee_meetings,
                self.titles(
                    PHRASES["committee_meetings"],
                    len(briefing.committee_meetings),
                    window,
                    context,
                ),
            ),
            self.activity_table(
                briefing.committee_activities,
                self.titles(
                    PHRASES["committee_activities"],
                    len(briefing.committee_activities),
                    window,
                    context,
                ),
            ),
        ]

    def window_text(self) -> str:
        """The dates the meetings and activities shown fall between (none for a first
        conference: everything before it)."""
        since, until = self.loaded.window
        return f"{since.isoformat()} – {until.isoformat()}" if since else ""

    # A team ---------------------------------------------------------------------------------

    def team_section(self, section: data.TeamSection) -> list[Flowable]:
        window, team = self.window_text(), self.team_title(section.team)
        carried = section.carried_over
        return [
            self.team_heading(section.team),
            self.plan_table(
                section.plans, self.titles(PHRASES["plans"], len(section.plans), "", team)
            ),
            self.carried_table(
                carried, self.titles(PHRASES["carried_over"], len(carried), "", team)
            ),
            self.mou_table(
                section.mous, self.titles(PHRASES["team_mous"], len(section.mous), "", team)
            ),
            self.meeting_table(
                section.meetings,
                self.titles(PHRASES["meetings"], len(section.meetings), window, team),
            ),
            self.activity_table(
                section.activities,
                self.titles(PHRASES["activities"], len(section.activities), window, team),
            ),
        ]
