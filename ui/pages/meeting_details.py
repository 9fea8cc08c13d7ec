"""The Meetings page's details pane, as HTML: the selected meeting's date and kind, its
outcomes in every language (the working languages first, a mark where one is missing), the
plan status changes decided at it, its agenda and its attendees.

The texts are the page's own: they are filed under its name ("MeetingsPage") for Qt Linguist,
as they were while the page wrote the pane itself."""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from secretariat.labels import LANGUAGE_NAMES, enum_label, field_label
from secretariat.models import LANGUAGES, Meeting, MeetingState
from secretariat.services.meetings import DecidedChange
from secretariat.text import text_in
from ui.context import AppContext

GAP_COLOR = "#b45309"  # amber, as the editors' "missing translation" mark


def no_meeting_html() -> str:
    text = QCoreApplication.translate("MeetingsPage", "Select a meeting to read its outcomes.")
    return f"<p>{html.escape(text)}</p>"


def meeting_html(
    context: AppContext, meeting: Meeting, decided: Sequence[DecidedChange], agenda: str
) -> str:
    """The pane for one meeting; `agenda` is its agenda's HTML (the planning's part)."""
    ui = context.ui_language
    when = f"{meeting.held_on} {meeting.start_time}".strip()
    parts = [f"<h3>{when} · {html.escape(enum_label(meeting.kind, ui))}</h3>"]
    if meeting.state is MeetingState.planned:
        parts.append(f"<p><i>{html.escape(enum_label(meeting.state, ui))}</i></p>")
    parts.extend(_outcomes(meeting, context.working_languages, ui))
    if decided:
        parts.append(_decided(decided, context.display_languages(), ui))
    parts.append(agenda)
    if meeting.attendees:
        label = html.escape(field_label("attendees", ui))
        parts.append(f"<p><b>{label}</b>: {html.escape(meeting.attendees)}</p>")
    return "".join(parts)


def _outcomes(meeting: Meeting, working: Sequence[str], ui: str) -> list[str]:
    """A paragraph per language: the working languages always (marked when missing), then
    the others that have outcomes."""
    parts = []
    for language in (*working, *(lang for lang in LANGUAGES if lang not in working)):
        text = text_in(meeting, "outcomes", language).strip()
        if not text and language not in working:
            continue
        name = html.escape(LANGUAGE_NAMES[language].get(ui))
        missing = QCoreApplication.translate("MeetingsPage", "⚠ missing translation")
        body = (
            html.escape(text).replace("\n", "<br>")
            if text
            else f'<span style="color:{GAP_COLOR}">{html.escape(missing)}</span>'
        )
        parts.append(f"<p><b>{name}</b><br>{body}</p>")
    return parts


def _decided(decided: Sequence[DecidedChange], languages: Sequence[str], ui: str) -> str:
    """The status updates decided at the meeting: plan, title, from → to, note."""
    heading = html.escape(QCoreApplication.translate("MeetingsPage", "Status updates"))
    parts = [f"<p><b>{heading}</b></p><ul>"]
    for change in decided:
        title = next(
            (change.plan_titles[lang] for lang in languages if change.plan_titles.get(lang)), ""
        )
        before = enum_label(change.from_status, ui) if change.from_status else ""
        note = f" — {html.escape(change.note)}" if change.note else ""
        parts.append(
            f"<li>{change.plan_ref} {html.escape(title)}: {html.escape(before)} → "
            f"{html.escape(enum_label(change.to_status, ui))}{note}</li>"
        )
    parts.append("</ul>")
    return "".join(parts)
