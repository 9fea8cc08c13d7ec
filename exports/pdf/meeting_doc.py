"""What a meeting's agenda and minutes share: the meeting as a heading (kind and teams in both
languages), its date, time, venue and people, and the agenda items' texts per language with a
gap mark where one language is missing — never the other language's text."""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from exports.pdf.base import BaseRenderer
from exports.pdf.meeting_data import PHRASES, MeetingDocument
from exports.pdf.styles import GREY_HEX, data_table, table_style
from exports.pdf.text import markup
from secretariat.labels import ENUM_LABELS, LANGUAGE_NAMES, Label
from secretariat.services.agenda import AgendaEntry

DETAIL_WIDTHS = (34 * mm, 146 * mm)


class MeetingRenderer(BaseRenderer):
    """A short document about one meeting; subclasses say which (`kind`) and add the body."""

    kind = "agenda"

    def __init__(self, document: MeetingDocument, languages: tuple[str, str]) -> None:
        super().__init__(languages)
        self.document = document

    def document_title(self) -> str:
        return f"{self.both(PHRASES[self.kind])} — {self.document.held_on.isoformat()}"

    def header_left(self) -> str:
        return self.plain_texts(self.document.committee_name)

    def header_right(self) -> str:
        return f"{self.both(PHRASES[self.kind])} · {self.document.held_on.isoformat()}"

    # The heading -----------------------------------------------------------------------------

    def heading(self) -> list[Flowable]:
        document, styles = self.document, self.styles
        title = escape(self.both(ENUM_LABELS[document.kind]))
        teams = " · ".join(self.texts_inline(names) for names in document.team_names)
        return [
            Paragraph(escape(self.both(PHRASES[self.kind])), styles.meta),
            Paragraph(title, styles.title),
            *([Paragraph(teams, styles.subtitle)] if teams else []),
            Spacer(1, 3 * mm),
        ]

    def when(self) -> str:
        document = self.document
        text = document.held_on.isoformat()
        if document.start_time:
            text += f" {document.start_time}"
        if document.duration_minutes:
            text += f" ({document.duration_minutes} {self.both(PHRASES['minutes_short'])})"
        return text

    def details(self, people: str) -> Table:
        """Date and time, venue, video link and the people (participants or attendees)."""
        document = self.document
        rows = [("when", self.when()), ("where", document.venue)]
        if document.video_link:
            rows.append(("video", document.video_link))
        rows.append((people, document.attendees))
        cells = [
            [
                Paragraph(self.stacked(PHRASES[key]), self.styles.cell),
                Paragraph(markup(value) or "—", self.styles.cell),
            ]
            for key, value in rows
        ]
        style = table_style(("BACKGROUND", (0, 0), (0, -1), "#eef2f7"), header_rows=0)
        return data_table(cells, DETAIL_WIDTHS, style, header_rows=0)

    def h2(self, key: str, count: int | None = None) -> Paragraph:
        text = escape(self.both(PHRASES[key]))
        if count is not None:
            text += f' <font color="{GREY_HEX}">({count})</font>'
        return Paragraph(text, self.styles.h2)

    def language_heads(self, key: str) -> list[Paragraph]:
        """One column head per language: "Item · Korean"."""
        heads = []
        for language in self.languages:
            name = LANGUAGE_NAMES[language]
            head = Label(
                *(f"{PHRASES[key].get(shown)} · {name.get(shown)}" for shown in Label._fields)
            )
            heads.append(self.head(head))
        return heads

    # An agenda item's text -------------------------------------------------------------------

    def item_markup(self, item: AgendaEntry, language: str) -> str:
        """The item in one language: a plan's ref and title, and the topic; a missing text
        is its gap mark in this language."""
        parts = []
        if item.plan_id is not None:
            parts.append(f"{escape(item.plan_ref)} {self.user_markup(item.plan_titles, language)}")
        if item.plan_id is None or texts_given(item.topics):
            parts.append(self.user_markup(item.topics, language))
        return "<br/>".join(parts)

    def paragraph(self, markup_text: str) -> Paragraph:
        return Paragraph(markup_text, self.styles.cell)

    def status_markup(self, value: object) -> Paragraph:
        if value is None:
            return self.paragraph("—")
        label = ENUM_LABELS[value]  # type: ignore[index]
        return self.paragraph(self.stacked(label))


def texts_given(texts: Mapping[str, str]) -> bool:
    return any(text.strip() for text in texts.values())
