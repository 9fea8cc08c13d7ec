"""The record tables both documents print (plans, carried-over plans, MOUs, meetings, exchange
activities), each under its title: one description of each table, shared by the briefing pack
and the team status sheet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from exports.pdf import briefing_data as data
from exports.pdf.base import BaseRenderer
from exports.pdf.notes import note_text
from exports.pdf.styles import GREY_HEX
from exports.pdf.tables import BODY, GAP_NOTE, AnyCell, Cell, HeadCell, RowTable, text_cell
from exports.pdf.text import PHRASES
from secretariat.labels import FIELD_LABELS, Label

PARTIES = Label("Parties", "당사자", "签署方", "当事者")
# "(continued)" as each language writes it after a title.
CONTINUED = Label(" (continued)", " (계속)", "（续）", "（続き）")


@dataclass(frozen=True)
class Titles:
    """A table's title, the one its continuation on a later page carries, and the line that
    stands for the table when it has no rows."""

    first: Paragraph
    continued: Paragraph
    empty: Paragraph


class RecordTables(BaseRenderer):
    """Builds the documents' record tables; the renderer supplies the records."""

    def titles(
        self, label: Label, count: int | None, window: str = "", context: str = ""
    ) -> Titles:
        """A table's title: the label in both languages with the count (and the dates it
        covers, `window`, under it); continued, the label of each language marked as that
        language marks it, after `context` (the section's name, the heading being pages back);
        empty, one line saying nothing was recorded."""
        style = self.styles.table_title
        name = escape(self.both(label))
        dates = f'<br/><font size="9" color="{GREY_HEX}">{escape(window)}</font>' if window else ""
        marked = " / ".join(
            escape(label.get(language) + CONTINUED.get(language)) for language in self.languages
        )
        prefix = f'<font color="{GREY_HEX}">{context} · </font>' if context else ""
        when = f" · {escape(window)}" if window else ""
        counted = f' <font color="{GREY_HEX}">({count})</font>' if count is not None else ""
        none = escape(self.both(PHRASES["none"]))
        return Titles(
            Paragraph(f"{name}{counted}{dates}", style),
            Paragraph(prefix + marked, style),
            Paragraph(
                f'{name} <font size="9.5" color="{GREY_HEX}">(0){when} — {none}</font>', style
            ),
        )

    def table_or_none(
        self, titles: Titles, header: Sequence[HeadCell], rows: Sequence[Sequence[AnyCell]]
    ) -> Flowable:
        """The titled table; or, without rows, one line saying none was recorded."""
        if not rows:
            return titles.empty
        return RowTable(header, rows, title=titles.first, continued=titles.continued)

    def plan_table(
        self, plans: list[data.PlanRow], titles: Titles, *, with_notes: bool = False
    ) -> Flowable:
        """The plans of a conference; the briefing pack shows where each came from and its
        horizon, the team sheet the latest note of its history instead."""
        first, second = self.languages
        head = self.head
        header = [head(FIELD_LABELS["ref"]), *self.text_heads("title")]
        if not with_notes:
            header += [head(FIELD_LABELS["origin"]), head(FIELD_LABELS["horizon"])]
        header += [
            head(FIELD_LABELS["status"]),
            head(FIELD_LABELS["progress"], right=True),
            head(FIELD_LABELS["last_change"]),
        ]
        if with_notes:
            header.append(head(PHRASES["latest_note"]))
        cell, label_cell, text_cell = self.cell, self.label_cell, self.text_cell
        rows: list[list[AnyCell]] = []
        for plan in plans:
            row: list[AnyCell] = [
                cell(plan.ref),
                text_cell(plan.title, first),
                text_cell(plan.title, second),
            ]
            if not with_notes:
                row += [label_cell(plan.origin), label_cell(plan.horizon)]
            row += [
                label_cell(plan.status),
                cell(f"{plan.progress} %", right=True),
                cell(plan.last_change.isoformat() if plan.last_change else "—"),
            ]
            if with_notes:
                row.append(self.note_cell(plan.latest_note))
            rows.append(row)
        return self.table_or_none(titles, header, rows)

    def note_cell(self, note: str) -> Cell:
        """A history note in the document's languages when the app wrote it, as typed (with
        the gap mark when in neither language) when a person did."""
        if not note.strip():
            return self.cell("—")
        printed = note_text(note, self.languages)
        return text_cell(printed.text, BODY, printed.gap, GAP_NOTE)

    def carried_table(self, plans: list[data.PlanRow], titles: Titles) -> Flowable:
        first, second = self.languages
        header = [
            self.head(PHRASES["lineage"]),
            *self.text_heads("title"),
            self.head(FIELD_LABELS["status"]),
        ]
        rows: list[list[AnyCell]] = [
            [
                # A lineage breaks between its links, each arrow kept after its ref (a
                # no-break space, which cleaning would turn into a space: refs need none).
                Cell("\u00a0← ".join((plan.ref, *plan.lineage))),
                self.text_cell(plan.title, first),
                self.text_cell(plan.title, second),
                self.label_cell(plan.status),
            ]
            for plan in plans
        ]
        return self.table_or_none(titles, header, rows)

    def mou_table(self, mous: list[data.MouRow], titles: Titles) -> Flowable:
        first, second = self.languages
        header = [
            *self.text_heads("title"),
            self.head(FIELD_LABELS["signed_on"]),
            self.head(FIELD_LABELS["status"]),
            self.head(PARTIES),
        ]
        rows: list[list[AnyCell]] = []
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
        return self.table_or_none(titles, header, rows)

    def meeting_table(self, meetings: list[data.MeetingRow], titles: Titles) -> Flowable:
        first, second = self.languages
        header = [
            self.head(FIELD_LABELS["date"]),
            self.head(FIELD_LABELS["kind"]),
            *self.text_heads("outcomes"),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(meeting.held_on.isoformat()),
                self.label_cell(meeting.kind),
                self.text_cell(meeting.outcomes, first),
                self.text_cell(meeting.outcomes, second),
            ]
            for meeting in meetings
        ]
        return self.table_or_none(titles, header, rows)

    def activity_table(self, activities: list[data.ActivityRow], titles: Titles) -> Flowable:
        first, second = self.languages
        header = [
            self.head(FIELD_LABELS["date"]),
            self.head(FIELD_LABELS["category"]),
            self.head(FIELD_LABELS["direction"]),
            self.head(FIELD_LABELS["participants"], right=True),
            *self.text_heads("description"),
        ]
        rows: list[list[AnyCell]] = [
            [
                self.cell(activity.held_on.isoformat()),
                self.label_cell(activity.category),
                self.label_cell(activity.direction),
                self.cell(str(activity.participants), right=True),
                self.text_cell(activity.description, first),
                self.text_cell(activity.description, second),
            ]
            for activity in activities
        ]
        return self.table_or_none(titles, header, rows)
