"""The panel under the plans table: the selected plan's titles in both working languages
(gaps marked), lead agencies and due date, its status history as a timeline and its lineage."""

from __future__ import annotations

import html
import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from secretariat.errors import NotFoundError
from secretariat.kinds import PLAIN_TYPES, PLAN
from secretariat.labels import LANGUAGE_NAMES, enum_label
from secretariat.models import Plan
from secretariat.services import plan_query, plans
from secretariat.text import text_in
from ui.context import AppContext
from ui.models.plan_columns import STATUS_COLOURS
from ui.widgets.history_timeline import HistoryTimeline, LineageView, plain_text
from ui.widgets.multilingual import MISSING_STYLE

# Below the titles: the plan's other one-value fields, from its description (kinds.PLAN), so
# a field added to Plan is shown here with no change (the number and progress are above).
FACT_FIELDS = tuple(
    spec
    for spec in PLAN.fields
    if spec.datatype in PLAIN_TYPES and spec.attribute not in ("seq", "progress")
)

HEADING_STYLE = "font-weight: 600; color: #334155;"


def _scrolled(*widgets: QWidget) -> QScrollArea:
    """A column of the panel, scrolling on its own when the plan has a long history."""
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(4, 0, 4, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area


class PlanDetails(QWidget):
    """Shows one plan under the table in three columns (the plan, its history, its lineage),
    or says how many are selected. `plan_chosen` asks the page to show a plan of the lineage."""

    plan_chosen = Signal(uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.plan_id: uuid.UUID | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.history_heading = QLabel()
        self.history_heading.setStyleSheet(HEADING_STYLE)
        self.timeline = HistoryTimeline()
        self.lineage_heading = QLabel()
        self.lineage_heading.setStyleSheet(HEADING_STYLE)
        self.lineage = LineageView()
        self.lineage.plan_chosen.connect(self.plan_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(_scrolled(self.summary), 3)
        layout.addWidget(_scrolled(self.history_heading, self.timeline), 4)
        layout.addWidget(_scrolled(self.lineage_heading, self.lineage), 3)
        self.setMinimumHeight(120)
        self.show_plan(None)

    @property
    def language(self) -> str:
        return self.context.ui_language

    def show_plan(self, plan_id: uuid.UUID | None, selected: int = 1) -> None:
        """Show this plan; None shows how many plans are selected (none or several)."""
        self.plan_id = plan_id
        plan = None
        if plan_id is not None:
            try:
                plan = plans.get_plan(self.context.db, plan_id)
            except NotFoundError:  # deleted meanwhile (by an undo, another window)
                plan = None
        showing = plan is not None
        for widget in (self.history_heading, self.timeline, self.lineage_heading, self.lineage):
            widget.setVisible(showing)
        self.history_heading.setText(self.tr("Status history"))
        self.lineage_heading.setText(self.tr("Lineage across conferences"))
        if plan is None:
            self.plan_id = None
            text = (
                self.tr("{count} plans selected.").format(count=selected)
                if selected > 1
                else self.tr("Select a plan to see its history.")
            )
            self.summary.setText(f"<span style='color:#64748b'>{html.escape(text)}</span>")
            return
        self.summary.setText(self._summary(plan))
        self.timeline.set_entries(
            plan_query.history_entries(self.context.db, plan.id), self.language
        )
        self.lineage.set_entries(
            plan_query.lineage_entries(self.context.db, plan.id, self.context.display_languages()),
            self.language,
        )

    def refresh(self) -> None:
        self.show_plan(self.plan_id)

    def _summary(self, plan: Plan) -> str:
        with self.context.db.read() as session:
            ref = plans.plan_ref(session, plan)
        colour = STATUS_COLOURS[plan.status].name()
        status = html.escape(enum_label(plan.status, self.language))
        lines = [
            f"<span style='font-size:large; font-weight:600'>{html.escape(ref)}</span>"
            f"&nbsp;&nbsp;<span style='color:{colour}'>●</span> {status} · {plan.progress} %"
        ]
        for language in self.context.working_languages:
            name = html.escape(LANGUAGE_NAMES[language].get(self.language))
            title = text_in(plan, "title", language).strip()
            shown = (
                html.escape(title)
                if title
                else f"<span style='{MISSING_STYLE}'>{html.escape(self._missing())}</span>"
            )
            lines.append(f"<span style='color:#64748b'>{name}</span><br>{shown}")
        facts = [
            (spec.label.get(self.language), spec.format(getattr(plan, spec.attribute)))
            for spec in FACT_FIELDS
        ]
        lines.extend(
            f"<span style='color:#64748b'>{html.escape(label)}:</span> {html.escape(value)}"
            for label, value in facts
            if value
        )
        return "<br>".join(lines)

    def _missing(self) -> str:
        return self.tr("⚠ missing translation")

    def text(self) -> str:
        """Everything the panel shows, as plain text (for tests)."""
        parts = [plain_text(self.summary.text())]
        if self.plan_id is not None:
            parts += self.timeline.entry_texts() + self.lineage.refs()
        return "\n".join(parts)
