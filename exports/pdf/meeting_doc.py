"""What a meeting's agenda and minutes share: the meeting as a heading (kind and teams in both
languages), its date, time, venue and people, and the agenda items' texts per language with a
gap mark where one language is missing — never the other language's text."""

from __future__ import annotations

from collections.abc import Mapping
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from exports.pdf.meeting_data import PHRASES, MeetingDocument
from exports.pdf.record_tables import RecordTables, Titles
from exports.pdf.styles import GREY_HEX
from exports.pdf.tables import GAP, AnyCell, Cell, HeadCell, text_cell
from exports.pdf.text import GAP_MARKS, cell_text, markup
from secretariat.labels import ENUM_LABELS, LANGUAGE_NAMES, Label
from secretariat.services.agenda import AgendaEntry


class MeetingRenderer(RecordTables):
    """A short document about one meeting; subclasses say which (`kind`) and add the body.
    Its tables are the briefing pack's: titled, measured, continued with their title."""

    kind = "agenda"

    def __init__(self, document: MeetingDocument, languages: tuple[str, str]) -> None:
        super().__init__(languages)
        self.document = document

    def title_in(self, language: str) -> str:
        return f"{PHRASES[self.kind].get(language)} — {self.document.held_on.isoformat()}"

    def header_left(self) -> list[str]:
        names = self.document.committee_name
        return [names.get(language, "") for language in self.languages]

    def header_right(self) -> list[str]:
        day = self.document.held_on.isoformat()
        return [f"{PHRASES[self.kind].get(language)} · {day}" for language in self.languages]

    # The heading -----------------------------------------------------------------------------

    def heading(self) -> list[Flowable]:
        document, styles = self.document, self.styles
        title = escape(self.both(ENUM_LABELS[document.kind]))
        teams = " · ".join(self.texts_inline(names) for names in document.team_names)
        return [
            Paragraph(escape(self.both(PHRASES[self.kind])), styles.kicker),
            Paragraph(title, styles.sheet_title),
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

    def details(self, people: str) -> list[Flowable]:
        """Date and time, venue, video link and the people (participants or attendees), a
        line each: the label in grey in both languages, then the value as typed."""
        document = self.document
        rows = [("when", self.when()), ("where", document.venue)]
        if document.video_link:
            rows.append(("video", document.video_link))
        rows.append((people, document.attendees))
        return [
            Paragraph(
                f'<font color="{GREY_HEX}">{escape(self.both(PHRASES[key]))}</font>'
                f"&nbsp;&nbsp;{markup(value) or '—'}",
                self.styles.body,
            )
            for key, value in rows
        ]

    def table_titles(self, key: str, count: int | None = None) -> Titles:
        return self.titles(PHRASES[key], count)

    def heading_two(self, key: str) -> Paragraph:
        return Paragraph(escape(self.both(PHRASES[key])), self.styles.h2)

    def language_heads(self, key: str) -> list[HeadCell]:
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

    def item_text(self, item: AgendaEntry, language: str) -> str:
        """The item in one language: a plan's ref and title, and the topic; a missing text is
        its gap mark in this language (never the other language's text)."""
        parts = []
        if item.plan_id is not None:
            parts.append(f"{item.plan_ref} {self.text_or_gap(item.plan_titles, language)}")
        if item.plan_id is None or texts_given(item.topics):
            parts.append(self.text_or_gap(item.topics, language))
        return "\n".join(parts)

    def text_or_gap(self, texts: Mapping[str, str], language: str) -> str:
        return cell_text(texts.get(language) or "") or GAP_MARKS.get(language)

    def item_cell(self, item: AgendaEntry, language: str) -> Cell:
        """The item's text as a cell: grey when it is only the gap mark."""
        text = self.item_text(item, language)
        return Cell(text, GAP) if text == GAP_MARKS.get(language) else Cell(text)

    def status_cell(self, value: object) -> AnyCell:
        return self.cell("—") if value is None else self.label_cell(value)  # type: ignore[arg-type]

    def plain_cell(self, text: str | None) -> Cell:
        return text_cell(text or "—")


def texts_given(texts: Mapping[str, str]) -> bool:
    return any(text.strip() for text in texts.values())
