"""The briefing pack's summary: the indicators against the previous conference, a chart of the
rates, and the indicators of each team, every change figure in each language's own unit."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from exports.pdf import briefing_data as data
from exports.pdf.charts import CURRENT_COLOUR, PREVIOUS_COLOUR, Series, rate_bars
from exports.pdf.figures import change_text, indicator_value
from exports.pdf.record_tables import RecordTables
from exports.pdf.tables import AnyCell, HeadCell, RowTable
from exports.pdf.text import PHRASES, conference_name
from secretariat.indicators import RATE_NAMES, IndicatorRow
from secretariat.labels import FIELD_LABELS, INDICATOR_LABELS, Label
from secretariat.models import LANGUAGES, ConferenceStatus

SUMMARY_ROWS = (
    "plans",
    *RATE_NAMES,
    "mous_at_conference",
    "mous_cumulative",
    "months_since_previous",
    "postponements",
)
TEAM_COLUMNS = ("plans", *RATE_NAMES, "mous_at_conference")
POSTPONEMENTS = Label("Postponements", "연기 횟수", "推迟次数", "延期回数")
INDICATOR = Label("Indicator", "지표", "指标", "指標")
# A change of a rate, as each language writes percentage points after the figure.
POINTS = Label(" pp", "%p", "百分点", "ポイント")
NO_RESULTS = Label(
    "The {conference} has not been held yet: its plans are an agenda, with no results to show.",
    "{conference}는 아직 열리지 않아 보여 줄 결과가 없습니다. 그 사업은 의제입니다.",
    "{conference}尚未举行，尚无结果可显示；其项目为议程。",
    "{conference}はまだ開催されておらず、示す結果はありません。その事業は議題です。",
)


def conference_label(number: int) -> Label:
    return Label(*(conference_name(number, language) for language in LANGUAGES))


class Summary(RecordTables):
    """The summary pages; the renderer supplies the loaded briefing."""

    def change_note(self, value: float | None, separator: str = "\n") -> str:
        """A change in percentage points: the figure with each language's unit, a line each
        or side by side (once when the two write it alike)."""
        if value is None:
            return ""
        figure = change_text(value)
        units = dict.fromkeys(map(POINTS.get, self.languages))
        return separator.join(figure + unit for unit in units)

    def summary(self, briefing: data.Briefing) -> list[Flowable]:
        return [
            self.indicator_table(briefing),
            Spacer(1, 5 * mm),
            *self.rate_chart(briefing),
            Spacer(1, 4 * mm),
            self.team_indicator_table(briefing),
        ]

    def conference_head(self, info: data.ConferenceInfo | None, fallback: Label) -> HeadCell:
        if info is None:
            return self.head(fallback, right=True)
        label = self.both(conference_label(info.number), "\n")
        return HeadCell(f"{label}\n{info.date.isoformat()}", self.head(fallback, right=True).font)

    def indicator_table(self, briefing: data.Briefing) -> Flowable:
        current, previous = briefing.indicators, briefing.previous_indicators
        header = [
            self.head(INDICATOR),
            self.conference_head(briefing.previous, PHRASES["first_conference"]),
            self.conference_head(briefing.conference, PHRASES["this_conference"]),
            self.head(INDICATOR_LABELS["change_pp"], right=True),
        ]
        rows: list[list[AnyCell]] = []
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
        return RowTable(header, rows)

    def has_results(self, briefing: data.Briefing) -> bool:
        return briefing.conference.status == ConferenceStatus.held

    def rate_chart(self, briefing: data.Briefing) -> list[Flowable]:
        """The rates of the two conferences as bars; a conference not yet held has none, and
        a line under the chart says so."""
        categories = [self.both(INDICATOR_LABELS[name], "\n") for name in RATE_NAMES]
        shown: list[tuple[data.ConferenceInfo | None, IndicatorRow | None, object]] = [
            (briefing.previous, briefing.previous_indicators, PREVIOUS_COLOUR)
        ]
        if self.has_results(briefing):
            shown.append((briefing.conference, briefing.indicators, CURRENT_COLOUR))
        series = []
        for info, row, colour in shown:
            if info is None:
                continue
            values = [getattr(row, name) if row else None for name in RATE_NAMES]
            series.append(Series(self.both(conference_label(info.number)), values, colour))
        chart = rate_bars(
            categories,
            series,
            width=self.frame_width,
            height=70 * mm,
            title=self.both(PHRASES["chart"]),
        )
        if self.has_results(briefing):
            return [chart]
        number = briefing.conference.number
        why = "<br/>".join(  # a line per language
            escape(NO_RESULTS.get(language).format(conference=conference_name(number, language)))
            for language in self.languages
        )
        return [KeepTogether([chart, Paragraph(why, self.styles.note)])]

    def team_indicator_table(self, briefing: data.Briefing) -> Flowable:
        header = [self.head(FIELD_LABELS["team"])] + [
            self.head(INDICATOR_LABELS[name], right=True) for name in TEAM_COLUMNS
        ]
        rows: list[list[AnyCell]] = []
        for section in briefing.sections:
            row = section.indicators
            cells: list[AnyCell] = [self.cell(self.team_text(section.team))]
            for name in TEAM_COLUMNS:
                change = row.change_pp.get(name) if row is not None else None
                note = self.change_note(change) if name in RATE_NAMES else ""
                cells.append(self.cell(indicator_value(row, name), right=True, note=note))
            rows.append(cells)
        return self.table_or_none(self.titles(PHRASES["by_team"], len(rows)), header, rows)

    def team_text(self, team: data.TeamInfo) -> str:
        """A team's name in both languages and its code, as plain text."""
        return f"{self.plain_texts(team.name)} ({team.code})"
