"""The conference briefing pack: cover, contents, indicators against the previous conference
with a chart, committee-wide records, and a section per team; every label and user text in
the committee's two working languages side by side.

`write_briefing_pack` is the entry point of the app and the command line; with `team` it writes
that team's status sheet (exports/pdf/team_sheet.py) instead.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
)

from exports.pdf import briefing_data as data
from exports.pdf.base import BaseRenderer
from exports.pdf.charts import CURRENT_COLOUR, PREVIOUS_COLOUR, Series, rate_bars
from exports.pdf.figures import change_text, indicator_value
from exports.pdf.pages import ContentsLine, Heading
from exports.pdf.styles import GREY_HEX, RULE, data_table, table_style
from exports.pdf.tables import RowTable
from exports.pdf.team_sheet import TeamSheetRenderer
from exports.pdf.text import PHRASES, conference_name
from secretariat.db import Database
from secretariat.errors import ValidationError
from secretariat.indicators import RATE_NAMES
from secretariat.labels import ENUM_LABELS, FIELD_LABELS, INDICATOR_LABELS, Label
from secretariat.models import LANGUAGES
from secretariat.progress import Progress
from secretariat.services.committee import working_languages

SUMMARY_ROWS = (
    "plans",
    *RATE_NAMES,
    "mous_at_conference",
    "mous_cumulative",
    "months_since_previous",
    "postponements",
)
POSTPONEMENTS = Label("Postponements", "연기 횟수", "推迟次数", "延期回数")
CONFERENCE_STATUS = Label("Status", "상태", "状态", "状態")  # FIELD_LABELS' is a plan's
# Plans table: ref, title ×2, origin, horizon, status, progress, last change (mm, 180 in all)
PLAN_WIDTHS = (16, 44, 44, 14, 14, 17, 12, 19)


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


def widths(millimetres: Sequence[float]) -> list[float]:
    return [value * mm for value in millimetres]


class BriefingRenderer(BaseRenderer):
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
        return Label(*(conference_name(number, language) for language in LANGUAGES))

    def document_title(self) -> str:
        conference = self.both(self.conference_label(self.number))
        return f"{conference} — {self.both(PHRASES['briefing_pack'])}"

    def header_left(self) -> str:
        return self.plain_texts(self.loaded.committee.name)

    def header_right(self) -> str:
        conference = self.both(self.conference_label(self.number))
        return f"{conference} · {self.both(PHRASES['briefing_pack'])}"

    # The story ----------------------------------------------------------------------------

    def story(self) -> Generator[Progress, None, list[Flowable]]:
        self.briefing = data.load_briefing(self.db, self.number, self.languages)
        step = self.meter.report(0.2)
        if step is not None:
            yield step
        briefing = self.loaded
        story: list[Flowable] = [*self.cover(), NextPageTemplate("body"), PageBreak()]
        story += self.contents()
        story += [PageBreak(), *self.summary()]
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
                ("FONT", (0, 0), (-1, -1), self.styles.font, 9),
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

    def subheading(self, label: Label, count: int | None = None, extra: str = "") -> Paragraph:
        text = escape(self.both(label))
        if count is not None:
            text += f' <font color="{GREY_HEX}">({count})</font>'
        return Paragraph(text + extra, self.styles.h2)

    # Summary --------------------------------------------------------------------------------

    def summary(self) -> list[Flowable]:
        briefing = self.loaded
        flowables: list[Flowable] = [self.heading("summary", PHRASES["summary"])]
        flowables.append(self.indicator_table(briefing))
        flowables.append(Spacer(1, 6 * mm))
        flowables.append(self.rate_chart(briefing))
        flowables.append(CondPageBreak(40 * mm))
        flowables.append(self.subheading(PHRASES["by_team"]))
        flowables.append(self.team_indicator_table(briefing))
        return flowables

    def conference_head(self, info: data.ConferenceInfo | None, fallback: Label) -> Paragraph:
        if info is None:
            return self.head(fallback, right=True)
        label = self.stacked(self.conference_label(info.number))
        return Paragraph(f"{label}<br/>{info.date.isoformat()}", self.styles.cell_head_right)

    def indicator_table(self, briefing: data.Briefing) -> Table:
        current, previous = briefing.indicators, briefing.previous_indicators
        rows: list[list[Any]] = [
            [
                self.head(Label("Indicator", "지표", "指标", "指標")),
                self.conference_head(briefing.previous, PHRASES["first_conference"]),
                self.conference_head(briefing.conference, PHRASES["this_conference"]),
                self.head(INDICATOR_LABELS["change_pp"], right=True),
            ]
        ]
        for name in SUMMARY_ROWS:
            label = POSTPONEMENTS if name == "postponements" else INDICATOR_LABELS[name]
            change = (
                change_text(current.change_pp.get(name)) if current and name in RATE_NAMES else ""
            )
            rows.append(
                [
                    self.cell(self.both(label, "\n")),
                    self.cell(indicator_value(previous, name), right=True),
                    self.cell(indicator_value(current, name), right=True),
                    self.cell(change, right=True),
                ]
            )
        return RowTable(rows[0], rows[1:], widths((70, 40, 40, 30)))

    def rate_chart(self, briefing: data.Briefing) -> Flowable:
        categories = [self.both(INDICATOR_LABELS[name], "\n") for name in RATE_NAMES]
        series = []
        for info, row, colour in (
            (briefing.previous, briefing.previous_indicators, PREVIOUS_COLOUR),
            (briefing.conference, briefing.indicators, CURRENT_COLOUR),
        ):
            if info is None:
                continue
            values = [getattr(row, name) if row else None for name in RATE_NAMES]
            series.append(Series(self.both(self.conference_label(info.number)), values, colour))
        return rate_bars(
            categories,
            series,
            width=self.frame_width,
            height=72 * mm,
            title=self.both(PHRASES["chart"]),
        )

    def team_indicator_table(self, briefing: data.Briefing) -> Table:
        names = ("plans", *RATE_NAMES, "mous_at_conference")
        rows: list[list[Any]] = [
            [self.head(FIELD_LABELS["team"])]
            + [self.head(INDICATOR_LABELS[name], right=True) for name in names]
        ]
        for section in briefing.sections:
            row = section.indicators
            cells: list[Any] = [self.rich_cell(self.team_title(section.team))]
            for name in names:
                value = escape(indicator_value(row, name))
                if row is not None and name in RATE_NAMES and row.change_pp.get(name) is not None:
                    change = change_text(row.change_pp[name])
                    value += f'<br/><font size="6" color="{GREY_HEX}">{change} pp</font>'
                cells.append(self.rich_cell(value, right=True))
            rows.append(cells)
        return data_table(rows, widths((40, 20, 24, 24, 24, 24, 24)), table_style())

    # Committee-wide -------------------------------------------------------------------------

    def committee_wide(self) -> list[Flowable]:
        briefing, window = self.loaded, self.window_text()
        return [
            self.heading("committee", PHRASES["committee_wide"]),
            *self.block(
                PHRASES["committee_mous"], self.mou_table(briefing.mous), len(briefing.mous)
            ),
            *self.block(
                PHRASES["committee_meetings"],
                self.meeting_table(briefing.committee_meetings),
                len(briefing.committee_meetings),
                window,
            ),
            *self.block(
                PHRASES["committee_activities"],
                self.activity_table(briefing.committee_activities),
                len(briefing.committee_activities),
                window,
            ),
        ]

    def block(self, label: Label, table: Flowable, count: int, extra: str = "") -> list[Flowable]:
        """A subsection: its heading starts a new page rather than end one alone."""
        return [CondPageBreak(30 * mm), self.subheading(label, count, extra), table]

    def window_text(self) -> str:
        since, until = self.loaded.window
        start = since.isoformat() if since else ""
        return f'<br/><font size="8" color="{GREY_HEX}">{start} – {until.isoformat()}</font>'

    # A team ---------------------------------------------------------------------------------

    def team_section(self, section: data.TeamSection) -> list[Flowable]:
        window = self.window_text()
        return [
            self.team_heading(section.team),
            *self.block(PHRASES["plans"], self.plan_table(section.plans), len(section.plans)),
            *self.block(
                PHRASES["carried_over"],
                self.carried_table(section.carried_over),
                len(section.carried_over),
            ),
            *self.block(PHRASES["team_mous"], self.mou_table(section.mous), len(section.mous)),
            *self.block(
                PHRASES["meetings"],
                self.meeting_table(section.meetings),
                len(section.meetings),
                window,
            ),
            *self.block(
                PHRASES["activities"],
                self.activity_table(section.activities),
                len(section.activities),
                window,
            ),
        ]

    def plan_table(self, plans: list[data.PlanRow]) -> Flowable:
        if not plans:
            return self.none_recorded()
        first, second = self.languages
        rows: list[list[Any]] = [
            [
                self.head(FIELD_LABELS["ref"]),
                *self.text_heads("title"),
                self.head(FIELD_LABELS["origin"]),
                self.head(FIELD_LABELS["horizon"]),
                self.head(FIELD_LABELS["status"]),
                self.head(FIELD_LABELS["progress"], right=True),
                self.head(FIELD_LABELS["last_change"]),
            ]
        ]
        cell, label_cell, text_cell = self.cell, self.label_cell, self.text_cell
        for plan in plans:
            rows.append(
                [
                    cell(plan.ref),
                    text_cell(plan.title, first),
                    text_cell(plan.title, second),
                    label_cell(plan.origin),
                    label_cell(plan.horizon),
                    label_cell(plan.status),
                    cell(f"{plan.progress} %", right=True),
                    cell(plan.last_change.isoformat() if plan.last_change else "—"),
                ]
            )
        return RowTable(rows[0], rows[1:], widths(PLAN_WIDTHS))

    def carried_table(self, plans: list[data.PlanRow]) -> Flowable:
        if not plans:
            return self.none_recorded()
        first, second = self.languages
        rows: list[list[Any]] = [
            [
                self.head(PHRASES["lineage"]),
                *self.text_heads("title"),
                self.head(FIELD_LABELS["status"]),
            ]
        ]
        for plan in plans:
            lineage = " ← ".join((plan.ref, *plan.lineage))
            rows.append(
                [
                    self.cell(lineage),
                    self.text_cell(plan.title, first),
                    self.text_cell(plan.title, second),
                    self.label_cell(plan.status),
                ]
            )
        return RowTable(rows[0], rows[1:], widths((46, 55, 55, 24)))

    def mou_table(self, mous: list[data.MouRow]) -> Flowable:
        if not mous:
            return self.none_recorded()
        first, second = self.languages
        rows: list[list[Any]] = [
            [
                *self.text_heads("title"),
                self.head(FIELD_LABELS["signed_on"]),
                self.head(FIELD_LABELS["status"]),
                self.head(Label("Parties", "당사자", "签署方", "当事者")),
            ]
        ]
        for mou in mous:
            parties = "\n".join(text for text in (mou.party_a, mou.party_b) if text.strip())
            rows.append(
                [
                    self.text_cell(mou.title, first),
                    self.text_cell(mou.title, second),
                    self.cell(mou.signed_on.isoformat() if mou.signed_on else "—"),
                    self.label_cell(mou.status),
                    self.cell(parties or "—"),
                ]
            )
        return RowTable(rows[0], rows[1:], widths((48, 48, 19, 20, 45)))

    def meeting_table(self, meetings: list[data.MeetingRow]) -> Flowable:
        if not meetings:
            return self.none_recorded()
        first, second = self.languages
        rows: list[list[Any]] = [
            [
                self.head(FIELD_LABELS["date"]),
                self.head(FIELD_LABELS["kind"]),
                *self.text_heads("outcomes"),
            ]
        ]
        for meeting in meetings:
            rows.append(
                [
                    self.cell(meeting.held_on.isoformat()),
                    self.label_cell(meeting.kind),
                    self.text_cell(meeting.outcomes, first),
                    self.text_cell(meeting.outcomes, second),
                ]
            )
        return RowTable(rows[0], rows[1:], widths((19, 25, 68, 68)))

    def activity_table(self, activities: list[data.ActivityRow]) -> Flowable:
        if not activities:
            return self.none_recorded()
        first, second = self.languages
        rows: list[list[Any]] = [
            [
                self.head(FIELD_LABELS["date"]),
                self.head(FIELD_LABELS["category"]),
                self.head(FIELD_LABELS["direction"]),
                self.head(FIELD_LABELS["participants"], right=True),
                *self.text_heads("description"),
            ]
        ]
        for activity in activities:
            rows.append(
                [
                    self.cell(activity.held_on.isoformat()),
                    self.label_cell(activity.category),
                    self.label_cell(activity.direction),
                    self.cell(str(activity.participants), right=True),
                    self.text_cell(activity.description, first),
                    self.text_cell(activity.description, second),
                ]
            )
        return RowTable(rows[0], rows[1:], widths((19, 22, 15, 16, 54, 54)))
